#include "ui/panels/customers_tab.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/hit_test.h"
#include "ui/charts/legend.h"
#include "ui/charts/plot.h"
#include "ui/charts/scatter.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/pii_mask.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

// Marks drawn at most: a card's draw list has 16-bit indices (about 2,700
// bubbles of 24 vertices), and more marks than pixels say nothing more.
constexpr int kMaxMarks = 2400;

// Segment colours by customer health: greens and blues for the good ones,
// yellows for those slipping, reds for those at risk, grey for the asleep.
charts::Rgba segment_color(Segment s) {
  using charts::rgb;
  static const charts::Rgba colors[kSegmentCount] = {
      rgb(0, 158, 115),   // Champions
      rgb(86, 180, 233),  // Loyal
      rgb(0, 114, 178),   // Potential Loyalists
      rgb(204, 121, 167), // New
      rgb(150, 110, 200), // Promising
      rgb(230, 159, 0),   // Need Attention
      rgb(190, 160, 40),  // About to Sleep
      rgb(213, 94, 0),    // At Risk
      rgb(160, 30, 45),   // Can't Lose
      rgb(140, 140, 140), // Hibernating
  };
  return colors[static_cast<size_t>(s) % kSegmentCount];
}

bool toggle_segment(Filter& f, Segment s) {
  const std::string name = segment_name(s);
  auto it = std::find(f.segments.begin(), f.segments.end(), name);
  if (it != f.segments.end()) f.segments.erase(it);
  else f.segments.push_back(name);
  return true;
}

bool has_segment(const Filter& f, Segment s) {
  for (const std::string& v : f.segments)
    if (parse_segment(v) == s) return true;
  return false;
}

std::string scores(const RfmRow& r) {
  return "R " + std::to_string(r.r) + "  F " + std::to_string(r.f) + "  M " + std::to_string(r.m);
}

}  // namespace

bool CustomersTab::draw(const CustomerAnalysis& c, uint64_t version, const std::string& currency, Filter& filter,
                        bool loading) {
  loading_ = loading;
  const float e = em();
  const float gap = ImGui::GetStyle().ItemSpacing.y;
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float top_h = std::max(20.0f * e, (avail_h - gap) * 0.6f);
  const float bottom_h = std::max(12.0f * e, avail_h - top_h - gap);
  const float wide = ImGui::GetContentRegionAvail().x;
  const float scatter_w = std::floor((wide - ImGui::GetStyle().ItemSpacing.x) * 0.52f);
  bool changed = draw_scatter(c, version, currency, filter, ImVec2(scatter_w, top_h));
  ImGui::SameLine();
  changed = draw_segments(c, currency, filter, ImVec2(0, top_h)) || changed;
  draw_new_vs_returning(c, currency, ImVec2(0, bottom_h));
  return changed;
}

