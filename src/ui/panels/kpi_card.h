// A KPI card: label, value, the change against the previous period with an
// arrow and a colour that says whether the change is good, and a sparkline
// of the metric by month.
#pragma once

#include <optional>
#include <string>

#include "imgui.h"
#include "ui/charts/sparkline.h"

namespace starcart {

struct KpiCardData {
  std::string label;             // "Revenue"
  std::string value;             // "£1,234,567"
  std::optional<double> change;  // relative change vs previous period; nullopt = no earlier data
  bool higher_is_better = true;
  std::string comparison;        // "vs previous 365 days"
  charts::SparklineSpec spark;   // by month; empty values: no sparkline
};

void draw_kpi_card(const char* id, const KpiCardData& data, ImVec2 size);

// The card's height for the current font size.
float kpi_card_height();

}  // namespace starcart
