#include "warehouse/dim_customer_load.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "warehouse/dim_load.h"
#include "warehouse/row_buffer.h"

namespace starcart {

namespace {

// Views into the store's dictionaries or a CurrentVersion's strings, both of
// which outlive the load step.
struct Address {
  std::string_view country, state, city;  // "" = missing
  bool operator==(const Address& o) const { return country == o.country && state == o.state && city == o.city; }
  bool operator!=(const Address& o) const { return !(*this == o); }
};

struct CurrentVersion {
  int64_t customer_key = 0, version_key = 0;
  std::string country, state, city;
  Address address() const { return Address{country, state, city}; }
  Day valid_from = 0;
  Day first_order = kNullDay, last_order = kNullDay;
};

// A date column ('YYYY-MM-DD') read back as its yyyymmdd key (NULL stays NULL).
constexpr const char* kDayOf = "CAST(replace(%s, '-', '') AS INTEGER)";

std::string day_expr(const char* column) {
  std::string out(kDayOf);
  out.replace(out.find("%s"), 2, column);
  return out;
}

Day column_day(const Statement& st, int i) {
  return st.column_is_null(i) ? kNullDay : day_from_date_key(st.column_int64(i));
}

void add_day_or_null(RowBuffer& rows, Day d) {
  if (d == kNullDay) rows.null();
  else rows.text(format_iso_date(d));
}

Result<std::unordered_map<std::string, CurrentVersion>> read_current_versions(Database& db) {
  std::unordered_map<std::string, CurrentVersion> out;
  auto st = db.prepare("SELECT customer_key, customer_version_key, customer_id, country, state, city, " +
                       day_expr("valid_from") + ", " + day_expr("first_order_date") + ", " +
                       day_expr("last_order_date") + " FROM dim_customer WHERE is_current = 1 AND customer_key > 0");
  if (!st) return st.take_error();
  auto each = st->each_row([&] {
    CurrentVersion v;
    v.customer_key = st->column_int64(0);
    v.version_key = st->column_int64(1);
    v.country = std::string(st->column_text(3));
    v.state = std::string(st->column_text(4));
    v.city = std::string(st->column_text(5));
    v.valid_from = column_day(*st, 6);
    v.first_order = column_day(*st, 7);
    v.last_order = column_day(*st, 8);
    out.emplace(std::string(st->column_text(2)), std::move(v));
  });
  if (!each) return each.take_error();
  return out;
}

Day min_day(Day a, Day b) { return a == kNullDay ? b : b == kNullDay ? a : std::min(a, b); }
Day max_day(Day a, Day b) { return a == kNullDay ? b : b == kNullDay ? a : std::max(a, b); }

}  // namespace

Status load_customers(LoadContext& c, GeographyMembers& geo) {
  const FactStore& s = c.store;
  const uint32_t n = s.customers.size();

  // (1) Each customer's address: per field the latest non-empty value.
  std::vector<uint32_t> country(n, 0), state(n, 0), city(n, 0);
  for (size_t i = 0; i < s.lines(); ++i) {
    const uint32_t cu = s.customer[i];
    if (cu == 0) continue;
    if (s.country[i]) country[cu] = s.country[i];
    if (id_at(s.state, i)) state[cu] = s.state[i];
    if (id_at(s.city, i)) city[cu] = s.city[i];
  }
  // Appended lines: the first date, the first and last sale.
  std::vector<uint8_t> appended(n, 0);
  std::vector<Day> first_line(n, kNullDay), first_sale(n, kNullDay), last_sale(n, kNullDay);
  for (uint32_t i : c.lines) {
    const uint32_t cu = s.customer[i];
    if (cu == 0) continue;
    appended[cu] = 1;
    const Day d = s.day[i];
    if (d == kNullDay) continue;
    first_line[cu] = min_day(first_line[cu], d);
    if (s.kind[i] != LineKind::kSale) continue;
    first_sale[cu] = min_day(first_sale[cu], d);
    last_sale[cu] = max_day(last_sale[cu], d);
  }

  std::unordered_map<std::string, CurrentVersion> current;
  int64_t next_key = 1, next_version = 1;
  if (!c.summary.first_build) {
    auto cur = read_current_versions(c.db);
    if (!cur) return cur.take_error();
    current = std::move(*cur);
    auto st = c.db.prepare("SELECT coalesce(max(customer_key), 0) + 1, coalesce(max(customer_version_key), 0) + 1 FROM dim_customer");
    if (!st) return st.take_error();
    if (auto r = st->step(); !r) return r.take_error();
    next_key = st->column_int64(0);
    next_version = st->column_int64(1);
  }

  auto update_orders = c.db.prepare(
      "UPDATE dim_customer SET first_order_date = ?2, last_order_date = ?3, cohort_month = ?4 WHERE customer_key = ?1");
  auto extend_first = c.db.prepare(
      "UPDATE dim_customer SET valid_from = ?1 WHERE customer_key = ?2 AND valid_from > ?1 AND "
      "valid_from = (SELECT min(valid_from) FROM dim_customer WHERE customer_key = ?2)");
  auto close_version = c.db.prepare("UPDATE dim_customer SET valid_to = ?2, is_current = 0 WHERE customer_version_key = ?1");
  if (!update_orders) return update_orders.take_error();
  if (!extend_first) return extend_first.take_error();
  if (!close_version) return close_version.take_error();

  RowBuffer rows(13);
  auto add_row = [&](int64_t version, int64_t key, std::string_view id, const Address& a, Day first, Day last,
                     Day valid_from) {
    rows.integer(version).integer(key).text(id);
    rows.text_or_null(a.country).text_or_null(a.state).text_or_null(a.city);
    rows.integer(geo.key(a.country, a.state, a.city));
    add_day_or_null(rows, first);
    add_day_or_null(rows, last);
    if (first == kNullDay) rows.null();
    else rows.text(format_month_key(month_index(first)));
    rows.text(format_iso_date(valid_from)).text(kOpenValidTo).integer(1);
  };

  struct Change {
    uint32_t customer;
    CurrentVersion* version;
    Address address;
  };
  std::vector<Change> changes;
  std::vector<uint8_t> changing(n, 0);
  c.customer_key.assign(n, 0);
  for (uint32_t cu = 1; cu < n; ++cu) {
    const std::string_view id = s.customers.at(cu);
    const Address a{s.countries.at(country[cu]), s.states.at(state[cu]), s.cities.at(city[cu])};
    auto it = current.empty() ? current.end() : current.find(std::string(id));
    if (it == current.end()) {
      if (!appended[cu]) continue;  // only on orders the warehouse has, under another customer
      // (2) New customer.
      const int64_t key = next_key++;
      c.customer_key[cu] = key;
      const Day from = first_line[cu] != kNullDay ? first_line[cu] : c.has_dates ? c.data_first_day : s.first_day;
      add_row(next_version++, key, id, a, first_sale[cu], last_sale[cu], from);
      ++c.summary.customers_new;
      continue;
    }
    CurrentVersion& v = it->second;
    c.customer_key[cu] = v.customer_key;
    // (4) Type 1: the first and last order widen with new sales.
    const Day first = min_day(v.first_order, first_sale[cu]), last = max_day(v.last_order, last_sale[cu]);
    if (first != v.first_order || last != v.last_order) {
      update_orders->bind_int64(1, v.customer_key);
      update_orders->bind_text(2, format_iso_date(first));
      update_orders->bind_text(3, format_iso_date(last));
      update_orders->bind_text(4, format_month_key(month_index(first)));
      auto r = update_orders->step();
      update_orders->reset();
      if (!r) return r.take_error();
      v.first_order = first;
      v.last_order = last;
    }
    // Late-arriving older lines: the first version starts earlier.
    if (first_line[cu] != kNullDay && first_line[cu] < v.valid_from) {
      extend_first->bind_text(1, format_iso_date(first_line[cu]));
      extend_first->bind_int64(2, v.customer_key);
      auto r = extend_first->step();
      extend_first->reset();
      if (!r) return r.take_error();
    }
    // (3) A changed address: per field, a new non-empty value wins.
    const Address old = v.address();
    const Address merged{a.country.empty() ? old.country : a.country, a.state.empty() ? old.state : a.state,
                         a.city.empty() ? old.city : a.city};
    if (merged != old) {
      changing[cu] = 1;
      changes.push_back(Change{cu, &v, merged});
    }
  }

  if (!changes.empty()) {
    // The trailing run of appended lines that agree with the new address.
    std::vector<const Address*> target(n, nullptr);
    for (const Change& ch : changes) target[ch.customer] = &ch.address;
    std::vector<Day> run_start(n, kNullDay);
    for (uint32_t i : c.lines) {
      const uint32_t cu = s.customer[i];
      if (cu == 0 || !changing[cu] || s.day[i] == kNullDay) continue;
      const Address& t = *target[cu];
      const bool agrees = (s.country[i] == 0 || s.countries.at(s.country[i]) == t.country) &&
                          (id_at(s.state, i) == 0 || s.states.at(s.state[i]) == t.state) &&
                          (id_at(s.city, i) == 0 || s.cities.at(s.city[i]) == t.city);
      if (!agrees) run_start[cu] = kNullDay;
      else if (run_start[cu] == kNullDay) run_start[cu] = s.day[i];
    }
    for (const Change& ch : changes) {
      CurrentVersion& v = *ch.version;
      Day from = run_start[ch.customer] != kNullDay ? run_start[ch.customer] : s.last_day;
      from = std::max(from, v.valid_from + 1);
      close_version->bind_int64(1, v.version_key);
      close_version->bind_text(2, format_iso_date(from - 1));
      auto r = close_version->step();
      close_version->reset();
      if (!r) return r.take_error();
      add_row(next_version++, v.customer_key, s.customers.at(ch.customer), ch.address, v.first_order, v.last_order, from);
      ++c.summary.customer_versions_new;
    }
  }

  if (rows.row_count() == 0) return ok_status();
  auto bulk = BulkInsert::create(c.db, "dim_customer",
                                 {"customer_version_key", "customer_key", "customer_id", "country", "state", "city",
                                  "geography_key", "first_order_date", "last_order_date", "cohort_month", "valid_from",
                                  "valid_to", "is_current"},
                                 rows);
  if (!bulk) return bulk.take_error();
  return bulk->insert_rest();
}

}  // namespace starcart
