#include "warehouse/dq_rules.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/money.h"
#include "warehouse/dim_load.h"
#include "warehouse/schema_ddl.h"

namespace starcart {

// --- the pass over fact_sales ----------------------------------------------------

SalesChecks::SalesChecks(const std::vector<ProfiledColumn>& columns) {
  for (size_t c = 0; c < columns.size(); ++c) {
    const std::string& n = columns[c].name;
    const int i = static_cast<int>(c);
    if (n == "line_key") line_key_ = i;
    else if (n == "order_key") order_key_ = i;
    else if (n == "customer_key") customer_key_ = i;
    else if (n == "product_key") product_key_ = i;
    else if (n == "date_key") date_key_ = i;
    else if (n == "quantity") quantity_ = i;
    else if (n == "unit_price_e4") price_ = i;
    else if (n == "line_kind") kind_ = i;
    else if (n == "line_number") line_number_ = i;
  }
}

// The natural key (order_key, line_number) and the order's line range, one
// order at a time: its lines arrive together in line_key order.
void SalesChecks::close_order() {
  std::sort(current_lines_.begin(), current_lines_.end());
  for (size_t k = 0; k < current_lines_.size();) {
    size_t end = k + 1;
    while (end < current_lines_.size() && current_lines_[end].first == current_lines_[k].first) ++end;
    if (end - k > 1)
      for (size_t j = k; j < end; ++j) duplicate_lines.emplace_back(current_order_, current_lines_[j].second);
    k = end;
  }
  current_lines_.clear();
  if (current_order_ >= 0 && current_order_ < kClosedBitsMax) {
    const size_t word = static_cast<size_t>(current_order_ / 64);
    if (word >= closed_bits_.size()) closed_bits_.resize(word + 1 + closed_bits_.size() / 4, 0);
    closed_bits_[word] |= uint64_t{1} << (current_order_ % 64);
  } else if (current_order_ >= 0) {
    closed_orders_.insert(static_cast<uint64_t>(current_order_));
  }
}

bool SalesChecks::is_closed(int64_t order) const {
  if (order < 0) return false;
  if (order >= kClosedBitsMax) return closed_orders_.contains(static_cast<uint64_t>(order));
  const size_t word = static_cast<size_t>(order / 64);
  return word < closed_bits_.size() && (closed_bits_[word] >> (order % 64) & 1) != 0;
}

void SalesChecks::add_row(const Statement& row) {
  ++rows;
  const int64_t key = row.column_int64(line_key_);
  const int64_t price = row.column_int64(price_);
  const int64_t quantity = row.column_int64(quantity_);
  const int64_t customer = row.column_int64(customer_key_);
  const std::string_view kind = row.column_text(kind_);
  const int64_t order = row.column_int64(order_key_);
  if (order != current_order_) {
    close_order();
    if (is_closed(order)) scattered_orders.push_back(order);
    current_order_ = order;
  }
  current_lines_.emplace_back(row.column_int64(line_number_), key);
  if (price <= 0) non_positive_price.add(key, keep);
  if (quantity == 0) zero_quantity.add(key, keep);
  const int64_t date = row.column_int64(date_key_);
  if (date != last_date_key_ || date_counts.empty()) date_counts.emplace_back(date, 0);
  last_date_key_ = date;
  ++date_counts.back().second;
  if (kind == "excluded") return;
  if (customer != 0) {
    if (order >= 0) {
      if (static_cast<size_t>(order) >= order_customer.size()) order_customer.resize(static_cast<size_t>(order) + 1, 0);
      int64_t& seen = order_customer[static_cast<size_t>(order)];
      if (seen == 0) seen = customer;
      else if (seen != customer) seen = -1;
    }
  }
  if (kind != "sale") return;
  ++sale_lines;
  if (customer == 0) {
    ++guest_sale_lines;
    guest_sales.add(key, keep);
  }
  if (sales.empty()) first_sale_key_ = key;
  const uint64_t bit = static_cast<uint64_t>(key - first_sale_key_);  // keys ascend: >= 0
  if (bit / 64 >= sale_bits_.size()) sale_bits_.resize(bit / 64 + 1 + sale_bits_.size() / 8, 0);
  sale_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  int32_t narrow = static_cast<int32_t>(price);
  if (price <= kWidePrice || price > INT32_MAX) {
    narrow = kWidePrice;
    wide_prices_.emplace_back(static_cast<uint32_t>(sales.size()), price);
  }
  sales.push_back(SaleLine{narrow, static_cast<int32_t>(row.column_int64(product_key_)), static_cast<int32_t>(quantity)});
}

int64_t SalesChecks::price_of(size_t k) const {
  if (sales[k].price != kWidePrice) return sales[k].price;
  const auto it = std::lower_bound(wide_prices_.begin(), wide_prices_.end(), std::make_pair(static_cast<uint32_t>(k), INT64_MIN));
  return it->second;
}

void SalesChecks::finish() {
  close_order();
  sale_rank_.resize(sale_bits_.size());
  uint32_t before = 0;
  for (size_t w = 0; w < sale_bits_.size(); ++w) {
    sale_rank_[w] = before;
    before += static_cast<uint32_t>(__builtin_popcountll(sale_bits_[w]));
  }
  std::sort(date_counts.begin(), date_counts.end());
  std::vector<std::pair<int64_t, int64_t>> merged;
  for (const auto& dc : date_counts) {
    if (!merged.empty() && merged.back().first == dc.first) merged.back().second += dc.second;
    else merged.push_back(dc);
  }
  date_counts.swap(merged);
}

int64_t SalesChecks::sale_key(size_t k) const {
  // The word holding the k-th set bit, then the bit within it.
  const size_t w = static_cast<size_t>(std::upper_bound(sale_rank_.begin(), sale_rank_.end(), static_cast<uint32_t>(k)) -
                                       sale_rank_.begin()) - 1;
  uint64_t bits = sale_bits_[w];
  for (uint32_t skip = static_cast<uint32_t>(k) - sale_rank_[w]; skip > 0; --skip) bits &= bits - 1;
  return first_sale_key_ + static_cast<int64_t>(w * 64 + static_cast<size_t>(__builtin_ctzll(bits)));
}

// --- rules -------------------------------------------------------------------------

namespace {

struct Rules {
  Database& db;
  const QualityOptions& options;
  QualityReport& report;
  Statement line_detail_stmt;

