#include "warehouse/fact_assembly.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace starcart {

LineKind classify_line(std::string_view order_id, int64_t quantity, Money unit_price) {
  if (unit_price <= 0 || quantity == 0) return LineKind::kExcluded;
  if ((!order_id.empty() && (order_id[0] == 'C' || order_id[0] == 'c')) || quantity < 0)
    return LineKind::kReturn;
  return LineKind::kSale;
}

namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// (1) Table dictionary id -> store dictionary id, for one column.
std::vector<uint32_t> map_dictionary(const Column* col, Dictionary& into, bool uppercase) {
  std::vector<uint32_t> map;
  if (col == nullptr || col->kind != ColumnKind::kText) return map;
  map.resize(col->dict.size());
  for (uint32_t id = 0; id < col->dict.size(); ++id)
    map[id] = uppercase ? into.intern(upper(col->dict.at(id))) : into.intern(col->dict.at(id));
  return map;
}

void append_ids(std::vector<uint32_t>& out, const Column* col, const std::vector<uint32_t>& map, size_t rows) {
  if (col == nullptr || map.empty()) {
    out.insert(out.end(), rows, 0);
    return;
  }
  for (size_t r = 0; r < rows; ++r) out.push_back(map[col->ids[r]]);
}

// (4) The most frequent value of `attr` per product (ties: the first seen).
void pick_per_product(const std::vector<uint32_t>& product, const std::vector<uint32_t>& attr,
                      size_t products, std::vector<uint32_t>& out) {
  out.assign(products, 0);
  std::unordered_map<uint64_t, uint32_t> counts;
  std::vector<uint32_t> best_count(products, 0);
  for (size_t i = 0; i < product.size(); ++i) {
    if (attr[i] == 0) continue;
    uint64_t key = (static_cast<uint64_t>(product[i]) << 32) | attr[i];
    uint32_t c = ++counts[key];
    if (c > best_count[product[i]]) {
      best_count[product[i]] = c;
      out[product[i]] = attr[i];
    }
  }
}

// (6) Lines in date order (stable: file order within a day). Analyses then
// meet each month's lines together, which makes distinct counts per period a
// single pass, and date filters become a binary search.
template <class T>
void permute(std::vector<T>& v, const std::vector<uint32_t>& order) {
  std::vector<T> out(v.size());
  for (size_t i = 0; i < order.size(); ++i) out[i] = v[order[i]];
  v.swap(out);
}

void sort_lines_by_day(FactStore& s) {
  const size_t n = s.lines();
  if (n == 0) return;
  Day lo = s.day[0], hi = s.day[0];
  for (Day d : s.day) {
    lo = std::min(lo, d);
    hi = std::max(hi, d);
  }
  bool sorted = true;
  for (size_t i = 1; i < n && sorted; ++i) sorted = s.day[i - 1] <= s.day[i];
  if (sorted) return;
  // Counting sort by day: the range of days is small next to the lines.
  std::vector<uint32_t> start(static_cast<size_t>(hi - lo) + 2, 0);
  for (Day d : s.day) ++start[static_cast<size_t>(d - lo) + 1];
  for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[start[static_cast<size_t>(s.day[i] - lo)]++] = static_cast<uint32_t>(i);
  permute(s.order, order);
  permute(s.product, order);
  permute(s.customer, order);
  permute(s.country, order);
  permute(s.category, order);
  permute(s.channel, order);
  permute(s.campaign, order);
  permute(s.payment, order);
  permute(s.state, order);
  permute(s.city, order);
  permute(s.day, order);
  permute(s.second, order);
  permute(s.quantity, order);
  permute(s.unit_price, order);
  permute(s.discount, order);
  permute(s.value, order);
  permute(s.kind, order);
  permute(s.source_file, order);
  permute(s.source_line, order);
  if (!s.unit_cost.empty()) permute(s.unit_cost, order);
  if (!s.return_reason.empty()) permute(s.return_reason, order);
}

// Optional per-line columns (cost, return reason): filled only when some
// file has them, so stores of files without them carry no empty vectors.
void append_optional_columns(FactStore& s, const std::vector<LoadedFile>& files) {
  bool any_cost = false, any_reason = false;
  for (const LoadedFile& lf : files) {
    any_cost = any_cost || lf.table.column(Role::kCost) != nullptr;
    any_reason = any_reason || lf.table.column(Role::kReturnReason) != nullptr;
  }
  for (const LoadedFile& lf : files) {
    const size_t rows = static_cast<size_t>(lf.table.rows());
    if (any_cost) {
      const Column* cost = lf.table.column(Role::kCost);
      if (cost != nullptr && cost->kind != ColumnKind::kMoney) cost = nullptr;
      for (size_t r = 0; r < rows; ++r) s.unit_cost.push_back(cost != nullptr ? cost->values[r] : kNullValue);
    }
    if (any_reason) {
      const Column* reason = lf.table.column(Role::kReturnReason);
      append_ids(s.return_reason, reason, map_dictionary(reason, s.return_reasons, false), rows);
    }
  }
}

}  // namespace

