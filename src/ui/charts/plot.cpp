#include "ui/charts/plot.h"

#include <algorithm>
#include <cmath>

#include "ui/charts/hit_test.h"
#include "ui/charts/label_placement.h"
#include "ui/charts/ticks.h"
#include "ui/charts/time_ticks.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace starcart::charts {

// Contents: 1. axis specs  2. Plot transforms  3. tick sets  4. layout and drawing

// --- 1. axis specs -------------------------------------------------------------

AxisSpec value_axis(double lo, double hi, ValueFormat format, std::string title) {
  AxisSpec a;
  a.lo = lo;
  a.hi = hi;
  a.format = std::move(format);
  a.title = std::move(title);
  return a;
}

AxisSpec log_axis(double lo, double hi, ValueFormat format, std::string title) {
  AxisSpec a = value_axis(lo, hi, std::move(format), std::move(title));
  a.kind = AxisKind::kLog;
  a.include_zero = false;
  return a;
}

AxisSpec time_axis(Day first, Day last, std::string title) {
  AxisSpec a;
  a.kind = AxisKind::kTime;
  a.lo = first;
  a.hi = last;
  a.include_zero = false;
  a.title = std::move(title);
  return a;
}

AxisSpec category_axis(std::vector<std::string> labels, std::string title) {
  AxisSpec a;
  a.kind = AxisKind::kCategory;
  a.categories = std::move(labels);
  a.lo = 0;
  a.hi = static_cast<double>(a.categories.size());
  a.include_zero = false;
  a.title = std::move(title);
  return a;
}

std::vector<double> band_centers(int n) {
  std::vector<double> v;
  for (int i = 0; i < n; ++i) v.push_back(i + 0.5);
  return v;
}

// --- 2. Plot transforms -----------------------------------------------------------

ImVec2 Plot::point(double xv, double yv, bool right) const {
  const Axis& ya = right && has_y2 ? y2 : y;
  const float a = static_cast<float>(x.to_pixel(xv)), b = static_cast<float>(ya.to_pixel(yv));
  return horizontal ? ImVec2(b, a) : ImVec2(a, b);
}

double Plot::x_at(ImVec2 s) const { return x.to_value(horizontal ? s.y : s.x); }

float Plot::band() const {
  return categories > 0 ? static_cast<float>(std::fabs(x.p1 - x.p0)) / static_cast<float>(categories) : 0;
}

int Plot::band_at(ImVec2 s) const {
  if (categories <= 0 || !mouse_inside()) return -1;
  const double v = x_at(s);
  return v < 0 || v >= categories ? -1 : std::clamp(static_cast<int>(v), 0, categories - 1);
}

bool Plot::mouse_inside() const {
  const ImVec2 m = canvas.mouse;
  return canvas.hovered && m.x >= min.x && m.x < max.x && m.y >= min.y && m.y < max.y;
}

// --- 3. tick sets --------------------------------------------------------------------

namespace {

struct TickSet {
  std::vector<double> values;
  std::vector<std::string> labels;
  double lo = 0, hi = 1;
  float widest = 0;
};

TickSet value_ticks(const AxisSpec& a, float length, float spacing) {
  TickSet t;
  double lo = a.lo, hi = a.hi;
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  Ticks k;
  if (a.kind == AxisKind::kLog) {
    k = log_ticks(lo, hi, length, spacing, true);
  } else {
    if (a.include_zero) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
    k = nice_ticks(lo, hi, length, spacing, true);
  }
  t.lo = k.lo;
  t.hi = k.hi;
  t.values = k.values;
  for (double v : t.values) {
    t.labels.push_back(a.format(v));
    t.widest = std::max(t.widest, label_size(t.labels.back()).x);
  }
  return t;
}

TickSet x_ticks(const AxisSpec& a, float length, float e) {
  TickSet t;
  if (a.kind == AxisKind::kTime) {
    // Room for a label like "30 Sep 2011" on the first tick, "Sep" after it.
    TimeTicks tt = time_ticks(static_cast<Day>(a.lo), static_cast<Day>(a.hi), length, label_size("Sep 2011").x + 1.2f * e);
    for (const TimeTick& k : tt.ticks) {
      t.values.push_back(k.day);
      t.labels.push_back(k.label);
    }
    t.lo = a.lo;
    t.hi = std::max(a.hi, a.lo + 1);
    return t;
  }
  // Value x axes: labels need their own width apart.
  const float spacing = std::max(label_size(a.format(a.hi)).x, label_size(a.format(a.lo)).x) + 1.5f * e;
  return value_ticks(a, length, std::max(spacing, 3.0f * e));
}

}  // namespace

