#include "warehouse/marts.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/money.h"
#include "warehouse/dim_load.h"
#include "warehouse/flat_set.h"
#include "warehouse/sqlite_bulk.h"

namespace starcart {

namespace {

// last_order: rows arrive in order-key order, so an order counts once per
// aggregate when it differs from the last one counted there.
struct CustomerAgg {
  int64_t last_order = -1;
  int64_t orders = 0, items = 0, units = 0, active_months = 0;
  Money revenue = 0, returns = 0;
  Day first = kNullDay, last = kNullDay;
};
struct DayAgg {
  int64_t last_order = -1;
  int64_t orders = 0, items = 0, units = 0, customers = 0, new_customers = 0;
  Money revenue = 0, returns = 0;
};
struct ProductAgg {
  bool seen = false;
  int64_t last_order = -1;
  int64_t orders = 0, customers = 0, units = 0, return_units = 0;
  Money revenue = 0, return_value = 0;
  Day first = kNullDay, last = kNullDay;
};
struct CustomerMonth {
  int64_t customer = 0;
  MonthIndex month = 0;
  int64_t last_order = -1;
  int64_t orders = 0, units = 0;
  Money revenue = 0;
};

uint64_t pack(int64_t hi, int64_t lo) { return (static_cast<uint64_t>(hi) << 32) | static_cast<uint32_t>(lo); }

template <class T>
T& grow_to(std::vector<T>& v, int64_t index) {
  if (static_cast<size_t>(index) >= v.size()) v.resize(static_cast<size_t>(index) + 1);
  return v[static_cast<size_t>(index)];
}

// A customer or product with the text columns of its mart row (in an arena).
struct Named {
  int64_t key = 0;
  uint32_t offset[3] = {0, 0, 0}, length[3] = {0, 0, 0};
};

// Rows written straight from the sums (no copy of them as cells first: at
// 1M lines the marts as RowBuffer cells took ~40 MB on top of the database).
class RowsOf final : public RowSource {
 public:
  RowsOf(int64_t count, std::function<void(int64_t, RowWriter&)> row) : count_(count), row_(std::move(row)) {}
  int64_t row_count() const override { return count_; }
  void row(int64_t row, RowWriter& out) const override { row_(row, out); }

 private:
  int64_t count_;
  std::function<void(int64_t, RowWriter&)> row_;
};

template <class T>
void release(T& v) {
  T().swap(v);
}

}  // namespace

struct MartStep::State {
  explicit State(Database& d) : db(d) {}
  Database& db;
  enum class Phase { kStart, kScan, kNames, kPrepare, kWrite, kDone } phase = Phase::kStart;
  Statement scan;
  int64_t scanned = 0;
  Day first_day = 0, last_day = -1;  // dim_date's range
  Day last_sale_day = kNullDay;

  std::vector<CustomerAgg> customers;
  std::vector<DayAgg> days;
  std::vector<ProductAgg> products;
  std::unordered_map<uint64_t, uint32_t> month_slot;  // (customer, month) -> index in months
  std::vector<CustomerMonth> months;
  FlatSet64 day_customers, product_customers;
  // Distinct customers per product as one bit per (product, customer) when
  // the keys are dense enough (1M demo lines: 801 x 38,695 keys, 4 MB; the
  // set took 17 MB for its 705,286 pairs and 25 MB while growing); pairs
  // beyond the grid go to the set.
  std::vector<uint64_t> pair_bits;
  int64_t grid_customers = 0, grid_products = 0;
  bool first_product_customer(int64_t customer, int64_t product) {
    if (customer >= 0 && customer < grid_customers && product >= 0 && product < grid_products) {
      const uint64_t i = static_cast<uint64_t>(product) * static_cast<uint64_t>(grid_customers) + static_cast<uint64_t>(customer);
      uint64_t& word = pair_bits[i / 64];
      const uint64_t bit = uint64_t{1} << (i % 64);
      if (word & bit) return false;
      word |= bit;
      return true;
    }
    return product_customers.insert(pack(customer, product));
  }
  uint64_t last_month_key = UINT64_MAX;
  uint32_t last_month_slot = 0;
  int64_t cached_date_key = -1;
  Day cached_day = kNullDay;