bool CustomersTab::draw_scatter(const CustomerAnalysis& c, uint64_t version, const std::string& currency, Filter& filter,
                                ImVec2 size) {
  const float e = em();
  bool changed = false;
  begin_card("rfm", "Customers by recency and frequency", size);
  ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight() - button_width("Log axes"));
  if (ImGui::Checkbox("Log axes", &log_axes_)) thinned_version_ = ~uint64_t{0};
  probe_item("customers.log_axes");
  item_tooltip("Logarithmic axes spread out the many customers with few orders and recent purchases.");

  // Legend: one entry per segment with customers; a click toggles the segment.
  std::vector<charts::LegendEntry> legend;
  std::vector<Segment> legend_segment;
  for (const SegmentRow& s : c.segments)
    if (s.customers > 0) {
      legend.push_back({segment_name(s.segment), segment_color(s.segment), !filter.segments.empty() && !has_segment(filter, s.segment)});
      legend_segment.push_back(s.segment);
    }
  const charts::ChartHit lh = charts::legend("##rfm_legend", legend, ImGui::GetContentRegionAvail().x);
  if (lh.hovered >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (lh.clicked >= 0) changed = toggle_segment(filter, legend_segment[static_cast<size_t>(lh.clicked)]);

  const size_t n = c.rfm.size();
  if (thinned_version_ != version) {
    std::vector<int32_t> x(n), y(n);
    std::vector<int> g(n);
    std::vector<double> w(n);
    for (size_t i = 0; i < n; ++i) {
      x[i] = c.rfm[i].recency;
      y[i] = c.rfm[i].frequency;
      g[i] = static_cast<int>(c.rfm[i].segment);
      w[i] = money_to_double(c.rfm[i].monetary);
    }
    thinned_ = charts::thin_points(x, y, g, w, kMaxMarks);
    thinned_version_ = version;
  }
  charts::ScatterSeries s;
  double max_r = 1, max_f = 1;
  for (int i : thinned_.mark) {
    const RfmRow& r = c.rfm[static_cast<size_t>(i)];
    s.x.push_back(r.recency);
    s.y.push_back(r.frequency);
    s.size.push_back(money_to_double(r.monetary));
    s.group.push_back(static_cast<int>(r.segment));
    max_r = std::max(max_r, static_cast<double>(r.recency));
    max_f = std::max(max_f, static_cast<double>(r.frequency));
  }
  for (size_t k = 0; k < kSegmentCount; ++k) s.colors.push_back(segment_color(static_cast<Segment>(k)));
  s.size_scale = charts::fit_size_scale(s.size.data(), static_cast<int>(s.size.size()), 0.18f * e, 0.95f * e);
  s.alpha = 150;
  charts::PlotSpec spec;
  spec.status = charts::status_of(loading_, n == 0);
  spec.empty_text = "No customers under the current filter (guest orders have no customer)";
  const charts::ValueFormat count = charts::ValueFormat::compact();
  if (log_axes_) {
    spec.x = charts::log_axis(1, max_r, count, "Days since the last order");
    spec.y = charts::log_axis(1, std::max(max_f, 10.0), count, "Orders");
  } else {
    spec.x = charts::value_axis(0, max_r, count, "Days since the last order");
    spec.y = charts::value_axis(0, std::max(max_f, 5.0), count, "Orders");  // whole orders: no 0.2 ticks
  }
  spec.x.include_zero = spec.y.include_zero = !log_axes_;
  charts::Plot plot;
  if (charts::begin_plot(plot, "##rfm_scatter", ImGui::GetContentRegionAvail(), spec)) {
    const charts::ChartHit hit = charts::plot_scatter(plot, s);
    // Probe: one reachable bubble per segment (its centre hits it), so a
    // browser test clicks a real bubble: "customers.bubble.<segment key>".
    if (UiProbe* probe = current_probe()) {
      std::vector<size_t> order(s.x.size());
      std::iota(order.begin(), order.end(), size_t{0});
      std::vector<float> radius(s.x.size());
      for (size_t k = 0; k < s.x.size(); ++k) radius[k] = s.size_scale.radius(s.size[k]);
      sort_rows(order, [&](size_t a, size_t b) { return radius[a] > radius[b]; });
      std::vector<float> ox, oy, orad;
      std::vector<size_t> drawn;
      for (size_t k : order) {
        if (log_axes_ && (s.x[k] <= 0 || s.y[k] <= 0)) continue;
        const ImVec2 q = plot.point(s.x[k], s.y[k]);
        ox.push_back(q.x);
        oy.push_back(q.y);
        orad.push_back(radius[k]);
        drawn.push_back(k);
      }
      for (size_t seg = 0; seg < kSegmentCount; ++seg) {
        int tries = 0;
        for (size_t j = drawn.size(); j-- > 0 && tries < 12;) {
          if (s.group[drawn[j]] != static_cast<int>(seg)) continue;
          ++tries;
          if (charts::hit_point(ox, oy, orad, 0, ox[j], oy[j], 0.2f * e) != static_cast<int>(j)) continue;
          const float h = std::max(1.0f, orad[j] * 0.5f);
          probe->item(std::string("customers.bubble.") + segment_key(static_cast<Segment>(seg)),
                      ImVec2(ox[j] - h, oy[j] - h), ImVec2(ox[j] + h, oy[j] + h));
          break;
        }
      }
    }
    charts::end_plot(plot);
    if (hit.hovered >= 0) {
      const size_t m = static_cast<size_t>(hit.hovered);
      const RfmRow& r = c.rfm[static_cast<size_t>(thinned_.mark[m])];
      const int64_t more = thinned_.count[m] - 1;
      std::vector<charts::TooltipRow> rows = {
          {"Segment", segment_name(r.segment), segment_color(r.segment)},
          {"Days since the last order", format_count(r.recency)},
          {"Orders", format_count(r.frequency)},
          {"Revenue", format_money(r.monetary, currency)},
          {"Scores", scores(r)},
      };
      if (more > 0) rows.push_back({"", "and " + format_count(more) + (more == 1 ? " customer" : " customers") + " more here"});
      rows.push_back({"", has_segment(filter, r.segment) ? "Click to remove the segment filter"
                                                         : "Click to filter every panel to " + std::string(segment_name(r.segment))});
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      charts::chart_tooltip("Customer " + pii_mask().id(r.customer_id), rows);
    }
    if (hit.clicked >= 0)
      changed = toggle_segment(filter, c.rfm[static_cast<size_t>(thinned_.mark[static_cast<size_t>(hit.clicked)])].segment);
  }
  end_card();
  return changed;
}

