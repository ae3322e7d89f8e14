// A 2-D plot frame, the way ImPlot's BeginPlot works but ours: lays out the
// axes (value axes with nice 1-2-5 or log ticks, a calendar axis, or
// category bands), draws grid and labels, and hands the item renderers
// (bars.h, lines.h, scatter.h) one transform for drawing and hit-testing.
//
//   charts::PlotSpec spec;
//   spec.x = charts::category_axis(labels);
//   spec.y = charts::value_axis(0, max_revenue, charts::ValueFormat::money_compact("£"));
//   charts::Plot plot;
//   if (charts::begin_plot(plot, "##revenue", size, spec)) {
//     charts::ChartHit hit = charts::plot_bars(plot, {{"Revenue", values}});
//     charts::end_plot(plot);
//   }
//
// When the spec is empty or loading, begin_plot draws the placeholder and
// returns false (no end_plot then).
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/charts/axis.h"
#include "ui/charts/canvas.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/value_format.h"

namespace starcart::charts {

enum class AxisKind : unsigned char { kLinear, kLog, kTime, kCategory };

struct AxisSpec {
  AxisKind kind = AxisKind::kLinear;
  double lo = 0, hi = 1;                // data range: values, or days for kTime
  bool include_zero = true;             // kLinear: the range reaches 0 (bars, totals)
  ValueFormat format;                   // tick labels of value axes
  std::vector<std::string> categories;  // kCategory: one label per band
  std::string title;                    // value axes: a caption above the axis ("Orders")
};

AxisSpec value_axis(double lo, double hi, ValueFormat format, std::string title = "");
AxisSpec log_axis(double lo, double hi, ValueFormat format, std::string title = "");
AxisSpec time_axis(Day first, Day last, std::string title = "");
AxisSpec category_axis(std::vector<std::string> labels, std::string title = "");

struct PlotSpec {
  AxisSpec x;              // the independent axis (categories, days, values)
  AxisSpec y;              // the value axis
  bool has_y2 = false;     // a second value axis, on the right (Pareto, combos)
  AxisSpec y2;
  bool horizontal = false; // x runs down the left side (horizontal bars)
  ChartStatus status = ChartStatus::kReady;
  std::string empty_text = "No data for this selection";
};

struct Plot {
  Canvas canvas;
  ImVec2 min, max;       // the inner rectangle where items draw
  Axis x, y, y2;         // x: along the x spec (vertical when horizontal)
  AxisKind x_kind = AxisKind::kLinear;
  int categories = 0;    // kCategory: number of bands (x runs 0..categories)
  bool horizontal = false;
  bool has_y2 = false;

  // Screen position of (x value, y value); right = use the second axis.
  ImVec2 point(double xv, double yv, bool right = false) const;
  // The x value under a screen position (inverse of point along x).
  double x_at(ImVec2 screen) const;
  // Band width in pixels (kCategory) and the band under the mouse, or -1.
  float band() const;
  int band_at(ImVec2 screen) const;
  bool mouse_inside() const;
};

bool begin_plot(Plot& plot, const char* id, ImVec2 size, const PlotSpec& spec);
void end_plot(Plot& plot);

// How many category bands a horizontal plot of this height (the size given
// to begin_plot) labels every one of: below that begin_plot labels every
// second or third band. horizontal_plot_height is the height that labels
// `rows` bands.
int horizontal_label_rows(float height);
float horizontal_plot_height(int rows);

// Band centres 0.5, 1.5, ... for lines drawn over category bands.
std::vector<double> band_centers(int n);

}  // namespace starcart::charts
