// The executive report (issue 8): one self-contained HTML page with the
// report's figures: KPIs, the monthly trend and the segment and category
// charts as inline SVG (each with a text alternative and its numbers in a
// table), the segment, product, country and payment tables, the data-quality
// summary and the filter in force. Semantic tables (caption, th scope), no
// script, no external resource; prints on A4. Also the accessible way to
// read the results: the dashboard is drawn on a canvas.
#pragma once

#include <string>
#include <vector>

#include "analytics/report.h"

namespace starcart {

struct ReportHtmlOptions {
  std::string title;                      // the dataset: "shop.csv", "Demo shop"
  std::string currency;                   // symbol for money ("" when the data does not say)
  std::vector<std::string> filter_chips;  // the filter as the page's chips show it; empty: derived from the filter
  bool masked = false;                    // say that customer data is masked
  std::string generated;                  // "2026-11-23 06:00 UTC" (the caller's clock); "" to leave out
};

std::string report_html(const Report& report, const ReportHtmlOptions& options);

// Text with &, <, >, " escaped.
std::string html_escape(std::string_view text);

}  // namespace starcart
