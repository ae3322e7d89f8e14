#include "warehouse/star_schema.h"

#include <algorithm>

namespace starcart {

namespace {

constexpr const char* kDdl = R"sql(
-- Every dimension has a dense surrogate key and an 'unknown' member with key 0
-- that facts point to when a reference is missing (guest lines, no country).
CREATE TABLE dim_date (
  date_key     INTEGER PRIMARY KEY,  -- yyyymmdd; 0 = unknown
  date         TEXT,                 -- ISO 8601, as written in the export (local date)
  year         INTEGER,
  quarter      INTEGER,
  month        INTEGER,
  iso_year     INTEGER,
  iso_week     INTEGER,
  day_of_week  INTEGER,              -- 1 = Monday ... 7 = Sunday
  is_weekend   INTEGER,
  month_name   TEXT
);
CREATE TABLE dim_customer (
  customer_key     INTEGER PRIMARY KEY,  -- 0 = guest / unknown
  customer_id      TEXT,
  country          TEXT,                 -- of the customer's first sale
  first_order_date TEXT,
  last_order_date  TEXT,
  cohort_month     TEXT                  -- YYYY-MM of the first sale
);
CREATE TABLE dim_product (
  product_key INTEGER PRIMARY KEY,  -- 0 = unknown
  sku         TEXT,                 -- upper-cased: 85123a and 85123A are one product
  name        TEXT,                 -- the most frequent description
  category    TEXT
);
CREATE TABLE dim_geography (
  geography_key INTEGER PRIMARY KEY,  -- 0 = unknown
  country       TEXT
);
CREATE TABLE dim_channel (
  channel_key INTEGER PRIMARY KEY,  -- 0 = unknown
  channel     TEXT
);
CREATE TABLE dim_payment (
  payment_key  INTEGER PRIMARY KEY,  -- 0 = unknown
  payment_type TEXT
);
-- One row per order line. Money is exact: integers at 1/10,000 of the
-- currency (the _e4 suffix). line_revenue_e4 is q x p - discount for a sale and
-- the returned value |q x p| for a return; excluded lines are kept but count
-- in no figure (docs/metrics.md).
CREATE TABLE fact_sales (
  line_key        INTEGER PRIMARY KEY,
  order_id        TEXT    NOT NULL,
  line_number     INTEGER NOT NULL,
  date_key        INTEGER NOT NULL REFERENCES dim_date(date_key),
  time_of_day     INTEGER,          -- seconds since midnight, NULL when not written
  customer_key    INTEGER NOT NULL REFERENCES dim_customer(customer_key),
  product_key     INTEGER NOT NULL REFERENCES dim_product(product_key),
  geography_key   INTEGER NOT NULL REFERENCES dim_geography(geography_key),
  channel_key     INTEGER NOT NULL REFERENCES dim_channel(channel_key),
  payment_key     INTEGER NOT NULL REFERENCES dim_payment(payment_key),
  quantity        INTEGER NOT NULL,
  unit_price_e4   INTEGER NOT NULL,
  discount_e4     INTEGER NOT NULL,
  line_revenue_e4 INTEGER NOT NULL,
  line_kind       TEXT    NOT NULL CHECK (line_kind IN ('sale', 'return', 'excluded')),
  source_file     TEXT,
  source_line     INTEGER
);
CREATE VIEW sales AS
  SELECT f.line_key, f.order_id, d.date, c.customer_id, p.sku, p.name AS product, p.category,
         g.country, ch.channel, pm.payment_type, f.quantity,
         f.unit_price_e4 / 10000.0 AS unit_price, f.line_revenue_e4 / 10000.0 AS line_revenue,
         f.line_kind
  FROM fact_sales f
  JOIN dim_date d USING (date_key)
  JOIN dim_customer c USING (customer_key)
  JOIN dim_product p USING (product_key)
  JOIN dim_geography g USING (geography_key)
  JOIN dim_channel ch USING (channel_key)
  JOIN dim_payment pm USING (payment_key);
)sql";

const char* kind_name(LineKind k) {
  switch (k) {
    case LineKind::kSale: return "sale";
    case LineKind::kReturn: return "return";
    case LineKind::kExcluded: return "excluded";
  }
  return "excluded";
}

// Inserts (key, text) rows for a dictionary; key 0 is the unknown member.
Status insert_dictionary(Database& db, const char* table, const Dictionary& dict, const char* unknown) {
  auto st = db.prepare(std::string("INSERT INTO ") + table + " VALUES (?, ?)");
  if (!st) return st.take_error();
  for (uint32_t id = 0; id < dict.size(); ++id) {
    st->bind_int64(1, id);
    if (id == 0) st->bind_text(2, unknown);
    else st->bind_text(2, dict.at(id));
    auto r = st->step();
    if (!r) return r.take_error();
    st->reset();
  }
  return ok_status();
}

}  // namespace

