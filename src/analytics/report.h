// The one result model (DESIGN 7): every analysis result for a filter, as
// plain structs. The CLI prints it as JSON, the page exposes the same JSON as
// window.starcart, and the UI draws the same structs.
#pragma once

#include <string>
#include <vector>

#include "analytics/filter.h"
#include "analytics/kpis.h"
#include "analytics/trends.h"
#include "warehouse/fact_store.h"

namespace starcart {

inline constexpr const char* kReportSchema = "starcart.report/1";

struct InputSummary {
  struct File {
    std::string name;
    std::string layout;
    std::string encoding;
    int64_t bytes = 0;
    uint64_t fingerprint = 0;
    LoadCounts counts;
  };
  std::vector<File> files;
  LoadCounts totals;
  int64_t excluded = 0;  // lines loaded but in no figure (price ≤ 0 or quantity 0)
};

struct Report {
  InputSummary input;
  Filter filter;
  Kpis kpis;
  Kpis previous_kpis;  // the period of equal length before the filter's
  std::vector<MonthPoint> monthly;
};

InputSummary summarize_input(const FactStore& store);
Report compute_report(const FactStore& store, const Filter& filter);

// The documented JSON form (docs/report-json.md), schema starcart.report/1.
std::string report_to_json(const Report& report, bool pretty = true);

class JsonWriter;
// The filter as a JSON object (report, page snapshot and share state).
void write_filter_json(JsonWriter& w, const Filter& filter);
// The report's fields into an object the caller has opened (the page's
// snapshot adds its view fields beside them).
void write_report_fields(JsonWriter& w, const Report& report);

}  // namespace starcart