  RuleResult& add(const char* id, std::string table, std::string column, Severity severity, std::string description,
                  int64_t checked, int64_t failures) {
    RuleResult r;
    r.rule_id = id;
    r.table = std::move(table);
    r.column = std::move(column);
    r.severity = severity;
    r.description = std::move(description);
    r.checked = checked;
    r.failures = failures;
    report.rules.push_back(std::move(r));
    return report.rules.back();
  }

  // "order 536365, SKU 85123A: 6 x 2.55 on 2010-12-01 (online_retail.csv line 2)"
  Result<std::string> line_detail(int64_t line_key) {
    if (!line_detail_stmt.handle()) {
      auto st = db.prepare(
          "SELECT f.order_id, p.sku, f.quantity, f.unit_price_e4, d.date, a.file_name, f.source_line "
          "FROM fact_sales f LEFT JOIN dim_product p ON p.product_key = f.product_key "
          "LEFT JOIN dim_date d ON d.date_key = f.date_key LEFT JOIN load_audit a ON a.file_key = f.file_key "
          "WHERE f.line_key = ?1");
      if (!st) return st.take_error();
      line_detail_stmt = std::move(*st);
    }
    Statement& st = line_detail_stmt;
    st.bind_int64(1, line_key);
    auto row = st.step();
    if (!row) return row.take_error();
    std::string out = "line " + std::to_string(line_key);
    if (*row) {
      out = "order " + std::string(st.column_text(0)) + ", SKU " + std::string(st.column_text(1)) + ": " +
            std::to_string(st.column_int64(2)) + " x " + money_to_exact_string(st.column_int64(3)) + " on " +
            std::string(st.column_text(4)) + " (" + std::string(st.column_text(5)) + " line " +
            std::to_string(st.column_int64(6)) + ")";
    }
    st.reset();
    return out;
  }

