#include "ui/charts/ranked_bars.h"

#include <algorithm>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/theme.h"

namespace starcart::charts {

ChartHit ranked_bars(const char* id, ImVec2 size, const RankedBarsSpec& spec) {
  PlotSpec ps;
  ps.horizontal = true;
  ps.status = status_or_empty(spec.status, spec.values.empty());
  ps.empty_text = spec.empty_text;
  double top = 0;
  for (double v : spec.values) top = std::max(top, v);
  ps.x = category_axis(spec.labels);
  ps.y = value_axis(0, top, spec.format);
  Plot plot;
  ChartHit hit;
  if (!begin_plot(plot, id, size, ps)) return hit;
  BarOptions o;
  o.highlight_from = o.highlight_to = spec.selected;
  hit = plot_bars(plot, {{spec.value_name, spec.values, theme().accent}}, o);
  end_plot(plot);
  if (hit.hovered >= 0 && hit.hovered < static_cast<int>(spec.values.size())) {
    const size_t i = static_cast<size_t>(hit.hovered);
    std::vector<TooltipRow> rows = {{spec.value_name, spec.format(spec.values[i]), theme().accent}};
    if (i < spec.shares.size()) rows.push_back({"Share", format_percent(spec.shares[i])});
    if (i < spec.notes.size() && !spec.notes[i].empty()) {
      rows.push_back({"", spec.notes[i]});
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    chart_tooltip(i < spec.labels.size() ? spec.labels[i] : "", rows);
  }
  return hit;
}

}  // namespace starcart::charts
