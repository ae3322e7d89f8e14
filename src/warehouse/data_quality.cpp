#include "warehouse/data_quality.h"

#include <algorithm>
#include <ctime>

#include "warehouse/dim_load.h"
#include "warehouse/dq_profile.h"
#include "warehouse/dq_rules.h"
#include "warehouse/schema_ddl.h"
#include "core/sort_rows.h"

namespace starcart {

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

int64_t QualityReport::failing_rules() const {
  int64_t n = 0;
  for (const RuleResult& r : rules) n += r.failures > 0 ? 1 : 0;
  return n;
}

Day today_from_clock() {
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  return static_cast<Day>(now >= 0 ? now / 86400 : (now - 86399) / 86400);
}

Day data_last_date(std::vector<DayCount> counts) {
  if (counts.empty()) return 0;
  sort_rows(counts, [](const DayCount& a, const DayCount& b) { return a.day < b.day; });
  int64_t total = 0;
  for (const DayCount& c : counts) total += c.lines;
  Day last = counts.back().day;
  int64_t tail = 0;
  // From the end: while fewer than 0.1 % of the lines lie after a gap, the
  // earliest such gap ends the data.
  for (size_t i = counts.size() - 1; i > 0; --i) {
    tail += counts[i].lines;
    if (tail * 1000 >= total) break;
    if (counts[i].day - counts[i - 1].day > 31) last = counts[i - 1].day;
  }
  return last;
}

namespace {

// The tables profiled, in the order of the report.
const char* const kProfiledTables[] = {"dim_date",    "dim_geography", "dim_customer", "dim_product",  "dim_payment",
                                       "dim_channel", "fact_orders",   "fact_sales",   "fact_returns", "fact_payments"};

Result<std::vector<ProfiledColumn>> table_columns(Database& db, std::string_view table) {
  auto st = db.prepare("SELECT name, type, pk FROM pragma_table_info(?1)");
  if (!st) return st.take_error();
  st->bind_text(1, table);
  std::vector<ProfiledColumn> out;
  int pk_columns = 0;
  for (;;) {
    auto row = st->step();
    if (!row) return row.take_error();
    if (!*row) break;
    ProfiledColumn c;
    c.name = std::string(st->column_text(0));
    c.declared_type = std::string(st->column_text(1));
    c.rowid_alias = st->column_int64(2) == 1 && c.declared_type == "INTEGER";
    pk_columns += st->column_int64(2) > 0 ? 1 : 0;
    for (const ForeignKey& fk : warehouse_foreign_keys())
      if (fk.table == table && fk.column == c.name) c.keep_values = true;
    out.push_back(std::move(c));
  }
  if (pk_columns != 1)
    for (ProfiledColumn& c : out) c.rowid_alias = false;
  return out;
}

Status store_report(Database& db, const QualityReport& report) {
  if (auto s = db.exec("DELETE FROM dq_column_profile; DELETE FROM dq_rule; DELETE FROM dq_example;"); !s) return s;
  auto profile = db.prepare(
      "INSERT INTO dq_column_profile (table_name, column_name, declared_type, row_count, nulls, null_share, "
      "distinct_values, min_value, max_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  auto rule = db.prepare(
      "INSERT INTO dq_rule (rule_id, table_name, column_name, severity, description, checked, failures) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  auto example = db.prepare(
      "INSERT INTO dq_example (rule_id, table_name, column_name, example_no, row_key, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  auto meta = db.prepare(
      "INSERT OR REPLACE INTO warehouse_meta (name, value) VALUES ('dq_reference', ?1), ('dq_reference_day', ?2)");
  if (!profile) return profile.take_error();
  if (!rule) return rule.take_error();
  if (!example) return example.take_error();
  if (!meta) return meta.take_error();
  auto run = [](Statement& st) -> Status {
    auto r = st.step();
    st.reset();
    if (!r) return r.take_error();
    return ok_status();
  };
  for (const ColumnStats& p : report.columns) {
    profile->bind_text(1, p.table);
    profile->bind_text(2, p.column);
    profile->bind_text(3, p.declared_type);
    profile->bind_int64(4, p.rows);
    profile->bind_int64(5, p.nulls);
    profile->bind_double(6, p.null_share);
    profile->bind_int64(7, p.distinct);
    profile->bind_value(8, p.min);
    profile->bind_value(9, p.max);
    if (auto s = run(*profile); !s) return s;
  }
  for (const RuleResult& r : report.rules) {
    rule->bind_text(1, r.rule_id);
    rule->bind_text(2, r.table);
    rule->bind_text(3, r.column);
    rule->bind_text(4, severity_name(r.severity));
    rule->bind_text(5, r.description);
    rule->bind_int64(6, r.checked);
    rule->bind_int64(7, r.failures);
    if (auto s = run(*rule); !s) return s;
    for (size_t k = 0; k < r.examples.size(); ++k) {
      example->bind_text(1, r.rule_id);
      example->bind_text(2, r.table);
      example->bind_text(3, r.column);
      example->bind_int64(4, static_cast<int64_t>(k) + 1);
      example->bind_int64(5, r.examples[k].row_key);
      example->bind_text(6, r.examples[k].detail);
      if (auto s = run(*example); !s) return s;
    }
  }
  meta->bind_text(1, report.reference);
  meta->bind_text(2, format_iso_date(report.reference_day));
  return run(*meta);
}

}  // namespace

struct QualityStep::State {
  State(Database& d, QualityOptions o) : db(d), options(o) {}
  Database& db;
  QualityOptions options;
  size_t table = 0;
  bool scanning = false, done = false;
  Statement scan;
  std::vector<TableProfiler> profilers;
  std::unique_ptr<SalesChecks> sales;
  SalesChecks no_sales{{}};
  int64_t rows = 0;
  // After a table's scan, its columns' profiles (sorting a column's spilled
  // distinct keys, then freeing them, before the next table is read); after
  // the scans, one unit per slice at most: the pass over fact_sales, each
  // group of rules, storing.
  size_t finishing_column = 0;
  bool sales_finished = false;
  int rule_group = 0;
  QualityReport report;

