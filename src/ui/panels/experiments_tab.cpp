#include "ui/panels/experiments_tab.h"

#include <imgui.h>

#include <algorithm>

#include "core/format.h"
#include "ui/charts/canvas.h"
#include "ui/panels/card.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

std::string rate_range(const std::optional<ab::Interval>& ci) {
  return ci ? format_percent(ci->low, 1) + " to " + format_percent(ci->high, 1) : std::string("-");
}

std::string value_text(AbMetric m, double v, const std::string& currency) {
  if (m == AbMetric::kConversion) return format_percent(v, 1);
  return currency + format_fixed(v, 2);
}

std::string diff_text(AbMetric m, double v, const std::string& currency) {
  const std::string sign = v > 0 ? "+" : v < 0 ? "-" : "";
  const double a = v < 0 ? -v : v;
  if (m == AbMetric::kConversion) return sign + format_fixed(a * 100, 1) + " pp";
  return sign + currency + format_fixed(a, 2);
}

}  // namespace

void draw_experiments_tab(const AbTest& t, const std::string& currency) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  const float w = ImGui::GetContentRegionAvail().x;
  const float line = ImGui::GetTextLineHeightWithSpacing();
  begin_card("ab_summary", "A/B test", ImVec2(w, line * 5));
  if (t.arms.empty()) {
    text_wrapped(t.summary.empty() ? "No customer with a variant under the current filter." : t.summary);
  } else {
    text_wrapped(t.summary);
    ImGui::TextDisabled("Unit: the customer. Conversion = share with a repeat order in the test. Left out: %s "
                        "customers in two arms, %s guest orders. No verdict below %s customers per arm.",
                        format_count(t.mixed_customers).c_str(), format_count(t.guest_orders).c_str(),
                        format_count(t.thresholds.min_customers).c_str());
  }
  end_card();
  if (t.arms.empty()) return;
  begin_card("ab_arms", "Arms", ImVec2(w, line * (static_cast<float>(t.arms.size()) + 3.5f)));
  if (ImGui::BeginTable("ab_arms_table", 7, flags)) {
    for (const char* h : {"Variant", "Customers", "Orders", "Conversion", "95 % interval", "Revenue / customer", "AOV"})
      ImGui::TableSetupColumn(h);
    table_headers_row(column_bit(1) | column_bit(2) | column_bit(3) | column_bit(4) | column_bit(5) | column_bit(6));
    for (const AbArm& a : t.arms) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%.*s%s", static_cast<int>(a.name.size()), a.name.data(), a.control ? " (control)" : "");
      ImGui::TableNextColumn();
      number_cell_text(format_count(a.customers));
      ImGui::TableNextColumn();
      number_cell_text(format_count(a.orders));
      ImGui::TableNextColumn();
      number_cell_text(format_percent(a.conversion, 1));
      ImGui::TableNextColumn();
      number_cell_text(rate_range(a.conversion_ci));
      ImGui::TableNextColumn();
      number_cell_text(currency + format_fixed(a.revenue_per_customer, 2));
      ImGui::TableNextColumn();
      number_cell_text(currency + format_fixed(a.aov, 2));
    }
    ImGui::EndTable();
  }
  end_card();
  begin_card("ab_vs_control", "Against the control (95 % intervals)", ImGui::GetContentRegionAvail());
  if (ImGui::BeginTable("ab_comparisons", 6, flags | ImGuiTableFlags_ScrollY, ImGui::GetContentRegionAvail())) {
    // The variant as wide as its longest name (up to 12 em): a name is one
    // word that wrapping cannot split.
    float variant_w = ImGui::CalcTextSize("Variant").x;
    for (const AbComparison& c : t.comparisons) {
      const std::string_view n = t.arms[c.arm].name;
      variant_w = std::max(variant_w, ImGui::CalcTextSize(n.data(), n.data() + n.size()).x);
    }
    ImGui::TableSetupColumn("Variant", ImGuiTableColumnFlags_WidthFixed, std::min(variant_w, 12 * ImGui::GetFontSize()));
    ImGui::TableSetupColumn("Metric", 0, 1.0f);
    ImGui::TableSetupColumn("Value vs control", 0, 1.0f);
    ImGui::TableSetupColumn("Difference", 0, 0.6f);
    ImGui::TableSetupColumn("95 % interval", 0, 1.0f);
    ImGui::TableSetupColumn("Verdict", 0, 3.0f);
    table_headers_row(column_bit(2) | column_bit(3) | column_bit(4));
    for (const AbComparison& c : t.comparisons) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      // At 1,024 px the name and metric were cut mid-letter
      // ("one-page-checkc"): the name whole (or with "…" and a tooltip),
      // the metric wrapped like the verdict.
      text_cell(std::string(t.arms[c.arm].name));
      ImGui::TableNextColumn();
      text_wrapped(std::string(ab_metric_label(c.metric)));
      ImGui::TableNextColumn();
      number_cell_text(value_text(c.metric, c.arm_value, currency) + " vs " +
                       value_text(c.metric, c.control_value, currency));
      ImGui::TableNextColumn();
      number_cell_text(diff_text(c.metric, c.difference, currency));
      ImGui::TableNextColumn();
      number_cell_text(c.ci ? diff_text(c.metric, c.ci->low, currency) + " to " + diff_text(c.metric, c.ci->high, currency)
                            : std::string("-"));
      ImGui::TableNextColumn();
      text_wrapped(c.text);
    }
    ImGui::EndTable();
  }
  end_card();
}

}  // namespace starcart