bool CustomersTab::draw_segments(const CustomerAnalysis& c, const std::string& currency, Filter& filter, ImVec2 size) {
  const float e = em();
  bool changed = false;
  begin_card("segments", "Segments", size);
  ImGui::SameLine();
  muted_text(c.snapshot == kNoDay ? "" : "as of " + format_iso_date(c.snapshot));
  int64_t total = 0;
  for (const SegmentRow& s : c.segments) total += s.customers;
  if (total == 0) {
    charts::chart_placeholder("##segments_empty", ImGui::GetContentRegionAvail(),
                              charts::status_of(loading_, true), "No customers under the current filter");
    end_card();
    return false;
  }
  // Numbers fit their content; the segment name takes the rest.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  const float note_h = 2 * ImGui::GetTextLineHeightWithSpacing();
  if (ImGui::BeginTable("segment_table", 6, flags, ImVec2(0, ImGui::GetContentRegionAvail().y - note_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    for (const char* h : {"Customers", "Revenue", "R", "F", "M"}) ImGui::TableSetupColumn(h, ImGuiTableColumnFlags_WidthFixed);
    table_headers_row(~uint64_t{0} << 1);
    for (const SegmentRow& s : c.segments) {
      if (s.customers == 0) continue;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool selected = has_segment(filter, s.segment);
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float sw = 0.6f * e;
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 0.35f * e), ImVec2(p.x + sw, p.y + 0.35f * e + sw),
                                                segment_color(s.segment), 0.15f * e);
      ImGui::SetCursorScreenPos(ImVec2(p.x + sw + 0.4f * e, p.y));
      if (ImGui::Selectable(segment_name(s.segment), selected, ImGuiSelectableFlags_SpanAllColumns))
        changed = toggle_segment(filter, s.segment);
      probe_item(std::string("customers.segment.") + segment_key(s.segment));
      if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      item_tooltip(selected ? "Click to remove the segment filter" : "Click to filter every panel to this segment");
      auto cell = [&](const std::string& text) {
        ImGui::TableNextColumn();
        number_cell_text(text);
      };
      cell(format_count(s.customers) + " (" + format_percent(s.share) + ")");
      cell(format_percent(s.revenue_share));
      cell(format_fixed(s.mean_recency, 0));
      cell(format_fixed(s.mean_frequency, 1));
      cell(format_money_whole(s.mean_monetary, currency));
    }
    ImGui::EndTable();
  }
  muted_wrapped("Revenue: the segment's share of revenue. R, F, M: mean days since the last order, orders, revenue.");
  end_card();
  return changed;
}

void CustomersTab::draw_new_vs_returning(const CustomerAnalysis& c, const std::string& currency, ImVec2 size) {
  const Theme& t = theme();
  const float e = em();
  begin_card("new_returning", "New and returning customers by month", size);
  const std::vector<charts::LegendEntry> legend = {{"New", t.accent}, {"Returning", charts::category_color(1)}};
  ImGui::SameLine(ImGui::GetContentRegionMax().x - 12 * e);
  charts::legend("##new_returning_legend", legend, 12 * e);
  std::vector<std::string> labels;
  std::vector<double> fresh, back;
  double top = 0;
  for (const NewReturningPoint& p : c.new_vs_returning) {
    const CivilDate d = civil_from_days(month_first_day(p.month));
    labels.push_back(d.month == 1 || labels.empty() ? format_month_label(p.month) : month_short_name(d.month));
    fresh.push_back(static_cast<double>(p.new_customers));
    back.push_back(static_cast<double>(p.returning_customers));
    top = std::max(top, fresh.back() + back.back());
  }
  charts::PlotSpec spec;
  spec.status = charts::status_of(loading_, c.new_vs_returning.empty() || top == 0);
  spec.empty_text = "No customers under the current filter";
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, top, charts::ValueFormat::compact(), "Customers");
  charts::Plot plot;
  if (charts::begin_plot(plot, "##new_returning_chart", ImGui::GetContentRegionAvail(), spec)) {
    charts::BarOptions o;
    o.stacked = true;
    const charts::ChartHit hit =
        charts::plot_bars(plot, {{"New", fresh, t.accent}, {"Returning", back, charts::category_color(1)}}, o);
    charts::end_plot(plot);
    if (hit.hovered >= 0) {
      const NewReturningPoint& p = c.new_vs_returning[static_cast<size_t>(hit.hovered)];
      const int64_t all = p.new_customers + p.returning_customers;
      charts::chart_tooltip(format_month_label(p.month),
                            {{"New customers", format_count(p.new_customers), t.accent},
                             {"Returning customers", format_count(p.returning_customers), charts::category_color(1)},
                             {"Returning share", all ? format_percent(static_cast<double>(p.returning_customers) / all) : "-"},
                             {"Revenue of new", format_money_whole(p.new_revenue, currency)},
                             {"Revenue of returning", format_money_whole(p.returning_revenue, currency)}});
    }
  }
  end_card();
}

}  // namespace starcart
