#include "ui/charts/pareto.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/bar_layout.h"
#include "ui/charts/bars.h"
#include "ui/charts/lines.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart::charts {

ChartHit pareto(const char* id, ImVec2 size, const ParetoSpec& spec) {
  ChartHit hit;
  const ParetoOrder order = pareto_order(spec.values);
  int n = static_cast<int>(order.index.size());
  while (n > 0 && order.value[static_cast<size_t>(n) - 1] <= 0) --n;  // nothing to show for zeros
  if (spec.max_bars > 0) n = std::min(n, spec.max_bars);
  PlotSpec ps;
  ps.status = status_or_empty(spec.status, n == 0);
  ps.empty_text = spec.empty_text;
  std::vector<std::string> labels;
  std::vector<double> bars, cumulative;
  int selected_rank = -1;
  for (int r = 0; r < n; ++r) {
    const int i = order.index[static_cast<size_t>(r)];
    labels.push_back(i < static_cast<int>(spec.labels.size()) ? spec.labels[static_cast<size_t>(i)] : "");
    bars.push_back(order.value[static_cast<size_t>(r)]);
    cumulative.push_back(order.cumulative[static_cast<size_t>(r)]);
    if (i == spec.selected) selected_rank = r;
  }
  ps.x = category_axis(labels);
  ps.y = value_axis(0, bars.empty() ? 1 : bars.front(), spec.format, spec.value_title);
  ps.has_y2 = true;
  ps.y2 = value_axis(0, 1, ValueFormat::percent(0), "Cumulative share");
  Plot plot;
  if (!begin_plot(plot, id, size, ps)) return hit;
  BarOptions bo;
  if (selected_rank >= 0) bo.highlight_from = bo.highlight_to = selected_rank;
  ChartHit bh = plot_bars(plot, {{"Value", bars}}, bo);
  if (spec.guide > 0) {
    const float y = snap(static_cast<float>(plot.y2.to_pixel(spec.guide)));
    for (float x = plot.min.x; x < plot.max.x; x += 0.6f * em())
      plot.canvas.draw->AddLine(ImVec2(x, y), ImVec2(std::min(plot.max.x, x + 0.3f * em()), y), theme().text_muted, 1.0f);
  }
  LineSeries line;
  line.name = "Cumulative share";
  line.x = band_centers(n);
  line.y = cumulative;
  line.right_axis = true;
  line.color = category_color(1);
  line.markers = plot.band() > 0.8f * em();
  LineOptions lo;
  lo.crosshair = false;
  plot_lines(plot, {line}, lo);
  end_plot(plot);
  const int rank = bh.hovered;
  if (rank >= 0) hit.hovered = order.index[static_cast<size_t>(rank)];
  if (bh.clicked >= 0) hit.clicked = order.index[static_cast<size_t>(bh.clicked)];
  if (rank >= 0 && spec.tooltip)
    chart_tooltip(labels[static_cast<size_t>(rank)],
                  {{"Value", spec.format(bars[static_cast<size_t>(rank)]), theme().accent},
                   {"Cumulative share", format_percent(cumulative[static_cast<size_t>(rank)], 1), category_color(1)},
                   {"Rank", format_count(rank + 1) + " of " + format_count(static_cast<int64_t>(order.index.size()))}});
  probe_chart(id, hit.hovered, hit.clicked);
  return hit;
}

}  // namespace starcart::charts