Result<FactStore> assemble_order_lines(std::vector<LoadedFile> files) {
  FactStore s;
  bool any_day = false;
  for (size_t f = 0; f < files.size(); ++f) {
    LoadedFile& lf = files[f];
    Table& t = lf.table;
    std::string missing = missing_order_line_roles(lf.profile.roles());
    if (!missing.empty())
      return make_error(ErrorCode::kMissingRole, "no column found for " + missing, Location{t.source});
    const size_t rows = static_cast<size_t>(t.rows());
    const Column* order = t.column(Role::kOrderId);
    const Column* date = t.column(Role::kOrderDate);
    const Column* qty = t.column(Role::kQuantity);
    const Column* price = t.column(Role::kUnitPrice);
    const Column* total = t.column(Role::kLineTotal);
    const Column* discount = t.column(Role::kDiscount);

    append_ids(s.order, order, map_dictionary(order, s.orders, false), rows);
    append_ids(s.product, t.column(Role::kSku), map_dictionary(t.column(Role::kSku), s.products, true), rows);
    append_ids(s.customer, t.column(Role::kCustomerId),
               map_dictionary(t.column(Role::kCustomerId), s.customers, false), rows);
    append_ids(s.country, t.column(Role::kCountry), map_dictionary(t.column(Role::kCountry), s.countries, false), rows);
    append_ids(s.category, t.column(Role::kCategory),
               map_dictionary(t.column(Role::kCategory), s.categories, false), rows);
    append_ids(s.channel, t.column(Role::kChannel), map_dictionary(t.column(Role::kChannel), s.channels, false), rows);
    append_ids(s.campaign, t.column(Role::kCampaign),
               map_dictionary(t.column(Role::kCampaign), s.campaigns, false), rows);
    append_ids(s.payment, t.column(Role::kPaymentType),
               map_dictionary(t.column(Role::kPaymentType), s.payment_types, false), rows);
    append_ids(s.state, t.column(Role::kState), map_dictionary(t.column(Role::kState), s.states, false), rows);
    append_ids(s.city, t.column(Role::kCity), map_dictionary(t.column(Role::kCity), s.cities, false), rows);
    std::vector<uint32_t> names;
    append_ids(names, t.column(Role::kProductName),
               map_dictionary(t.column(Role::kProductName), s.product_names, false), rows);
    // Files without SKUs identify products by name.
    if (t.column(Role::kSku) == nullptr && t.column(Role::kProductName) != nullptr) {
      for (size_t r = 0; r < rows; ++r)
        s.product[s.product.size() - rows + r] = s.products.intern(upper(s.product_names.at(names[r])));
    }
    // Per product: most frequent name, picked below over all files.
    s.product_name.insert(s.product_name.end(), names.begin(), names.end());  // temporarily per line

    // (2) Typed columns, (3) line kinds.
    for (size_t r = 0; r < rows; ++r) {
      const size_t i = s.order.size() - rows + r;
      int64_t q = qty->values[r];
      if (q > std::numeric_limits<int32_t>::max() || q < std::numeric_limits<int32_t>::min()) q = 0;
      Money p = 0;
      if (price != nullptr && price->values[r] != kNullValue) p = price->values[r];
      else if (total != nullptr && total->values[r] != kNullValue && q != 0) p = div_round(total->values[r], q);
      Money d = (discount != nullptr && discount->values[r] != kNullValue) ? discount->values[r] : 0;
      LineKind k = classify_line(s.orders.at(s.order[i]), q, p);
      if (date->days[r] == kNullDay) k = LineKind::kExcluded;  // only when the date was optional
      Money gross = money_times(p, q < 0 ? -q : q);
      s.day.push_back(date->days[r]);
      s.second.push_back(date->seconds[r]);
      s.quantity.push_back(static_cast<int32_t>(q));
      s.unit_price.push_back(p);
      s.discount.push_back(d);
      s.value.push_back(k == LineKind::kSale ? gross - d : gross);
      s.kind.push_back(k);
      s.source_file.push_back(static_cast<uint16_t>(f));
      s.source_line.push_back(t.source_line[r]);
      if (k == LineKind::kExcluded) {
        ++s.excluded_lines;
      } else {
        Day day = date->days[r];
        if (!any_day || day < s.first_day) s.first_day = day;
        if (!any_day || day > s.last_day) s.last_day = day;
        any_day = true;
      }
    }

    SourceFile sf;
    sf.name = t.source;
    sf.layout = lf.profile.layout;
    sf.encoding = encoding_name(lf.profile.encoding.encoding);
    sf.bytes = t.bytes;
    sf.fingerprint = lf.fingerprint;
    sf.counts = t.counts;
    sf.decisions = t.decisions;
    s.files.push_back(std::move(sf));
    for (RejectedRow& rr : t.rejected) s.rejected.push_back(std::move(rr));
  }
  append_optional_columns(s, files);
  // (4) Per-product name and category.
  std::vector<uint32_t> per_line_names = std::move(s.product_name);
  pick_per_product(s.product, per_line_names, s.products.size(), s.product_name);
  pick_per_product(s.product, s.category, s.products.size(), s.product_category);
  // Lines whose file has no category take their product's.
  for (size_t i = 0; i < s.category.size(); ++i)
    if (s.category[i] == 0) s.category[i] = s.product_category[s.product[i]];
  sort_lines_by_day(s);
  return s;
}

}  // namespace starcart