  // Names of customers and products, and labels of days and months, each
  // formatted once: SQLite reads the text in place while a row is inserted.
  // Labels sit in node-based maps, so adding one moves no other.
  std::vector<Named> named_customers, named_products;
  std::string arena;
  std::unordered_map<Day, std::string> day_label;
  std::unordered_map<MonthIndex, std::string> month_label;
  const std::string& iso(Day d) {
    auto it = day_label.find(d);
    if (it == day_label.end()) it = day_label.emplace(d, d == kNullDay ? std::string() : format_iso_date(d)).first;
    return it->second;
  }
  const std::string& month_key(MonthIndex m) {
    auto it = month_label.find(m);
    if (it == month_label.end()) it = month_label.emplace(m, format_month_key(m)).first;
    return it->second;
  }
  std::string_view text(const Named& n, int k) const { return std::string_view(arena).substr(n.offset[k], n.length[k]); }
  // NULL for an empty name part or a day not known.
  void text_or_null(RowWriter& out, const Named& n, int k) const {
    if (n.length[k] == 0) out.null();
    else out.text(text(n, k));
  }
  void day_or_null(RowWriter& out, Day d) {
    if (d == kNullDay) out.null();
    else out.text(iso(d));
  }

  // The mart being written (one at a time: only its source is alive).
  int mart = 0;
  std::unique_ptr<RowSource> source;
  BulkInsert insert;
  bool insert_ready = false;

