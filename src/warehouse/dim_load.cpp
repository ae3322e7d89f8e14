#include "warehouse/dim_load.h"

#include <algorithm>
#include <unordered_map>

#include "core/money.h"
#include "warehouse/dim_customer_load.h"
#include "warehouse/dim_geography.h"
#include "warehouse/member_keys.h"
#include "warehouse/row_buffer.h"

namespace starcart {

int32_t date_key(Day d) {
  if (d == kNullDay) return 0;
  CivilDate c = civil_from_days(d);
  return c.year * 10000 + c.month * 100 + c.day;
}

Day day_from_date_key(int64_t key) {
  if (key <= 0) return kNullDay;
  return days_from_civil(static_cast<int>(key / 10000), static_cast<int>(key / 100 % 100), static_cast<int>(key % 100));
}

CategoryPath split_category(std::string_view text) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return std::string(s);
  };
  size_t cut = text.find('>');
  size_t skip = 1;
  if (cut == std::string_view::npos) {
    cut = text.find(" / ");
    skip = 3;
  }
  if (cut == std::string_view::npos) return {trim(text), ""};
  return {trim(text.substr(0, cut)), trim(text.substr(cut + skip))};
}

namespace {

Status insert_all(Database& db, std::string_view table, const std::vector<std::string>& columns, const RowBuffer& rows) {
  if (rows.row_count() == 0) return ok_status();
  auto bulk = BulkInsert::create(db, table, columns, rows);
  if (!bulk) return bulk.take_error();
  return bulk->insert_rest();
}

// (a) Key 0 of every dimension: what facts point to when a reference is missing.
Status insert_unknown_members(Database& db) {
  if (auto s = GeographyMembers::insert_unknown(db); !s) return s;
  return db.exec(
      "INSERT INTO dim_date (date_key, date) VALUES (0, 'unknown');"
      "INSERT INTO dim_supplier (supplier_key, supplier) VALUES (0, 'unknown');"
      "INSERT INTO dim_product (product_key, sku) VALUES (0, 'unknown');"
      "INSERT INTO dim_payment (payment_key, payment_type) VALUES (0, 'unknown');"
      "INSERT INTO dim_channel (channel_key, channel) VALUES (0, 'unknown');"
      "INSERT INTO dim_customer (customer_version_key, customer_key, customer_id, geography_key, valid_from, valid_to,"
      " is_current) VALUES (0, 0, '(guest)', 0, '0001-01-01', '9999-12-31', 1);");
}

// (b) Every day of the data's range, the range growing with later loads. When
// a typo puts a date centuries away, only the days of the range's years that
// have data.
Status load_dates(LoadContext& c) {
  if (!c.has_dates) return ok_status();
  std::vector<Day> existing;
  {
    auto st = c.db.prepare("SELECT date_key FROM dim_date WHERE date_key > 0 ORDER BY date_key");
    if (!st) return st.take_error();
    auto each = st->each_row([&] {
      existing.push_back(day_from_date_key(st->column_int64(0)));
    });
    if (!each) return each.take_error();
  }
  Day lo = c.data_first_day, hi = c.data_last_day;
  if (!existing.empty()) {
    lo = std::min(lo, existing.front());
    hi = std::max(hi, existing.back());
  }
  constexpr Day kDenseSpan = 36600;  // a century
  const int first_year = civil_from_days(lo).year;
  std::vector<uint8_t> year_has_data;
  if (hi - lo > kDenseSpan) {
    year_has_data.assign(static_cast<size_t>(civil_from_days(hi).year - first_year + 1), 0);
    auto mark = [&](Day d) { year_has_data[static_cast<size_t>(civil_from_days(d).year - first_year)] = 1; };
    for (uint32_t i : c.lines)
      if (c.store.day[i] != kNullDay) mark(c.store.day[i]);
    for (Day d : existing) mark(d);
  }
  RowBuffer rows(13);
  for (Day d = lo; d <= hi; ++d) {
    const CivilDate cd = civil_from_days(d);
    if (!year_has_data.empty() && !year_has_data[static_cast<size_t>(cd.year - first_year)]) {
      d = days_from_civil(cd.year + 1, 1, 1) - 1;  // the next year
      continue;
    }
    if (std::binary_search(existing.begin(), existing.end(), d)) continue;
    const IsoWeek w = iso_week(d);
    const int wd = iso_weekday(d);
    rows.integer(date_key(d)).text(format_iso_date(d)).integer(cd.year).integer((cd.month - 1) / 3 + 1);
    rows.integer(cd.month).text(month_short_name(cd.month)).text(format_month_key(month_index(d))).integer(cd.day);
    rows.integer(w.year).integer(w.week).integer(wd + 1).text(weekday_short_name(wd)).integer(wd >= 5 ? 1 : 0);
  }
  return insert_all(c.db, "dim_date", {"date_key", "date", "year", "quarter", "month", "month_name", "month_key",
                                       "day_of_month", "iso_year", "iso_week", "day_of_week", "day_name", "is_weekend"},
                    rows);
}

// (c) Products by SKU. New SKUs are added; a product the warehouse has gets
// the name, category or cost it lacked when this load knows them.
Status load_products(LoadContext& c) {
  const FactStore& s = c.store;
  MemberKeys keys;
  if (auto st = keys.load(c.db, "SELECT product_key, sku FROM dim_product"); !st) return st;
  struct Known {
    bool name, category, cost;
  };
  std::unordered_map<int64_t, Known> known;
  if (!c.summary.first_build) {
    auto st = c.db.prepare(
        "SELECT product_key, name IS NOT NULL, category IS NOT NULL, unit_cost_e4 IS NOT NULL FROM dim_product "
        "WHERE product_key > 0");
    if (!st) return st.take_error();
    auto each = st->each_row([&] {
      known[st->column_int64(0)] = Known{st->column_int64(1) != 0, st->column_int64(2) != 0, st->column_int64(3) != 0};
    });
    if (!each) return each.take_error();
  }
  std::vector<uint8_t> used(s.products.size(), 0);
  for (uint32_t i : c.lines) used[s.product[i]] = 1;
  for (uint32_t i : c.stock_rows) used[s.stock[i].product] = 1;  // products of a catalogue, in stock
  for (uint32_t i : c.event_rows) used[s.events[i].product] = 1;
  std::vector<Money> cost(s.products.size(), kNullValue);  // the latest cost given
  if (!s.unit_cost.empty())
    for (size_t i = 0; i < s.lines(); ++i)
      if (s.unit_cost[i] != kNullValue) cost[s.product[i]] = s.unit_cost[i];

  auto update = c.db.prepare(
      "UPDATE dim_product SET name = coalesce(name, ?2), category = coalesce(category, ?3), "
      "subcategory = coalesce(subcategory, ?4), unit_cost_e4 = coalesce(unit_cost_e4, ?5) WHERE product_key = ?1");
  if (!update) return update.take_error();
  // Suppliers first: a new product row names its supplier's key.
  MemberKeys supplier_keys;
  if (auto st = supplier_keys.load(c.db, "SELECT supplier_key, supplier FROM dim_supplier WHERE supplier_key > 0"); !st)
    return st;
  RowBuffer supplier_rows(2);
  std::vector<int64_t> supplier_key(s.suppliers.size(), 0);
  for (uint32_t id = 1; id < s.suppliers.size() && !s.product_supplier.empty(); ++id) {
    MemberKeys::Found f = supplier_keys.key_for({s.suppliers.at(id)});
    supplier_key[id] = f.key;
    if (f.is_new) supplier_rows.integer(f.key).text(s.suppliers.at(id));
  }
  if (auto st = insert_all(c.db, "dim_supplier", {"supplier_key", "supplier"}, supplier_rows); !st) return st;
  RowBuffer rows(7);
  c.product_key.assign(s.products.size(), 0);
  for (uint32_t p = 1; p < s.products.size(); ++p) {
    const std::string_view sku = s.products.at(p);
    const int64_t existing = keys.find({sku});
    if (existing < 0 && !used[p]) continue;
    const std::string_view name = p < s.product_name.size() ? s.product_names.at(s.product_name[p]) : "";
    const CategoryPath cat = split_category(p < s.product_category.size() ? s.categories.at(s.product_category[p]) : "");
    if (existing < 0) {
      const int64_t key = keys.key_for({sku}).key;
      c.product_key[p] = key;
      rows.integer(key).text(sku).text_or_null(name).text_or_null(cat.category).text_or_null(cat.subcategory);
      if (cost[p] != kNullValue) rows.integer(cost[p]);
      else rows.null();
      rows.integer(p < s.product_supplier.size() ? supplier_key[s.product_supplier[p]] : 0);
      ++c.summary.products_new;
      continue;
    }
    c.product_key[p] = existing;
    auto k = known.find(existing);
    if (k == known.end()) continue;
    const bool fills = (!k->second.name && !name.empty()) || (!k->second.category && !cat.category.empty()) ||
                       (!k->second.cost && cost[p] != kNullValue);
    if (!fills) continue;
    update->bind_int64(1, existing);
    if (!name.empty()) update->bind_text(2, name);
    if (!cat.category.empty()) update->bind_text(3, cat.category);
    if (!cat.subcategory.empty()) update->bind_text(4, cat.subcategory);
    if (cost[p] != kNullValue) update->bind_int64(5, cost[p]);
    auto r = update->step();
    update->reset();
    if (!r) return r.take_error();
  }
  return insert_all(c.db, "dim_product", {"product_key", "sku", "name", "category", "subcategory", "unit_cost_e4", "supplier_key"},
                    rows);
}

// (d) Channels: (channel, campaign) pairs, per appended line. Consecutive
// lines (an order's) share them.
Status load_channels(LoadContext& c) {
  const FactStore& s = c.store;
  MemberKeys keys;
  if (auto st = keys.load(c.db, "SELECT channel_key, channel, campaign FROM dim_channel"); !st) return st;
  RowBuffer rows(3);
  std::unordered_map<uint64_t, uint32_t> by_ids;
  c.line_channel.resize(c.lines.size());
  uint64_t last_ids = UINT64_MAX;
  uint32_t last_key = 0;
  for (size_t k = 0; k < c.lines.size(); ++k) {
    const uint32_t i = c.lines[k];
    const uint64_t ids = (static_cast<uint64_t>(id_at(s.channel, i)) << 32) | id_at(s.campaign, i);
    if (ids != last_ids) {
      auto it = by_ids.find(ids);
      if (it == by_ids.end()) {
        const std::string_view channel = s.channels.at(id_at(s.channel, i)), campaign = s.campaigns.at(id_at(s.campaign, i));
        MemberKeys::Found f = keys.key_for({channel, campaign});
        if (f.is_new) rows.integer(f.key).text_or_null(channel).text_or_null(campaign);
        it = by_ids.emplace(ids, static_cast<uint32_t>(f.key)).first;
      }
      last_ids = ids;
      last_key = it->second;
    }
    c.line_channel[k] = last_key;
  }
  return insert_all(c.db, "dim_channel", {"channel_key", "channel", "campaign"}, rows);
}

// (e) Payment types. Installments are unknown until the data carries payment
// rows (then the natural key is the pair).
Status load_payments(LoadContext& c) {
  const FactStore& s = c.store;
  MemberKeys keys;
  if (auto st = keys.load(c.db, "SELECT payment_key, payment_type, installments FROM dim_payment"); !st) return st;
  std::vector<uint8_t> used(s.payment_types.size(), 0);
  for (uint32_t i : c.lines) used[id_at(s.payment, i)] = 1;
  RowBuffer rows(3);
  c.payment_key.assign(s.payment_types.size(), 0);
  for (uint32_t p = 1; p < s.payment_types.size(); ++p) {
    if (!used[p]) continue;
    MemberKeys::Found f = keys.key_for({s.payment_types.at(p), ""});
    if (f.is_new) rows.integer(f.key).text(s.payment_types.at(p)).null();
    c.payment_key[p] = f.key;
  }
  // A payments file (Olist): one member per (type, installments) its rows
  // name, for the orders this load appends.
  c.payment_row_key.assign(s.payments.size(), 0);
  if (!s.payments.empty()) {
    std::vector<uint8_t> appended(s.orders.size(), 0);
    for (uint32_t i : c.lines)
      if (s.order[i] < appended.size()) appended[s.order[i]] = 1;
    for (size_t r = 0; r < s.payments.size(); ++r) {
      const OrderPayment& p = s.payments[r];
      if (p.order >= appended.size() || !appended[p.order]) continue;
      const std::string installments = p.installments > 0 ? std::to_string(p.installments) : std::string();
      MemberKeys::Found f = keys.key_for({s.payment_types.at(p.type), installments});
      if (f.is_new) {
        rows.integer(f.key).text(s.payment_types.at(p.type));
        if (p.installments > 0) rows.integer(p.installments);
        else rows.null();
      }
      c.payment_row_key[r] = f.key;
    }
  }
  return insert_all(c.db, "dim_payment", {"payment_key", "payment_type", "installments"}, rows);
}

// (f) Geography per appended line. Consecutive lines of an order share it.
void line_geography(LoadContext& c, GeographyMembers& geo) {
  const FactStore& s = c.store;
  c.line_geography.resize(c.lines.size());
  uint32_t last_country = UINT32_MAX, last_state = 0, last_city = 0, last_key = 0;
  for (size_t k = 0; k < c.lines.size(); ++k) {
    const uint32_t i = c.lines[k];
    if (s.country[i] != last_country || id_at(s.state, i) != last_state || id_at(s.city, i) != last_city) {
      last_country = s.country[i];
      last_state = id_at(s.state, i);
      last_city = id_at(s.city, i);
      last_key = static_cast<uint32_t>(
          geo.key(s.countries.at(last_country), s.states.at(last_state), s.cities.at(last_city)));
    }
    c.line_geography[k] = last_key;
  }
}

}  // namespace

DimensionStep::DimensionStep(LoadContext& c) : c_(c), geo_(std::make_unique<GeographyMembers>()) {}
DimensionStep::~DimensionStep() = default;

Result<bool> DimensionStep::step(const StepClock& clock) {
  LoadContext& c = c_;
  for (;;) {
    Status s = ok_status();
    switch (next_++) {
      case 0:
        if (c.summary.first_build) s = insert_unknown_members(c.db);
        break;
      case 1: s = load_dates(c); break;
      case 2: s = load_products(c); break;
      case 3: s = load_channels(c); break;
      case 4: s = load_payments(c); break;
      case 5:
        s = geo_->load(c.db);
        if (s) line_geography(c, *geo_);
        break;
      case 6: s = load_customers(c, *geo_); break;
      case 7: s = geo_->insert_new(c.db); break;
      default: return true;
    }
    if (!s) return s.take_error();
    if (clock.expired()) return false;
  }
}

}  // namespace starcart
