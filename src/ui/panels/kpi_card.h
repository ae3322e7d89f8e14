// A KPI card: label, value, and the change against the previous period with
// an arrow and a colour that says whether the change is good.
#pragma once

#include <optional>
#include <string>

#include "imgui.h"

namespace starcart {

struct KpiCardData {
  std::string label;             // "Revenue"
  std::string value;             // "£1,234,567"
  std::optional<double> change;  // relative change vs previous period; nullopt = no earlier data
  bool higher_is_better = true;
  std::string comparison;        // "vs previous 365 days"
};

void draw_kpi_card(const char* id, const KpiCardData& data, ImVec2 size);

}  // namespace starcart