  Status start();
  void add(int64_t order, int64_t dkey, int64_t customer, int64_t product, int64_t quantity, Money value, char kind);
  Result<bool> scan_some(const StepClock& clock);
  Status names();
  Status read_names(const char* sql, int texts, const std::function<bool(int64_t)>& wanted, std::vector<Named>& out);
  Status prepare_writes();
  Status open_mart();
  Result<bool> write_some(const StepClock& clock);
};

// (1) Reading the facts.
Status MartStep::State::start() {
  auto st = db.prepare("SELECT min(date_key), max(date_key) FROM dim_date WHERE date_key > 0");
  if (!st) return st.take_error();
  if (auto r = st->step(); !r) return r.take_error();
  if (!st->column_is_null(0)) {
    first_day = day_from_date_key(st->column_int64(0));
    last_day = day_from_date_key(st->column_int64(1));
    days.resize(static_cast<size_t>(last_day - first_day) + 1);
  }
  // The grid of (product, customer) bits when it costs at most 8 bytes a
  // line, what the set costs for half as many pairs as lines.
  {
    auto customers_max = db.query_int("SELECT coalesce(max(customer_key), 0) FROM dim_customer");
    auto products_max = db.query_int("SELECT coalesce(max(product_key), 0) FROM dim_product");
    auto lines = db.query_int("SELECT coalesce(max(line_key) - min(line_key) + 1, 0) FROM fact_sales");
    if (!customers_max) return customers_max.take_error();
    if (!products_max) return products_max.take_error();
    if (!lines) return lines.take_error();
    const double bytes = static_cast<double>(*customers_max + 1) * static_cast<double>(*products_max + 1) / 8;
    if (bytes <= 8.0 * static_cast<double>(*lines)) {
      grid_customers = *customers_max + 1;
      grid_products = *products_max + 1;
      pair_bits.assign(static_cast<size_t>(grid_customers * grid_products / 64 + 1), 0);
    }
  }
  // In line_key order an order's lines come together (every load writes them
  // as one range; data quality checks it), so "distinct orders per X" is a
  // last-seen check.
  auto s = db.prepare(
      "SELECT order_key, date_key, customer_key, product_key, quantity, line_revenue_e4, line_kind FROM fact_sales "
      "ORDER BY line_key");
  if (!s) return s.take_error();
  scan = std::move(*s);
  return ok_status();
}

void MartStep::State::add(int64_t order, int64_t dkey, int64_t customer, int64_t product, int64_t quantity, Money value,
                          char kind) {
  if (kind == 'e') return;  // excluded lines are in no figure
  if (dkey != cached_date_key) {
    cached_date_key = dkey;
    cached_day = day_from_date_key(dkey);
  }
  const Day day = cached_day;
  const bool dated = day != kNullDay && day >= first_day && day <= last_day;
  const int64_t offset = dated ? day - first_day : 0;
  ProductAgg& p = grow_to(products, product);
  p.seen = true;
  if (kind == 'r') {
    p.return_units += quantity < 0 ? -quantity : quantity;
    p.return_value += value;
    if (dated) days[static_cast<size_t>(offset)].returns += value;
    if (customer != 0) grow_to(customers, customer).returns += value;
    return;
  }
  // A sale.
  if (day != kNullDay) last_sale_day = last_sale_day == kNullDay ? day : std::max(last_sale_day, day);
  p.units += quantity;
  p.revenue += value;
  if (p.last_order != order) {
    p.last_order = order;
    ++p.orders;
  }
  if (customer != 0 && first_product_customer(customer, product)) ++p.customers;
  if (day != kNullDay) {
    p.first = p.first == kNullDay ? day : std::min(p.first, day);
    p.last = p.last == kNullDay ? day : std::max(p.last, day);
  }
  if (dated) {
    DayAgg& d = days[static_cast<size_t>(offset)];
    ++d.items;
    d.units += quantity;
    d.revenue += value;
    if (d.last_order != order) {
      d.last_order = order;
      ++d.orders;
    }
    if (customer != 0 && day_customers.insert(pack(customer, offset))) ++d.customers;
  }
  if (customer == 0) return;  // guests count in no customer analysis
  CustomerAgg& c = grow_to(customers, customer);
  ++c.items;
  c.units += quantity;
  c.revenue += value;
  if (c.last_order != order) {
    c.last_order = order;
    ++c.orders;
  }
  if (day == kNullDay) return;
  c.first = c.first == kNullDay ? day : std::min(c.first, day);
  c.last = c.last == kNullDay ? day : std::max(c.last, day);
  const uint64_t month_key = pack(customer, month_index(day));
  if (month_key != last_month_key) {  // the lines of one order share it
    auto [it, inserted] = month_slot.emplace(month_key, static_cast<uint32_t>(months.size()));
    if (inserted) {
      months.push_back(CustomerMonth{customer, month_index(day), -1, 0, 0, 0});
      ++c.active_months;
    }
    last_month_key = month_key;
    last_month_slot = it->second;
  }
  CustomerMonth& cm = months[last_month_slot];
  cm.units += quantity;
  cm.revenue += value;
  if (cm.last_order != order) {
    cm.last_order = order;
    ++cm.orders;
  }
}

Result<bool> MartStep::State::scan_some(const StepClock& clock) {
  for (int n = 0;; ++n) {
    if ((n & 1023) == 1023 && clock.expired()) return false;
    auto row = scan.step();
    if (!row) return row.take_error();
    if (!*row) break;
    const std::string_view kind = scan.column_text(6);
    add(scan.column_int64(0), scan.column_int64(1), scan.column_int64(2), scan.column_int64(3), scan.column_int64(4),
        scan.column_int64(5), kind.empty() ? 'e' : kind[0]);
    ++scanned;
  }
  scan = Statement();
  // The distinct-count sets are done with: free them before the rows are written.
  day_customers = FlatSet64();
  product_customers = FlatSet64();
  release(pair_bits);
  release(month_slot);
  return true;
}

// (2) Names from the dimensions.
Status MartStep::State::read_names(const char* sql, int texts, const std::function<bool(int64_t)>& wanted,
                                   std::vector<Named>& out) {
  auto st = db.prepare(sql);
  if (!st) return st.take_error();
  return st->each_row([&] {
    Named n;
    n.key = st->column_int64(0);
    if (!wanted(n.key)) return;
    for (int k = 0; k < texts; ++k) {
      const std::string_view t = st->column_text(k + 1);
      n.offset[k] = static_cast<uint32_t>(arena.size());
      n.length[k] = static_cast<uint32_t>(t.size());
      arena.append(t.data(), t.size());
    }
    out.push_back(n);
  });
}

Status MartStep::State::names() {
  auto s = read_names(
      "SELECT customer_key, customer_id, country FROM dim_customer WHERE is_current = 1 AND customer_key > 0 "
      "ORDER BY customer_key",
      2,
      [&](int64_t key) {
        if (key >= static_cast<int64_t>(customers.size())) return false;
        const CustomerAgg& c = customers[static_cast<size_t>(key)];
        if (c.orders == 0 || c.first == kNullDay) return false;
        if (c.first >= first_day && c.first <= last_day) ++days[static_cast<size_t>(c.first - first_day)].new_customers;
        return true;
      },
      named_customers);
  if (!s) return s;
  std::sort(months.begin(), months.end(), [](const CustomerMonth& a, const CustomerMonth& b) {
    return a.customer != b.customer ? a.customer < b.customer : a.month < b.month;
  });
  return read_names(
      "SELECT product_key, sku, name, category FROM dim_product WHERE product_key > 0 ORDER BY product_key", 3,
      [&](int64_t key) { return key < static_cast<int64_t>(products.size()) && products[static_cast<size_t>(key)].seen; },
      named_products);
}

// (3) Replacing the marts, one after the other.
Status MartStep::State::prepare_writes() {
  return db.exec("DELETE FROM mart_customer; DELETE FROM mart_daily_sales; DELETE FROM mart_customer_month;"
                 "DELETE FROM mart_product;");
}

constexpr int kMarts = 4;

// The source and bulk insert of mart number `mart`.
Status MartStep::State::open_mart() {
  const char* table = nullptr;
  std::vector<std::string> columns;
  switch (mart) {
    case 0:
      table = "mart_customer";
      columns = {"customer_key", "customer_id", "country", "cohort_month", "first_order_date", "last_order_date",
                 "orders", "items", "units", "revenue_e4", "return_value_e4", "net_revenue_e4", "aov_e4",
                 "recency_days", "tenure_days", "active_months"};
      source = std::make_unique<RowsOf>(static_cast<int64_t>(named_customers.size()), [this](int64_t row, RowWriter& out) {
        const Named& n = named_customers[static_cast<size_t>(row)];
        const CustomerAgg& c = customers[static_cast<size_t>(n.key)];
        out.integer(n.key);
        out.text(text(n, 0));
        text_or_null(out, n, 1);
        out.text(month_key(month_index(c.first)));
        out.text(iso(c.first));
        out.text(iso(c.last));
        out.integer(c.orders);
        out.integer(c.items);
        out.integer(c.units);
        out.integer(c.revenue);
        out.integer(c.returns);
        out.integer(c.revenue - c.returns);
        out.integer(div_round(c.revenue, c.orders));
        out.integer(last_sale_day - c.last);
        out.integer(c.last - c.first);
        out.integer(c.active_months);
      });
      break;
    case 1:
      table = "mart_daily_sales";
      columns = {"date_key", "date", "orders", "items", "units", "revenue_e4", "return_value_e4", "net_revenue_e4",
                 "customers", "new_customers"};
      source = std::make_unique<RowsOf>(static_cast<int64_t>(days.size()), [this](int64_t row, RowWriter& out) {
        const DayAgg& a = days[static_cast<size_t>(row)];
        const Day day = first_day + static_cast<Day>(row);
        out.integer(date_key(day));
        out.text(iso(day));
        out.integer(a.orders);
        out.integer(a.items);
        out.integer(a.units);
        out.integer(a.revenue);
        out.integer(a.returns);
        out.integer(a.revenue - a.returns);
        out.integer(a.customers);
        out.integer(a.new_customers);
      });
      break;
    case 2:
      table = "mart_customer_month";
      columns = {"customer_key", "month_key", "cohort_month", "months_since_first", "orders", "units", "revenue_e4"};
      source = std::make_unique<RowsOf>(static_cast<int64_t>(months.size()), [this](int64_t row, RowWriter& out) {
        const CustomerMonth& cm = months[static_cast<size_t>(row)];
        const MonthIndex cohort = month_index(customers[static_cast<size_t>(cm.customer)].first);
        out.integer(cm.customer);
        out.text(month_key(cm.month));
        out.text(month_key(cohort));
        out.integer(cm.month - cohort);
        out.integer(cm.orders);
        out.integer(cm.units);
        out.integer(cm.revenue);
      });
      break;
    default:
      table = "mart_product";
      columns = {"product_key", "sku", "name", "category", "orders", "customers", "units", "revenue_e4", "return_units",
                 "return_value_e4", "first_sold_date", "last_sold_date"};
      source = std::make_unique<RowsOf>(static_cast<int64_t>(named_products.size()), [this](int64_t row, RowWriter& out) {
        const Named& n = named_products[static_cast<size_t>(row)];
        const ProductAgg& p = products[static_cast<size_t>(n.key)];
        out.integer(n.key);
        out.text(text(n, 0));
        text_or_null(out, n, 1);
        text_or_null(out, n, 2);
        out.integer(p.orders);
        out.integer(p.customers);
        out.integer(p.units);
        out.integer(p.revenue);
        out.integer(p.return_units);
        out.integer(p.return_value);
        day_or_null(out, p.first);
        day_or_null(out, p.last);
      });
      break;
  }
  auto b = BulkInsert::create(db, table, columns, *source);
  if (!b) return b.take_error();
  insert = std::move(*b);
  insert_ready = true;
  return ok_status();
}

Result<bool> MartStep::State::write_some(const StepClock& clock) {
  while (mart < kMarts) {
    if (!insert_ready)
      if (auto st = open_mart(); !st) return st.take_error();
    auto done = insert.insert_some(clock);
    if (!done) return done.take_error();
    if (!*done) return false;
    insert = BulkInsert();  // unregisters its source
    insert_ready = false;
    source.reset();
    if (mart == 2) release(months);  // the largest: freed before the next is written
    ++mart;
    if (clock.expired() && mart < kMarts) return false;
  }
  return true;
}

MartStep::MartStep(Database& db) : state_(std::make_unique<State>(db)) {}
MartStep::~MartStep() = default;
int64_t MartStep::rows_scanned() const { return state_->scanned; }

Result<bool> MartStep::step(const StepClock& clock) {
  State& s = *state_;
  for (;;) {
    switch (s.phase) {
      case State::Phase::kStart:
        if (auto st = s.start(); !st) return st.take_error();
        s.phase = State::Phase::kScan;
        break;
      case State::Phase::kScan: {
        auto done = s.scan_some(clock);
        if (!done) return done.take_error();
        if (!*done) return false;
        s.phase = State::Phase::kNames;
        break;
      }
      case State::Phase::kNames:
        if (auto st = s.names(); !st) return st.take_error();
        s.phase = State::Phase::kPrepare;
        break;
      case State::Phase::kPrepare:
        if (auto st = s.prepare_writes(); !st) return st.take_error();
        s.phase = State::Phase::kWrite;
        break;
      case State::Phase::kWrite: {
        auto done = s.write_some(clock);
        if (!done) return done.take_error();
        if (!*done) return false;
        s.phase = State::Phase::kDone;
        break;
      }
      case State::Phase::kDone: return true;
    }
    if (clock.expired()) return false;
  }
}

Status rebuild_marts(Database& db) {
  MartStep step(db);
  for (;;) {
    auto done = step.step(StepClock(1e9));
    if (!done) return done.take_error();
    if (*done) return ok_status();
  }
}

}  // namespace starcart