  Status line_examples(RuleResult& r, std::vector<int64_t> keys, const std::string& suffix = "") {
    std::sort(keys.begin(), keys.end());
    if (keys.size() > static_cast<size_t>(options.max_examples)) keys.resize(static_cast<size_t>(options.max_examples));
    for (int64_t k : keys) {
      auto d = line_detail(k);
      if (!d) return d.take_error();
      r.examples.push_back(RuleExample{k, *d + suffix});
    }
    return ok_status();
  }

  // Examples from the line keys a query returns (?1 bound to `value`).
  Status line_examples_of(RuleResult& r, const std::string& sql, int64_t value = 0) {
    auto st = db.prepare(sql + " LIMIT " + std::to_string(options.max_examples));
    if (!st) return st.take_error();
    st->bind_int64(1, value);
    std::vector<int64_t> keys;
    auto each = st->each_row([&] { keys.push_back(st->column_int64(0)); });
    if (!each) return each.take_error();
    return line_examples(r, std::move(keys));
  }

  // Examples from a query returning (row_key, detail).
  Status query_examples(RuleResult& r, const std::string& sql) {
    auto st = db.prepare(sql + " LIMIT " + std::to_string(options.max_examples));
    if (!st) return st.take_error();
    return st->each_row([&] {
      r.examples.push_back(RuleExample{st->column_int64(0), std::string(st->column_text(1))});
    });
  }
};

const TableProfiler* find_profiler(const std::vector<TableProfiler>& ps, std::string_view table) {
  for (const TableProfiler& p : ps)
    if (p.table() == table) return &p;
  return nullptr;
}

std::vector<std::string> split_columns(const std::string& cols) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t comma = cols.find(',', start);
    std::string part = cols.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    out.push_back(part);
    if (comma == std::string::npos) return out;
    start = comma + 1;
  }
}

std::string surrogate_of(const TableProfiler& p) {
  for (const ProfiledColumn& c : p.columns())
    if (c.rowid_alias) return c.name;
  return "rowid";
}