  Status open_table() {
    const char* name = kProfiledTables[table];
    auto columns = table_columns(db, name);
    if (!columns) return columns.take_error();
    std::string sql = "SELECT ";
    for (size_t c = 0; c < columns->size(); ++c) sql += (c ? ", " : "") + (*columns)[c].name;
    sql += std::string(" FROM ") + name;
    // SalesChecks reads an order's lines together, in line_key order (the rowid: no sort).
    if (std::string_view(name) == "fact_sales") sql += " ORDER BY line_key";
    auto st = db.prepare(sql);
    if (!st) return st.take_error();
    scan = std::move(*st);
    if (std::string_view(name) == "fact_sales") {
      sales = std::make_unique<SalesChecks>(*columns);
      sales->keep = static_cast<size_t>(std::max(0, options.max_examples));
      // Room for every line at once (line keys are the rowid: the range is
      // read from the b-tree's ends), instead of doubling copies of ~1M lines.
      auto span = db.query_int("SELECT coalesce(max(line_key) - min(line_key) + 1, 0) FROM fact_sales");
      if (!span) return span.take_error();
      sales->reserve(static_cast<size_t>(std::max<int64_t>(0, *span)));
    }
    profilers.emplace_back(name, std::move(*columns));
    scanning = true;
    return ok_status();
  }
};

QualityStep::QualityStep(Database& db, QualityOptions options) : state_(std::make_unique<State>(db, options)) {}
QualityStep::~QualityStep() = default;
const QualityReport& QualityStep::report() const { return state_->report; }
int64_t QualityStep::rows_done() const { return state_->rows; }

Result<bool> QualityStep::step(const StepClock& clock) {
  State& s = *state_;
  if (s.done) return true;
  constexpr size_t kTables = sizeof(kProfiledTables) / sizeof(kProfiledTables[0]);
  while (s.table < kTables) {
    if (s.profilers.size() == s.table)
      if (auto st = s.open_table(); !st) return st.take_error();
    TableProfiler& p = s.profilers.back();
    if (s.scanning) {
      const bool is_sales = std::string_view(kProfiledTables[s.table]) == "fact_sales";
      for (int n = 1;; ++n) {
        auto row = s.scan.step();
        if (!row) return row.take_error();
        if (!*row) break;
        p.add_row(s.scan);
        if (is_sales) s.sales->add_row(s.scan);
        ++s.rows;
        if ((n & 1023) == 0 && clock.expired()) return false;
      }
      s.scan = Statement();
      s.scanning = false;
      s.finishing_column = 0;
      if (clock.expired()) return false;
    }
    while (s.finishing_column < p.columns().size()) {
      s.report.columns.push_back(p.finish(s.finishing_column++));
      if (clock.expired()) return false;
    }
    ++s.table;
    if (clock.expired() && s.table < kTables) return false;
  }
  SalesChecks& sales = s.sales ? *s.sales : s.no_sales;
  if (!s.sales_finished) {
    sales.finish();
    s.sales_finished = true;
    if (clock.expired()) return false;
  }
  while (s.rule_group < static_cast<int>(RuleGroup::kCount)) {
    const auto group = static_cast<RuleGroup>(s.rule_group++);
    if (auto st = evaluate_rules(group, s.db, s.options, s.profilers, sales, s.report); !st) return st.take_error();
    if (clock.expired()) return false;
  }
  if (auto st = store_report(s.db, s.report); !st) return st.take_error();
  s.done = true;
  return true;
}

Result<QualityReport> compute_quality_report(Database& db, QualityOptions options) {
  QualityStep step(db, options);
  for (;;) {
    auto done = step.step(StepClock(1e9));
    if (!done) return done.take_error();
    if (*done) return step.report();
  }
}

Result<QualityReport> read_quality_report(Database& db) {
  QualityReport report;
  {
    auto st = db.prepare(
        "SELECT (SELECT value FROM warehouse_meta WHERE name = 'dq_reference'), "
        "(SELECT CAST(replace(value, '-', '') AS INTEGER) FROM warehouse_meta WHERE name = 'dq_reference_day')");
    if (!st) return st.take_error();
    if (auto r = st->step(); !r) return r.take_error();
    report.reference = std::string(st->column_text(0));
    report.reference_day = st->column_is_null(1) ? 0 : day_from_date_key(st->column_int64(1));
  }
  {
    auto st = db.prepare(
        "SELECT table_name, column_name, declared_type, row_count, nulls, null_share, distinct_values, min_value, "
        "max_value FROM dq_column_profile ORDER BY rowid");
    if (!st) return st.take_error();
    auto each = st->each_row([&] {
      ColumnStats p;
      p.table = std::string(st->column_text(0));
      p.column = std::string(st->column_text(1));
      p.declared_type = std::string(st->column_text(2));
      p.rows = st->column_int64(3);
      p.nulls = st->column_int64(4);
      p.null_share = st->column_double(5);
      p.distinct = st->column_int64(6);
      p.min = st->column_value(7);
      p.max = st->column_value(8);
      report.columns.push_back(std::move(p));
    });
    if (!each) return each.take_error();
  }
  auto st = db.prepare(
      "SELECT r.rule_id, r.table_name, r.column_name, r.severity, r.description, r.checked, r.failures, e.row_key, "
      "e.detail FROM dq_rule r LEFT JOIN dq_example e USING (rule_id, table_name, column_name) "
      "ORDER BY r.rowid, e.example_no");
  if (!st) return st.take_error();
  auto each = st->each_row([&] {
    const std::string id(st->column_text(0)), table(st->column_text(1)), column(st->column_text(2));
    if (report.rules.empty() || report.rules.back().rule_id != id || report.rules.back().table != table ||
        report.rules.back().column != column) {
      RuleResult r;
      r.rule_id = id;
      r.table = table;
      r.column = column;
      const std::string_view sev = st->column_text(3);
      r.severity = sev == "error" ? Severity::kError : sev == "warning" ? Severity::kWarning : Severity::kInfo;
      r.description = std::string(st->column_text(4));
      r.checked = st->column_int64(5);
      r.failures = st->column_int64(6);
      report.rules.push_back(std::move(r));
    }
    if (!st->column_is_null(8))
      report.rules.back().examples.push_back(RuleExample{st->column_int64(7), std::string(st->column_text(8))});
  });
  if (!each) return each.take_error();
  return report;
}

}  // namespace starcart
