#include "warehouse/marts.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/money.h"
#include "warehouse/dim_load.h"
#include "warehouse/flat_set.h"
#include "warehouse/row_buffer.h"

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

std::string iso_or_empty(Day d) { return d == kNullDay ? std::string() : format_iso_date(d); }

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
  uint64_t last_month_key = UINT64_MAX;
  uint32_t last_month_slot = 0;
  int64_t cached_date_key = -1;
  Day cached_day = kNullDay;

  RowBuffer customer_rows{16}, day_rows{10}, month_rows{7}, product_rows{12};
  std::vector<BulkInsert> inserts;
  size_t insert_index = 0;

  Status start();
  void add(int64_t order, int64_t dkey, int64_t customer, int64_t product, int64_t quantity, Money value, char kind);
  Result<bool> scan_some(const StepClock& clock);
  Status names();
  Status prepare_writes();
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
  if (customer != 0 && product_customers.insert(pack(customer, product))) ++p.customers;
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
  return true;
}

// (2) Names from the dimensions, and the rows of every mart.
Status MartStep::State::names() {
  {
    auto st = db.prepare(
        "SELECT customer_key, customer_id, country FROM dim_customer WHERE is_current = 1 AND customer_key > 0 "
        "ORDER BY customer_key");
    if (!st) return st.take_error();
    auto each = st->each_row([&] {
      const int64_t key = st->column_int64(0);
      if (key >= static_cast<int64_t>(customers.size())) return;
      const CustomerAgg& c = customers[static_cast<size_t>(key)];
      if (c.orders == 0 || c.first == kNullDay) return;
      customer_rows.integer(key).text(st->column_text(1)).text_or_null(st->column_text(2));
      customer_rows.text(format_month_key(month_index(c.first))).text(format_iso_date(c.first)).text(format_iso_date(c.last));
      customer_rows.integer(c.orders).integer(c.items).integer(c.units).integer(c.revenue).integer(c.returns);
      customer_rows.integer(c.revenue - c.returns).integer(div_round(c.revenue, c.orders));
      customer_rows.integer(last_sale_day - c.last).integer(c.last - c.first).integer(c.active_months);
      if (c.first >= first_day && c.first <= last_day) ++days[static_cast<size_t>(c.first - first_day)].new_customers;
    });
    if (!each) return each.take_error();
  }
  for (size_t d = 0; d < days.size(); ++d) {
    const DayAgg& a = days[d];
    const Day day = first_day + static_cast<Day>(d);
    day_rows.integer(date_key(day)).text(format_iso_date(day)).integer(a.orders).integer(a.items).integer(a.units);
    day_rows.integer(a.revenue).integer(a.returns).integer(a.revenue - a.returns).integer(a.customers).integer(a.new_customers);
  }
  std::sort(months.begin(), months.end(), [](const CustomerMonth& a, const CustomerMonth& b) {
    return a.customer != b.customer ? a.customer < b.customer : a.month < b.month;
  });
  for (const CustomerMonth& cm : months) {
    const MonthIndex cohort = month_index(customers[static_cast<size_t>(cm.customer)].first);
    month_rows.integer(cm.customer).text(format_month_key(cm.month)).text(format_month_key(cohort));
    month_rows.integer(cm.month - cohort).integer(cm.orders).integer(cm.units).integer(cm.revenue);
  }
  auto st = db.prepare("SELECT product_key, sku, name, category FROM dim_product WHERE product_key > 0 ORDER BY product_key");
  if (!st) return st.take_error();
  return st->each_row([&] {
    const int64_t key = st->column_int64(0);
    if (key >= static_cast<int64_t>(products.size()) || !products[static_cast<size_t>(key)].seen) return;
    const ProductAgg& p = products[static_cast<size_t>(key)];
    product_rows.integer(key).text(st->column_text(1)).text_or_null(st->column_text(2)).text_or_null(st->column_text(3));
    product_rows.integer(p.orders).integer(p.customers).integer(p.units).integer(p.revenue);
    product_rows.integer(p.return_units).integer(p.return_value).text_or_null(iso_or_empty(p.first)).text_or_null(iso_or_empty(p.last));
  });
}

// (3) Replacing the marts.
Status MartStep::State::prepare_writes() {
  if (auto s = db.exec("DELETE FROM mart_customer; DELETE FROM mart_daily_sales; DELETE FROM mart_customer_month;"
                       "DELETE FROM mart_product;");
      !s)
    return s;
  struct Target {
    const char* table;
    std::vector<std::string> columns;
    const RowBuffer* rows;
  };
  const Target targets[] = {
      {"mart_customer",
       {"customer_key", "customer_id", "country", "cohort_month", "first_order_date", "last_order_date", "orders", "items",
        "units", "revenue_e4", "return_value_e4", "net_revenue_e4", "aov_e4", "recency_days", "tenure_days",
        "active_months"},
       &customer_rows},
      {"mart_daily_sales",
       {"date_key", "date", "orders", "items", "units", "revenue_e4", "return_value_e4", "net_revenue_e4", "customers",
        "new_customers"},
       &day_rows},
      {"mart_customer_month",
       {"customer_key", "month_key", "cohort_month", "months_since_first", "orders", "units", "revenue_e4"},
       &month_rows},
      {"mart_product",
       {"product_key", "sku", "name", "category", "orders", "customers", "units", "revenue_e4", "return_units",
        "return_value_e4", "first_sold_date", "last_sold_date"},
       &product_rows},
  };
  for (const Target& t : targets) {
    auto b = BulkInsert::create(db, t.table, t.columns, *t.rows);
    if (!b) return b.take_error();
    inserts.push_back(std::move(*b));
  }
  return ok_status();
}

Result<bool> MartStep::State::write_some(const StepClock& clock) {
  while (insert_index < inserts.size()) {
    auto done = inserts[insert_index].insert_some(clock);
    if (!done) return done.take_error();
    if (!*done) return false;
    inserts[insert_index] = BulkInsert();  // unregisters its source
    ++insert_index;
    if (clock.expired() && insert_index < inserts.size()) return false;
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