Status fact_sales_rules(Rules& R, const SalesChecks& s, Day reference) {
  {
    RuleResult& r = R.add("non_positive_price", "fact_sales", "unit_price_e4", Severity::kWarning,
                          "unit price is zero or negative: the line is excluded from every figure", s.rows,
                          s.non_positive_price.count);
    if (auto st = R.line_examples(r, s.non_positive_price.first_keys); !st) return st;
  }
  {
    RuleResult& r = R.add("zero_quantity", "fact_sales", "quantity", Severity::kWarning,
                          "quantity is zero: the line is excluded from every figure", s.rows, s.zero_quantity.count);
    if (auto st = R.line_examples(r, s.zero_quantity.first_keys); !st) return st;
  }
  {
    const int64_t ref_key = date_key(reference);
    int64_t future = 0;
    for (const auto& dc : s.date_counts)
      if (dc.first > ref_key) future += dc.second;
    RuleResult& r = R.add("future_date", "fact_sales", "date_key", Severity::kError,
                          "order date after " + R.report.reference + " (" + format_iso_date(reference) + ")", s.rows,
                          future);
    if (future > 0)
      if (auto e = R.line_examples_of(r, "SELECT line_key FROM fact_sales WHERE date_key > ?1 ORDER BY line_key", ref_key); !e)
        return e;
  }
  {
    // Price outliers against each product's median sale price (the lower
    // median). Lines grouped by product with a counting sort: keys are dense.
    int64_t max_product = -1;
    for (const auto& l : s.sales) max_product = std::max<int64_t>(max_product, l.product);
    std::vector<size_t> start(static_cast<size_t>(max_product + 2), 0);
    for (const auto& l : s.sales)
      if (l.product >= 0) ++start[static_cast<size_t>(l.product) + 1];
    for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    // Indexes into s.sales (4 bytes a line, not a pointer's 8).
    std::vector<uint32_t> by_product(start.empty() ? 0 : start.back());
    {
      std::vector<size_t> next(start.begin(), start.end());
      for (size_t k = 0; k < s.sales.size(); ++k) {
        const auto& l = s.sales[k];
        if (l.product >= 0) by_product[next[static_cast<size_t>(l.product)]++] = static_cast<uint32_t>(k);
      }
    }
    std::vector<int64_t> failing, prices;
    std::map<int64_t, int64_t> median_of;
    for (size_t p = 0; p + 1 < start.size(); ++p) {
      const size_t begin = start[p], end = start[p + 1];
      if (end - begin < 5) continue;
      prices.clear();
      for (size_t k = begin; k < end; ++k) prices.push_back(s.price_of(by_product[k]));
      auto mid = prices.begin() + static_cast<std::ptrdiff_t>((prices.size() - 1) / 2);
      std::nth_element(prices.begin(), mid, prices.end());
      const int64_t median = *mid;
      for (size_t k = begin; k < end; ++k) {
        const int64_t price = s.price_of(by_product[k]);
        if (price > 10 * median || price * 10 < median) {
          const int64_t key = s.sale_key(by_product[k]);
          failing.push_back(key);
          median_of[key] = median;
        }
      }
    }
    RuleResult& r = R.add("price_outlier", "fact_sales", "unit_price_e4", Severity::kWarning,
                          "sale price above 10x or below 1/10 of the product's median sale price", s.sale_lines,
                          static_cast<int64_t>(failing.size()));
    std::sort(failing.begin(), failing.end());
    if (failing.size() > static_cast<size_t>(R.options.max_examples)) failing.resize(static_cast<size_t>(R.options.max_examples));
    for (int64_t k : failing) {
      auto d = R.line_detail(k);
      if (!d) return d.take_error();
      r.examples.push_back(RuleExample{k, *d + "; median price " + money_to_exact_string(median_of[k])});
    }
  }
  {
    // Quantity outliers: Tukey's far-out fence on log(quantity), in integers.
    std::vector<int32_t> q;  // SaleLine::quantity's type
    q.reserve(s.sales.size());
    for (const auto& l : s.sales) q.push_back(l.quantity);
    int64_t fence = -1;
    if (q.size() >= 100) {  // quartiles of fewer lines say little
      auto at = [&](size_t k) {
        std::nth_element(q.begin(), q.begin() + static_cast<std::ptrdiff_t>(k), q.end());
        return q[k];
      };
      const int64_t q1 = at((q.size() - 1) / 4), q3 = at(3 * (q.size() - 1) / 4);
      if (q1 >= 1 && q3 <= 50000) fence = q3 * q3 * q3 * q3 / (q1 * q1 * q1);
    }
    std::vector<int64_t> failing;
    if (fence >= 0)
      for (size_t k = 0; k < s.sales.size(); ++k)
        if (s.sales[k].quantity > fence) failing.push_back(s.sale_key(k));
    RuleResult& r = R.add("quantity_outlier", "fact_sales", "quantity", Severity::kWarning,
                          fence >= 0 ? "sale quantity above " + std::to_string(fence) +
                                           " = Q3 x (Q3/Q1)^3, Tukey's far-out fence on log(quantity)"
                                     : std::string("sale quantity far above the rest (not judged: fewer than 100 sale "
                                                   "lines, or quartiles below 1 or above 50,000)"),
                          s.sale_lines, static_cast<int64_t>(failing.size()));
    if (auto st = R.line_examples(r, failing); !st) return st;
  }
  {
    std::vector<int64_t> orders;
    int64_t with_customer = 0;
    for (size_t o = 0; o < s.order_customer.size(); ++o) {
      with_customer += s.order_customer[o] != 0 ? 1 : 0;
      if (s.order_customer[o] == -1) orders.push_back(static_cast<int64_t>(o));
    }
    RuleResult& r = R.add("order_several_customers", "fact_orders", "customer_key", Severity::kWarning,
                          "one order id carries lines of several customer ids", with_customer,
                          static_cast<int64_t>(orders.size()));
    if (orders.size() > static_cast<size_t>(R.options.max_examples)) orders.resize(static_cast<size_t>(R.options.max_examples));
    for (int64_t o : orders) {
      auto st = R.db.prepare(
          "SELECT 'order ' || o.order_id || ': customers ' || group_concat(DISTINCT c.customer_id) FROM fact_orders o "
          "JOIN fact_sales f ON f.order_key = o.order_key JOIN dim_customer c ON c.customer_key = f.customer_key "
          "AND c.is_current = 1 WHERE o.order_key = ?1 AND f.customer_key <> 0");
      if (!st) return st.take_error();
      st->bind_int64(1, o);
      if (auto row = st->step(); !row) return row.take_error();
      r.examples.push_back(RuleExample{o, std::string(st->column_text(0))});
    }
  }
  RuleResult& g = R.add("guest_sale", "fact_sales", "customer_key", Severity::kInfo,
                        "sale line without a customer id: counts in revenue, not in customer analyses", s.sale_lines,
                        s.guest_sale_lines);
  return R.line_examples(g, s.guest_sales.first_keys);
}