const char* star_schema_ddl() { return kDdl; }

int32_t date_key(Day d) {
  CivilDate c = civil_from_days(d);
  return c.year * 10000 + c.month * 100 + c.day;
}

StarSchemaJob::StarSchemaJob(const FactStore& store, Database& db) : store_(store), db_(db) {}

Status StarSchemaJob::create() {
  if (auto s = db_.exec("BEGIN"); !s) return s;
  return db_.exec(kDdl);
}

Status StarSchemaJob::dimensions() {
  const FactStore& s = store_;
  // dim_date: every day of the data's range, plus the unknown member.
  {
    auto st = db_.prepare("INSERT INTO dim_date VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!st) return st.take_error();
    st->bind_int64(1, 0);
    st->bind_text(2, "unknown");
    if (auto r = st->step(); !r) return r.take_error();
    st->reset();
    if (!s.day.empty()) {
      auto [lo, hi] = std::minmax_element(s.day.begin(), s.day.end());
      for (Day d = *lo; d <= *hi; ++d) {
        CivilDate c = civil_from_days(d);
        IsoWeek w = iso_week(d);
        int wd = iso_weekday(d);
        st->bind_int64(1, date_key(d));
        st->bind_text(2, format_iso_date(d));
        st->bind_int64(3, c.year);
        st->bind_int64(4, (c.month - 1) / 3 + 1);
        st->bind_int64(5, c.month);
        st->bind_int64(6, w.year);
        st->bind_int64(7, w.week);
        st->bind_int64(8, wd + 1);
        st->bind_int64(9, wd >= 5 ? 1 : 0);
        st->bind_text(10, month_short_name(c.month));
        if (auto r = st->step(); !r) return r.take_error();
        st->reset();
      }
    }
  }
  // dim_customer: first and last sale, cohort month, country of the first sale.
  {
    const size_t n = s.customers.size();
    std::vector<Day> first(n, INT32_MAX), last(n, INT32_MIN);
    std::vector<uint32_t> country(n, 0);
    for (size_t i = 0; i < s.lines(); ++i) {
      if (s.kind[i] != LineKind::kSale) continue;
      uint32_t c = s.customer[i];
      if (s.day[i] < first[c]) {
        first[c] = s.day[i];
        country[c] = s.country[i];
      }
      last[c] = std::max(last[c], s.day[i]);
    }
    auto st = db_.prepare("INSERT INTO dim_customer VALUES (?,?,?,?,?,?)");
    if (!st) return st.take_error();
    for (uint32_t c = 0; c < n; ++c) {
      st->bind_int64(1, c);
      st->bind_text(2, c == 0 ? std::string_view("(guest)") : s.customers.at(c));
      if (c != 0 && first[c] != INT32_MAX) {
        st->bind_text(3, s.countries.at(country[c]));
        st->bind_text(4, format_iso_date(first[c]));
        st->bind_text(5, format_iso_date(last[c]));
        st->bind_text(6, format_month_key(month_index(first[c])));
      }
      if (auto r = st->step(); !r) return r.take_error();
      st->reset();
    }
  }
  // dim_product.
  {
    auto st = db_.prepare("INSERT INTO dim_product VALUES (?,?,?,?)");
    if (!st) return st.take_error();
    for (uint32_t p = 0; p < s.products.size(); ++p) {
      st->bind_int64(1, p);
      st->bind_text(2, p == 0 ? std::string_view("unknown") : s.products.at(p));
      if (p < s.product_name.size() && s.product_name[p] != 0) st->bind_text(3, s.product_names.at(s.product_name[p]));
      if (p < s.product_category.size() && s.product_category[p] != 0)
        st->bind_text(4, s.categories.at(s.product_category[p]));
      if (auto r = st->step(); !r) return r.take_error();
      st->reset();
    }
  }
  if (auto st = insert_dictionary(db_, "dim_geography", s.countries, "unknown"); !st) return st;
  if (auto st = insert_dictionary(db_, "dim_channel", s.channels, "unknown"); !st) return st;
  if (auto st = insert_dictionary(db_, "dim_payment", s.payment_types, "unknown"); !st) return st;

  // Line numbers within each order, in load order.
  std::vector<uint32_t> seen(s.orders.size(), 0);
  line_number_.resize(s.lines());
  for (size_t i = 0; i < s.lines(); ++i) line_number_[i] = ++seen[s.order[i]];

  auto st = db_.prepare("INSERT INTO fact_sales VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  if (!st) return st.take_error();
  insert_fact_ = std::move(*st);
  return ok_status();
}

Result<bool> StarSchemaJob::facts(const StepClock& clock) {
  const FactStore& s = store_;
  Statement& st = insert_fact_;
  for (; next_line_ < s.lines(); ++next_line_) {
    if ((next_line_ & 255) == 0 && next_line_ != 0 && clock.expired()) return false;
    const size_t i = next_line_;
    st.bind_int64(1, static_cast<int64_t>(i) + 1);
    st.bind_text(2, s.orders.at(s.order[i]));
    st.bind_int64(3, line_number_[i]);
    st.bind_int64(4, date_key(s.day[i]));
    if (s.second[i] >= 0) st.bind_int64(5, s.second[i]);
    else st.bind_null(5);
    st.bind_int64(6, s.customer[i]);
    st.bind_int64(7, s.product[i]);
    st.bind_int64(8, s.country[i]);
    st.bind_int64(9, s.channel[i]);
    st.bind_int64(10, s.payment[i]);
    st.bind_int64(11, s.quantity[i]);
    st.bind_int64(12, s.unit_price[i]);
    st.bind_int64(13, s.discount[i]);
    st.bind_int64(14, s.value[i]);
    st.bind_text(15, kind_name(s.kind[i]));
    st.bind_text(16, s.files[s.source_file[i]].name);
    st.bind_int64(17, s.source_line[i]);
    auto r = st.step();
    if (!r) return r.take_error();
    st.reset();
  }
  return true;
}

Status StarSchemaJob::indexes() {
  return db_.exec(
      "CREATE INDEX idx_fact_sales_date ON fact_sales(date_key);"
      "CREATE INDEX idx_fact_sales_customer ON fact_sales(customer_key);"
      "CREATE INDEX idx_fact_sales_product ON fact_sales(product_key);"
      "CREATE INDEX idx_fact_sales_order ON fact_sales(order_id);");
}

StepState StarSchemaJob::step(double budget_ms) {
  StepClock clock(budget_ms);
  auto fail = [&](Error e) {
    error_ = std::move(e);
    static_cast<void>(db_.exec("ROLLBACK"));  // best effort: the error that matters is e
    return StepState::kFailed;
  };
  while (phase_ != Phase::kDone) {
    if (cancelled_) return fail(make_error(ErrorCode::kCancelled, "building the SQLite tables was cancelled"));
    switch (phase_) {
      case Phase::kCreate:
        if (auto s = create(); !s) return fail(s.take_error());
        phase_ = Phase::kDimensions;
        break;
      case Phase::kDimensions:
        if (auto s = dimensions(); !s) return fail(s.take_error());
        phase_ = Phase::kFacts;
        break;
      case Phase::kFacts: {
        auto done = facts(clock);
        if (!done) return fail(done.take_error());
        if (!*done) return StepState::kRunning;
        insert_fact_ = Statement();
        phase_ = Phase::kIndexes;
        break;
      }
      case Phase::kIndexes:
        if (auto s = indexes(); !s) return fail(s.take_error());
        phase_ = Phase::kCommit;
        break;
      case Phase::kCommit:
        if (auto s = db_.exec("COMMIT"); !s) return fail(s.take_error());
        phase_ = Phase::kDone;
        break;
      case Phase::kDone: break;
    }
    if (phase_ != Phase::kDone && clock.expired()) return StepState::kRunning;
  }
  return StepState::kDone;
}

Progress StarSchemaJob::progress() const {
  Progress p;
  p.stage = "Building SQLite tables";
  p.done = static_cast<int64_t>(next_line_);
  p.total = static_cast<int64_t>(store_.lines());
  p.rows = p.done;
  return p;
}

}  // namespace starcart
