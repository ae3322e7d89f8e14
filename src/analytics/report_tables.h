// The report as named tables (issue 8): the same figures as the JSON report,
// laid out for people. One source for the executive HTML report, the
// "Figures as CSV" downloads and a chart's data CSV (a card whose id is a
// table's key). Each cell carries its display text (core/format.h) and its
// raw form for CSV (money as "1234.50", shares as "0.1234").
#pragma once

#include <string>
#include <vector>

#include "analytics/report.h"

namespace starcart {

struct ReportCell {
  std::string text;  // as shown: "$1,234", "12.3%"
  std::string raw;   // for CSV: "1234.00", "0.1230"
  bool number = false;
};

struct ReportTable {
  std::string key;      // "trend", "segments", ... (file names, chart cards)
  std::string title;    // "Revenue and orders by month"
  std::string caption;  // one sentence saying what is counted
  std::vector<std::string> columns;
  std::vector<std::vector<ReportCell>> rows;
};

// Keys: kpis, trend, segments, top_products, categories, countries,
// payments, returned_products, suppliers, experiment, funnel, inventory,
// delivery_months, delivery_states, marketing_channels, marketing_campaigns,
// marketing_unknown_spend, files. Empty sections are left out (no
// payment types in the data: no payments table).
std::vector<ReportTable> report_tables(const Report& report, const std::string& currency);
// Keys comparison, contributions and insights (issue 11; report_tables_compare.cpp).
void add_compare_tables(std::vector<ReportTable>& out, const Report& report, const std::string& currency);
// Keys forecast, seasonality, clv_models, clv_holdout, churn, basket_pairs
// when the report computed its predictive sections and they fitted
// (report_tables_predictive.cpp).
void add_predictive_tables(std::vector<ReportTable>& out, const Report& report, const std::string& currency);
// The table of that key, or nullptr.
const ReportTable* find_table(const std::vector<ReportTable>& tables, const std::string& key);

// RFC 4180 CSV of the raw values with a header row (warehouse/csv_export.h rules).
std::string report_table_csv(const ReportTable& table);

}  // namespace starcart