const ColumnStats* find_stats(const QualityReport& report, std::string_view table, std::string_view column) {
  for (const ColumnStats& c : report.columns)
    if (c.table == table && c.column == column) return &c;
  return nullptr;
}

// The values of `values` (flipped, see TableProfiler) missing from
// parent.parent_column. Few values: a primary-key lookup each; many: the
// parent's keys in a set, read once.
Result<std::vector<int64_t>> missing_parents(Database& db, const FlatSet64& values, const std::string& parent,
                                             const std::string& parent_column, int64_t parent_rows,
                                             std::map<std::string, FlatSet64>& parent_sets) {
  std::vector<int64_t> missing;
  if (values.size() <= 4096 || values.size() * 16 <= parent_rows) {
    auto st = db.prepare("SELECT 1 FROM " + parent + " WHERE " + parent_column + " = ?1");
    if (!st) return st.take_error();
    Status status = ok_status();
    values.for_each([&](uint64_t flipped) {
      if (!status) return;
      const int64_t v = static_cast<int64_t>(flipped ^ TableProfiler::kValueFlip);
      st->bind_int64(1, v);
      auto row = st->step();
      st->reset();
      if (!row) status = row.take_error();
      else if (!*row) missing.push_back(v);
    });
    if (!status) return status.take_error();
  } else {
    const std::string id = parent + "." + parent_column;
    auto it = parent_sets.find(id);
    if (it == parent_sets.end()) {
      FlatSet64 keys;
      auto st = db.prepare("SELECT " + parent_column + " FROM " + parent);
      if (!st) return st.take_error();
      auto each = st->each_row([&] {
        if (!st->column_is_null(0)) keys.insert(static_cast<uint64_t>(st->column_int64(0)) ^ TableProfiler::kValueFlip);
      });
      if (!each) return each.take_error();
      it = parent_sets.emplace(id, std::move(keys)).first;
    }
    values.for_each([&](uint64_t flipped) {
      if (!it->second.contains(flipped)) missing.push_back(static_cast<int64_t>(flipped ^ TableProfiler::kValueFlip));
    });
  }
  std::sort(missing.begin(), missing.end());
  return missing;
}

Status orphan_rules(Rules& R, const std::vector<TableProfiler>& profilers) {
  std::map<std::string, FlatSet64> parent_sets;
  for (const ForeignKey& fk : warehouse_foreign_keys()) {
    const TableProfiler* p = find_profiler(profilers, fk.table);
    if (!p) continue;
    int column = -1;
    for (size_t c = 0; c < p->columns().size(); ++c)
      if (p->columns()[c].name == fk.column && p->columns()[c].keep_values) column = static_cast<int>(c);
    const ColumnStats* stats = find_stats(R.report, fk.table, fk.column);
    if (column < 0 || !stats) continue;
    const std::string table(fk.table), col(fk.column), parent(fk.parent_table), parent_col(fk.parent_column);
    const TableProfiler* parent_profile = find_profiler(profilers, fk.parent_table);
    auto orphans = missing_parents(R.db, p->values(column), parent, parent_col,
                                   parent_profile ? parent_profile->rows() : INT64_MAX, parent_sets);
    if (!orphans) return orphans.take_error();
    int64_t failures = 0;
    const std::string where = col + " NOT IN (SELECT " + parent_col + " FROM " + parent + ")";
    if (!orphans->empty()) {
      auto n = R.db.query_int("SELECT count(*) FROM " + table + " WHERE " + where);
      if (!n) return n.take_error();
      failures = *n;
    }
    RuleResult& r = R.add("orphan_key", table, col, Severity::kError,
                          col + " has no row in " + parent + " (" + parent_col + ")", stats->rows - stats->nulls, failures);
    if (failures > 0)
      if (auto st = R.query_examples(r, "SELECT " + surrogate_of(*p) + ", '" + col + " = ' || " + col + " || ' not in " +
                                            parent + "' FROM " + table + " WHERE " + where + " ORDER BY 1");
          !st)
        return st;
  }
  return ok_status();
}

