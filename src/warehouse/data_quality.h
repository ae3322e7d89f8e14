// The data-quality report, computed after every load over the whole
// warehouse: (1) a profile of every column of the dimension and fact tables
// (null share, distinct values, minimum, maximum); (2) rules with the rows
// checked, the rows that fail and a few example rows: non-positive prices,
// future dates, orphan keys, duplicate natural keys, outlier prices and
// quantities, unbalanced file counts. Kept as plain structs for the UI and in
// the tables dq_column_profile, dq_rule and dq_example.
//
// Steps: dq_profile.cpp (1), dq_rules.cpp (2); this file's .cpp runs them as
// a sliced job step and reads the report back from the tables.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/job.h"
#include "core/result.h"
#include "warehouse/sql_value.h"
#include "warehouse/sqlite_db.h"

namespace starcart {

// "Future" is relative to a day the user chooses.
enum class FutureReference : uint8_t {
  kToday,         // the user's calendar date (QualityOptions::today)
  kDataLastDate,  // the data's last date: the latest order date before a gap of more
                  // than 31 days after which fewer than 0.1 % of the lines lie
};

struct QualityOptions {
  FutureReference future_reference = FutureReference::kToday;
  Day today = 0;           // for kToday; 0 = the machine's clock (UTC)
  int max_examples = 5;    // example rows kept per failing rule
};

struct ColumnStats {
  std::string table;
  std::string column;
  std::string declared_type;
  int64_t rows = 0;
  int64_t nulls = 0;
  double null_share = 0;   // nulls / rows; 0 for an empty table
  int64_t distinct = 0;    // distinct non-NULL values
  SqlValue min, max;       // SQLite's ordering; NULL when every value is NULL
};

struct RuleExample {
  int64_t row_key = 0;     // the row's surrogate key in the rule's table
  std::string detail;
};

enum class Severity : uint8_t { kError, kWarning, kInfo };
const char* severity_name(Severity s);

struct RuleResult {
  std::string rule_id;     // "non_positive_price", "orphan_key", ...
  std::string table;
  std::string column;      // "" when the rule is about whole rows
  Severity severity = Severity::kWarning;
  std::string description;
  int64_t checked = 0;
  int64_t failures = 0;
  std::vector<RuleExample> examples;
};

struct QualityReport {
  Day reference_day = 0;         // "future" means after this day
  std::string reference;         // "today" or "the data's last date"
  std::vector<ColumnStats> columns;
  std::vector<RuleResult> rules;
  int64_t failing_rules() const;
};

// Today's date from the machine's clock (UTC).
Day today_from_clock();

// The data's last date for kDataLastDate, from the number of lines per date:
// the latest date before a gap of more than 31 days after which fewer than
// 0.1 % of the lines lie (typo dates such as 2099); the latest date when there
// is no such gap; 0 when there are no dates.
struct DayCount {
  Day day;
  int64_t lines;
};
Day data_last_date(std::vector<DayCount> counts);

// Computes the report over the warehouse in `db` and replaces the dq_ tables,
// a slice at a time (the page stays responsive while a million lines are
// profiled).
class QualityStep {
 public:
  QualityStep(Database& db, QualityOptions options);
  ~QualityStep();
  // true when the report is computed and stored.
  Result<bool> step(const StepClock& clock);
  const QualityReport& report() const;
  int64_t rows_done() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Runs the whole computation at once (tests, CLI).
Result<QualityReport> compute_quality_report(Database& db, QualityOptions options = {});

// Reads the last stored report from the dq_ tables (schema browser, UI).
Result<QualityReport> read_quality_report(Database& db);

}  // namespace starcart
