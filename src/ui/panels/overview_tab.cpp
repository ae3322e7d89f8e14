#include "ui/panels/overview_tab.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/format.h"
#include "ui/charts/bar_series.h"
#include "ui/charts/canvas.h"
#include "ui/charts/palette.h"
#include "ui/charts/plot_area.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/panels/kpi_card.h"
#include "ui/theme.h"

namespace starcart {

namespace {

std::optional<double> change(double now, double before) {
  if (before == 0) return std::nullopt;
  return (now - before) / before;
}

std::string axis_money(double v) { return format_money_compact(v); }

}  // namespace

void OverviewTab::draw(const Report& r, const std::string& currency) {
  const float e = em();
  const Kpis& k = r.kpis;
  const Kpis& p = r.previous_kpis;
  // The comparison period has the filter's length; say so in days.
  std::string vs = "vs previous period";
  if (r.filter.from && r.filter.to) vs = "vs previous " + std::to_string(*r.filter.to - *r.filter.from + 1) + " days";

  const KpiCardData cards[] = {
      {"Revenue", format_money_whole(k.revenue, currency),
       change(money_to_double(k.revenue), money_to_double(p.revenue)), true, vs},
      {"Orders", format_count(k.orders), change(static_cast<double>(k.orders), static_cast<double>(p.orders)), true, vs},
      {"Customers", format_count(k.customers),
       change(static_cast<double>(k.customers), static_cast<double>(p.customers)), true, vs},
      {"Average order value", format_money(k.aov, currency), change(money_to_double(k.aov), money_to_double(p.aov)),
       true, vs},
  };
  const int per_row = ImGui::GetContentRegionAvail().x < 44 * e ? 2 : 4;
  const float w = column_width(per_row);
  for (int i = 0; i < 4; ++i) {
    if (i % per_row != 0) ImGui::SameLine();
    draw_kpi_card(("kpi" + std::to_string(i)).c_str(), cards[i], ImVec2(w, 6.3f * e));
  }

  // Revenue by month.
  float h = std::max(16.0f * e, ImGui::GetContentRegionAvail().y);
  begin_card("monthly", "Revenue by month", ImVec2(0, h));
  if (r.monthly.empty()) {
    ImGui::TextDisabled("No sales in the selected period.");
  } else {
    std::vector<double> values;
    std::vector<std::string> labels;
    double top = 0;
    for (const MonthPoint& m : r.monthly) {
      values.push_back(money_to_double(m.revenue));
      top = std::max(top, values.back());
      CivilDate c = civil_from_days(month_first_day(m.month));
      labels.push_back(c.month == 1 || labels.empty() ? format_month_label(m.month) : month_short_name(c.month));
    }
    ImVec2 size = ImGui::GetContentRegionAvail();
    charts::Canvas canvas = charts::begin_canvas("##monthly_chart", size);
    charts::PlotArea area = charts::layout_value_plot(canvas, 0, top, static_cast<int>(values.size()), axis_money);
    charts::SeriesHit hit = charts::draw_bars(canvas, area, values, theme().accent);
    charts::draw_category_labels(canvas, area, labels);
    charts::end_canvas(canvas);
    hovered_month_ = hit.hovered;
    if (hit.hovered >= 0) {
      const MonthPoint& m = r.monthly[static_cast<size_t>(hit.hovered)];
      charts::chart_tooltip(format_month_label(m.month),
                            {{"Revenue", format_money(m.revenue, currency), theme().accent},
                             {"Orders", format_count(m.orders)},
                             {"Customers", format_count(m.customers)},
                             {"Average order value", format_money(div_round(m.revenue, m.orders), currency)}});
    }
  }
  end_card();
}

}  // namespace starcart