// --- 4. layout and drawing ------------------------------------------------------------

namespace {

// A horizontal plot's category label needs a band this many label heights
// tall; thinner bands label every second (third, ...) one.
constexpr float kRowLabelLines = 1.1f;

}  // namespace

// A horizontal plot's margins as begin_plot lays them out (half a label
// above, a label and 0.6 em below), and a pixel for the snapping of its edges.
float horizontal_margins() { return 1.5f * label_px() + 0.6f * em() + 1.0f; }

int horizontal_label_rows(float height) {
  const float plot_h = height - horizontal_margins();
  return std::max(0, static_cast<int>(std::floor(plot_h / (kRowLabelLines * label_px()))));
}

float horizontal_plot_height(int rows) {
  return std::ceil(static_cast<float>(rows) * kRowLabelLines * label_px() + horizontal_margins()) + 1.0f;
}

bool begin_plot(Plot& p, const char* id, ImVec2 size, const PlotSpec& spec) {
  if (chart_placeholder(id, size, spec.status, spec.empty_text)) return false;
  const Theme& th = theme();
  const float e = em();
  const float lh = label_px();
  p = Plot{};
  p.canvas = begin_canvas(id, size);
  p.horizontal = spec.horizontal;
  p.has_y2 = spec.has_y2;
  p.x_kind = spec.x.kind;
  p.categories = spec.x.kind == AxisKind::kCategory ? static_cast<int>(spec.x.categories.size()) : 0;
  const Canvas& c = p.canvas;
  ImDrawList* dl = c.draw;
  const bool titles = !spec.y.title.empty() || (spec.has_y2 && !spec.y2.title.empty());

  // Vertical extent first (value ticks depend on it), then horizontal margins
  // from the widest labels.
  float top = c.min.y + 0.5f * lh + (titles && !spec.horizontal ? lh + 0.3f * e : 0);
  float bottom = c.max.y - lh - 0.6f * e;
  TickSet yt, y2t, xt;
  float left = c.min.x, right = c.max.x - 0.5f * e;
  if (!spec.horizontal) {
    const float spacing = 3.2f * lh;  // about one grid line per 40 px at 15 px type
    yt = value_ticks(spec.y, bottom - top, spacing);
    if (spec.has_y2) y2t = value_ticks(spec.y2, bottom - top, spacing);
    left = c.min.x + yt.widest + 0.6f * e;
    if (spec.has_y2) right = c.max.x - y2t.widest - 0.6f * e;
  } else {
    float widest = 0;
    for (const std::string& s : spec.x.categories) widest = std::max(widest, label_size(s).x);
    // Rounded up, not to the nearest pixel: a label exactly as wide as the
    // margin must not lose half a pixel and be ellipsised ("United Kingdo…").
    left = std::ceil(c.min.x + std::min(widest, c.width() * 0.35f) + 0.6f * e);
    right = c.max.x - 1.0f * e;
    const float spacing = std::max(label_size(spec.y.format(spec.y.hi)).x + 1.5f * e, 3.5f * e);
    yt = value_ticks(spec.y, right - left, spacing);
  }
  p.min = ImVec2(snap(left), snap(top));
  p.max = ImVec2(snap(std::max(left + 1, right)), snap(std::max(top + 1, bottom)));

  // Transforms. Category x: bands 0..n; time x: days with half a day of room.
  Axis& xa = p.x;
  if (spec.x.kind == AxisKind::kCategory) {
    xa.lo = 0;
    xa.hi = std::max(1, p.categories);
  } else if (spec.x.kind == AxisKind::kTime) {
    xa.lo = spec.x.lo - 0.5;
    xa.hi = std::max(spec.x.hi, spec.x.lo) + 0.5;
  }
  Axis& ya = p.y;
  ya.lo = yt.lo;
  ya.hi = yt.hi;
  ya.log = spec.y.kind == AxisKind::kLog;
  if (spec.has_y2) {
    p.y2.lo = y2t.lo;
    p.y2.hi = y2t.hi;
    p.y2.log = spec.y2.kind == AxisKind::kLog;
  }
  if (!spec.horizontal) {
    ya.p0 = p.y2.p0 = p.max.y;
    ya.p1 = p.y2.p1 = p.min.y;
    xa.p0 = p.min.x;
    xa.p1 = p.max.x;
  } else {
    ya.p0 = p.min.x;
    ya.p1 = p.max.x;
    xa.p0 = p.min.y;  // first category at the top
    xa.p1 = p.max.y;
  }
  if (spec.x.kind == AxisKind::kLinear || spec.x.kind == AxisKind::kLog) {
    const float len = spec.horizontal ? p.max.y - p.min.y : p.max.x - p.min.x;
    xt = x_ticks(spec.x, len, e);
    xa.lo = xt.lo;
    xa.hi = xt.hi;
    xa.log = spec.x.kind == AxisKind::kLog;
  } else if (spec.x.kind == AxisKind::kTime) {
    xt = x_ticks(spec.x, p.max.x - p.min.x, e);
  }

  // Value grid and labels.
  for (size_t k = 0; k < yt.values.size(); ++k) {
    const double v = yt.values[k];
    const ImU32 col = (v == 0 && !ya.log) ? th.axis : th.grid;
    const ImVec2 s = label_size(yt.labels[k]);
    if (!spec.horizontal) {
      const float y = snap(static_cast<float>(ya.to_pixel(v)));
      dl->AddLine(ImVec2(p.min.x, y), ImVec2(p.max.x, y), col, 1.0f);
      draw_label(dl, ImVec2(p.min.x - 0.5f * e - s.x, y - s.y * 0.5f), th.text_muted, yt.labels[k]);
    } else {
      const float x = snap(static_cast<float>(ya.to_pixel(v)));
      dl->AddLine(ImVec2(x, p.min.y), ImVec2(x, p.max.y), col, 1.0f);
      float lx = std::clamp(x - s.x * 0.5f, c.min.x, c.max.x - s.x);
      draw_label(dl, ImVec2(lx, p.max.y + 0.35f * e), th.text_muted, yt.labels[k]);
    }
  }
  if (spec.has_y2)
    for (size_t k = 0; k < y2t.values.size(); ++k) {
      const float y = snap(static_cast<float>(p.y2.to_pixel(y2t.values[k])));
      const ImVec2 s = label_size(y2t.labels[k]);
      draw_label(dl, ImVec2(p.max.x + 0.5f * e, y - s.y * 0.5f), th.text_muted, y2t.labels[k]);
    }
  if (titles && !spec.horizontal) {
    if (!spec.y.title.empty()) draw_label(dl, ImVec2(c.min.x, c.min.y), th.text_muted, spec.y.title);
    if (spec.has_y2 && !spec.y2.title.empty())
      draw_label(dl, ImVec2(c.max.x - label_size(spec.y2.title).x, c.min.y), th.text_muted, spec.y2.title);
  }

  // The x axis: category labels thinned, calendar or value ticks; in every
  // case labels that would touch after being kept inside the plot are
  // skipped (label_placement.h), so they never overlap.
  const float label_lo = c.min.x, label_hi = spec.has_y2 ? p.max.x + 0.5f * e : c.max.x, label_gap = 0.6f * e;
  const float label_y = p.max.y + 0.35f * e;
  if (spec.x.kind == AxisKind::kCategory) {
    const auto& labels = spec.x.categories;
    std::string drawn;  // the category labels drawn, for tests (chart.<id>.labels)
    auto record = [&drawn](const std::string& l) { drawn += (drawn.empty() ? "" : "\n") + l; };
    if (!spec.horizontal) {
      // Long names (products) are cut to a quarter of the plot's width, so
      // that more than one or two of them find room; the tooltip has them whole.
      const float cap = std::max(5.0f * e, 0.25f * (p.max.x - p.min.x));
      std::vector<std::string> shown(labels.size());
      float widest = 0;
      for (size_t i = 0; i < labels.size(); ++i) {
        shown[i] = label_size(labels[i]).x > cap ? fit_label(labels[i], cap) : labels[i];
        widest = std::max(widest, label_size(shown[i]).x);
      }
      const int every = std::max(1, static_cast<int>(std::ceil((widest + label_gap) / std::max(1.0f, p.band()))));
      std::vector<float> centers, widths;
      std::vector<int> index;
      for (int i = 0; i < p.categories; i += every) {
        centers.push_back(static_cast<float>(xa.to_pixel(i + 0.5)));
        widths.push_back(label_size(shown[static_cast<size_t>(i)]).x);
        index.push_back(i);
      }
      for (const PlacedLabel& l : place_axis_labels(centers, widths, label_lo, label_hi, label_gap)) {
        const std::string& label = shown[static_cast<size_t>(index[static_cast<size_t>(l.index)])];
        draw_label(dl, ImVec2(l.left, label_y), th.text_muted, label);
        record(label);
      }
    } else {
      const int every = std::max(1, static_cast<int>(std::ceil(lh * kRowLabelLines / std::max(1.0f, p.band()))));
      for (int i = 0; i < p.categories; i += every) {
        const std::string& full = labels[static_cast<size_t>(i)];
        const std::string l = fit_label(full, p.min.x - c.min.x - 0.6f * e + 0.01f);
        const ImVec2 s = label_size(l);
        const float cy = static_cast<float>(xa.to_pixel(i + 0.5));
        draw_label(dl, ImVec2(p.min.x - 0.6f * e - s.x, cy - s.y * 0.5f), th.text, l);
        record(l);
        // A shortened label shows its whole text when the mouse is on it.
        if (l != full && c.hovered && c.mouse.x < p.min.x && std::abs(c.mouse.y - cy) <= s.y * 0.5f)
          ImGui::SetTooltip("%s", full.c_str());
      }
    }
    if (UiProbe* probe = current_probe()) {
      std::string key = id;
      probe->text("chart." + key.erase(0, key.find_first_not_of('#')) + ".labels", drawn);
    }
  } else if (!spec.horizontal) {
    std::vector<float> centers, widths;
    for (size_t k = 0; k < xt.values.size(); ++k) {
      const float x = snap(static_cast<float>(xa.to_pixel(xt.values[k])));
      if (spec.x.kind != AxisKind::kTime) dl->AddLine(ImVec2(x, p.min.y), ImVec2(x, p.max.y), th.grid, 1.0f);
      else dl->AddLine(ImVec2(x, p.max.y), ImVec2(x, p.max.y + 0.3f * e), th.axis, 1.0f);
      centers.push_back(x);
      widths.push_back(label_size(xt.labels[k]).x);
    }
    for (const PlacedLabel& l : place_axis_labels(centers, widths, label_lo, label_hi, label_gap))
      draw_label(dl, ImVec2(l.left, label_y), th.text_muted, xt.labels[static_cast<size_t>(l.index)]);
  } else {
    for (size_t k = 0; k < xt.values.size(); ++k) {
      const ImVec2 s = label_size(xt.labels[k]);
      const float y = snap(static_cast<float>(xa.to_pixel(xt.values[k])));
      draw_label(dl, ImVec2(p.min.x - 0.6f * e - s.x, y - s.y * 0.5f), th.text_muted, xt.labels[k]);
    }
  }
  // Items draw inside the plot (with a little room for markers).
  dl->PushClipRect(ImVec2(p.min.x - 0.4f * e, p.min.y - 0.4f * e), ImVec2(p.max.x + 0.4f * e, p.max.y + 0.2f * e), true);
  return true;
}

void end_plot(Plot& p) {
  p.canvas.draw->PopClipRect();
  end_canvas(p.canvas);
}

}  // namespace starcart::charts