// fact_sales' natural key (order_key, line_number) has no index: checked in
// the pass over it, an order at a time. Orders whose lines are not together
// (damaged data) are checked again from a second pass over their lines.
Status order_line_rules(Rules& R, const SalesChecks& sales, const std::string& columns) {
  FlatSet64 scattered;
  for (int64_t o : sales.scattered_orders) scattered.insert(static_cast<uint64_t>(o));
  std::vector<int64_t> duplicates;
  for (const auto& [order, line] : sales.duplicate_lines)
    if (!scattered.contains(static_cast<uint64_t>(order))) duplicates.push_back(line);
  if (scattered.size() > 0) {
    std::vector<std::tuple<int64_t, int64_t, int64_t>> lines;  // (order, line number, line key)
    auto st = R.db.prepare("SELECT order_key, line_number, line_key FROM fact_sales");
    if (!st) return st.take_error();
    auto each = st->each_row([&] {
      if (scattered.contains(static_cast<uint64_t>(st->column_int64(0))))
        lines.emplace_back(st->column_int64(0), st->column_int64(1), st->column_int64(2));
    });
    if (!each) return each.take_error();
    std::sort(lines.begin(), lines.end());
    for (size_t k = 0; k < lines.size();) {
      size_t end = k + 1;
      while (end < lines.size() && std::get<0>(lines[end]) == std::get<0>(lines[k]) &&
             std::get<1>(lines[end]) == std::get<1>(lines[k]))
        ++end;
      if (end - k > 1)
        for (size_t j = k; j < end; ++j) duplicates.push_back(std::get<2>(lines[j]));
      k = end;
    }
  }
  RuleResult& d = R.add("duplicate_key", "fact_sales", columns, Severity::kError, "(" + columns + ") is on more than one row",
                        sales.rows, static_cast<int64_t>(duplicates.size()));
  if (auto st = R.line_examples(d, duplicates); !st) return st;
  std::vector<int64_t> orders = sales.scattered_orders;
  std::sort(orders.begin(), orders.end());
  orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
  RuleResult& s = R.add("order_lines_scattered", "fact_sales", "order_key", Severity::kError,
                        "an order's lines are not one line_key range", sales.rows, static_cast<int64_t>(orders.size()));
  for (size_t k = 0; k < orders.size() && k < static_cast<size_t>(R.options.max_examples); ++k)
    s.examples.push_back(RuleExample{orders[k], "order_key " + std::to_string(orders[k]) + " has lines apart from each other"});
  return ok_status();
}

Status duplicate_key_rules(Rules& R, const std::vector<TableProfiler>& profilers, const SalesChecks& sales) {
  for (const NaturalKey& nk : warehouse_natural_keys()) {
    if (nk.table == "fact_sales") {
      if (auto st = order_line_rules(R, sales, std::string(nk.columns)); !st) return st;
      continue;
    }
    const TableProfiler* p = find_profiler(profilers, nk.table);
    const std::string table(nk.table), cols(nk.columns), key(nk.surrogate);
    const std::string where = table.rfind("dim_", 0) == 0 ? " WHERE " + key + " > 0" : "";
    const std::string groups = "SELECT min(" + key + ") AS k, count(*) AS n FROM " + table + where + " GROUP BY " + cols +
                               " HAVING count(*) > 1";
    auto n = R.db.query_int("SELECT coalesce(sum(n), 0) FROM (" + groups + ")");
    if (!n) return n.take_error();
    const int64_t rows = p ? p->rows() : 0;
    RuleResult& r = R.add("duplicate_key", table, cols, Severity::kError, "(" + cols + ") is on more than one row", rows, *n);
    if (*n > 0) {
      // "order_key = 5, line_number = 2": each part quoted, so NULL reads NULL.
      std::string label;
      for (const std::string& part : split_columns(cols))
        label += (label.empty() ? "" : " || ', ' || ") + std::string("'") + part + " = ' || quote(" + part + ")";
      if (auto st = R.query_examples(r, "SELECT min(" + key + "), " + label + " || ' on ' || count(*) || ' rows' FROM " +
                                            table + where + " GROUP BY " + cols + " HAVING count(*) > 1 ORDER BY 1");
          !st)
        return st;
    }
  }
  return ok_status();
}

