#include "ui/charts/ranked_bars.h"

#include <algorithm>

#include "core/format.h"
#include "ui/charts/bar_layout.h"
#include "ui/charts/bars.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/theme.h"

namespace starcart::charts {

namespace {

// The bars drawn: the spec's first `own`, then (when some are left) one bar
// for the rest, labelled "N more", whose value and share are their sums.
struct Shown {
  std::vector<std::string> labels;
  std::vector<double> values, values2;  // values2: empty without a second series
  int own = 0;
  bool folded = false;
  double rest_share = 0;
  bool has_rest_share = false;
};

Shown fold(const RankedBarsSpec& spec, int rows) {
  Shown s;
  const int n = static_cast<int>(spec.values.size());
  s.own = ranked_rows_shown(n, rows);
  s.folded = s.own < n;
  const bool two = spec.values2.size() >= spec.values.size();
  for (int i = 0; i < s.own; ++i) {
    s.labels.push_back(static_cast<size_t>(i) < spec.labels.size() ? spec.labels[static_cast<size_t>(i)] : "");
    s.values.push_back(spec.values[static_cast<size_t>(i)]);
    if (two) s.values2.push_back(spec.values2[static_cast<size_t>(i)]);
  }
  if (!s.folded) return s;
  double rest = 0, rest2 = 0;
  for (int i = s.own; i < n; ++i) {
    rest += spec.values[static_cast<size_t>(i)];
    if (two) rest2 += spec.values2[static_cast<size_t>(i)];
  }
  if (spec.rest_value) rest = spec.rest_value(s.own);
  if (two) s.values2.push_back(rest2);
  s.has_rest_share = spec.shares.size() >= spec.values.size();
  if (s.has_rest_share)
    for (int i = s.own; i < n; ++i) s.rest_share += spec.shares[static_cast<size_t>(i)];
  s.labels.push_back(format_count(n - s.own) + " more");
  s.values.push_back(rest);
  return s;
}

// The folded bar's tooltip: the sum, and the names it holds (the first ten).
void rest_tooltip(const RankedBarsSpec& spec, const Shown& s) {
  std::vector<TooltipRow> rows = {{spec.value_name, spec.format(s.values.back()), theme().other}};
  if (!s.values2.empty()) rows.push_back({spec.value2_name, spec.format(s.values2.back())});
  if (s.has_rest_share) rows.push_back({"Share", format_percent(s.rest_share)});
  const size_t n = spec.values.size(), own = static_cast<size_t>(s.own);
  for (size_t i = own; i < n && i < own + 10; ++i)
    rows.push_back({i < spec.labels.size() ? spec.labels[i] : "", spec.format(spec.values[i])});
  if (n > own + 10) rows.push_back({"", "and " + format_count(static_cast<int64_t>(n - own - 10)) + " more"});
  chart_tooltip(s.labels.back(), rows);
}

}  // namespace

ChartHit ranked_bars(const char* id, ImVec2 size, const RankedBarsSpec& spec) {
  // Every bar keeps its label: those that do not find a row of their own
  // are folded into the last bar.
  int label_rows = horizontal_label_rows(size.y);
  if (spec.max_bars > 0) label_rows = std::min(label_rows, spec.max_bars + 1);  // max_bars and the folded one
  const Shown s = fold(spec, label_rows);
  PlotSpec ps;
  ps.horizontal = true;
  ps.status = status_or_empty(spec.status, spec.values.empty());
  ps.empty_text = spec.empty_text;
  double top = 0;
  for (double v : s.values) top = std::max(top, v);
  for (double v : s.values2) top = std::max(top, v);
  ps.x = category_axis(s.labels);
  ps.y = value_axis(0, top, spec.format);
  Plot plot;
  ChartHit hit;
  if (!begin_plot(plot, id, size, ps)) return hit;
  BarOptions o;
  // A selected bar among the folded ones: the folded bar holds it.
  o.highlight_from = o.highlight_to = spec.selected >= s.own ? static_cast<int>(s.values.size()) - 1 : spec.selected;
  // The folded bar is the rest, not one more item: muted (theme().other).
  if (s.folded) o.other_from = s.own;
  std::vector<BarSeries> series = {{spec.value_name, s.values, theme().accent}};
  if (!s.values2.empty()) series.push_back({spec.value2_name, s.values2, series_color(1)});
  hit = plot_bars(plot, series, o);
  end_plot(plot);
  if (s.folded && hit.clicked == s.own) hit.clicked = -1;
  if (s.folded && hit.hovered == s.own) {
    rest_tooltip(spec, s);
    // Not one of the spec's bars: nothing to click.
    hit.hovered = hit.clicked = -1;
    return hit;
  }
  if (hit.hovered >= 0 && hit.hovered < static_cast<int>(spec.values.size())) {
    const size_t i = static_cast<size_t>(hit.hovered);
    std::vector<TooltipRow> rows = {{spec.value_name, spec.format(spec.values[i]), theme().accent}};
    if (i < spec.values2.size()) rows.push_back({spec.value2_name, spec.format(spec.values2[i]), series_color(1)});
    if (i < spec.shares.size()) rows.push_back({"Share", format_percent(spec.shares[i])});
    if (i < spec.details.size()) rows.insert(rows.end(), spec.details[i].begin(), spec.details[i].end());
    if (i < spec.notes.size() && !spec.notes[i].empty()) {
      rows.push_back({"", spec.notes[i]});
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    chart_tooltip(i < spec.labels.size() ? spec.labels[i] : "", rows);
  }
  return hit;
}

}  // namespace starcart::charts