Status load_rules(Rules& R) {
  auto loaded_rows = R.db.query_int("SELECT coalesce(sum(rows_read), 0) FROM load_audit WHERE status = 'loaded'");
  auto files = R.db.query_int("SELECT count(*) FROM load_audit");
  auto unbalanced = R.db.query_int(
      "SELECT count(*) FROM load_audit WHERE rows_read <> rows_loaded + rows_rejected + duplicates "
      "OR rows_loaded <> lines_appended + lines_already_loaded");
  auto rejected = R.db.query_int("SELECT count(*) FROM load_rejected");
  auto duplicates = R.db.query_int("SELECT coalesce(sum(duplicates), 0) FROM load_audit WHERE status = 'loaded'");
  auto returns = R.db.query_int("SELECT count(*) FROM fact_returns");
  auto unlinked = R.db.query_int("SELECT count(*) FROM fact_returns WHERE original_line_key IS NULL");
  for (auto* r : {&loaded_rows, &files, &unbalanced, &rejected, &duplicates, &returns, &unlinked})
    if (!*r) return r->take_error();
  {
    RuleResult& r = R.add("unbalanced_file", "load_audit", "", Severity::kError,
                          "rows read differ from loaded + rejected + duplicates, or loaded from appended + already loaded",
                          *files, *unbalanced);
    if (*unbalanced > 0)
      if (auto st = R.query_examples(r,
                                     "SELECT file_key, file_name || ': read ' || rows_read || ', loaded ' || rows_loaded || "
                                     "', rejected ' || rows_rejected || ', duplicates ' || duplicates FROM load_audit "
                                     "WHERE rows_read <> rows_loaded + rows_rejected + duplicates "
                                     "OR rows_loaded <> lines_appended + lines_already_loaded ORDER BY 1");
          !st)
        return st;
  }
  {
    RuleResult& r = R.add("rejected_row", "load_rejected", "", Severity::kWarning,
                          "a row the importer could not read (kept with its reason and raw text)", *loaded_rows, *rejected);
    if (*rejected > 0)
      if (auto st = R.query_examples(r,
                                     "SELECT r.rowid, a.file_name || ' line ' || r.line || ': ' || r.reason FROM "
                                     "load_rejected r JOIN load_audit a ON a.file_key = r.file_key ORDER BY r.rowid");
          !st)
        return st;
  }
  R.add("duplicate_source_row", "load_audit", "duplicates", Severity::kInfo,
        "exact duplicate source row: loaded once", *loaded_rows, *duplicates);
  RuleResult& r = R.add("unlinked_return", "fact_returns", "original_line_key", Severity::kInfo,
                        "return not linked to a sale (a guest, or the sale is older than the data)", *returns, *unlinked);
  if (*unlinked == 0) return ok_status();
  return R.line_examples_of(r, "SELECT line_key FROM fact_returns WHERE original_line_key IS NULL ORDER BY line_key");
}

}  // namespace

Status evaluate_rules(RuleGroup group, Database& db, const QualityOptions& options,
                      const std::vector<TableProfiler>& profilers, const SalesChecks& sales, QualityReport& report) {
  Rules R{db, options, report, Statement()};
  switch (group) {
    case RuleGroup::kFactSales: break;
    case RuleGroup::kOrphanKeys: return orphan_rules(R, profilers);
    case RuleGroup::kDuplicateKeys: return duplicate_key_rules(R, profilers, sales);
    case RuleGroup::kLoads: return load_rules(R);
    case RuleGroup::kCount: return ok_status();
  }
  if (options.future_reference == FutureReference::kDataLastDate) {
    std::vector<DayCount> counts;
    for (const auto& dc : sales.date_counts)
      if (dc.first > 0) counts.push_back(DayCount{day_from_date_key(dc.first), dc.second});
    report.reference_day = data_last_date(std::move(counts));
    report.reference = "the data's last date";
  } else {
    report.reference_day = options.today != 0 ? options.today : today_from_clock();
    report.reference = "today";
  }
  return fact_sales_rules(R, sales, report.reference_day);
}

}  // namespace starcart
