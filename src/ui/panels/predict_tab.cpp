#include "ui/panels/predict_tab.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analytics/clv/clv_segments.h"
#include "core/format.h"
#include "imgui.h"
#include "ui/charts/bars.h"
#include "ui/charts/lines.h"
#include "ui/charts/scatter.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

void muted(const std::string& text) {
  muted_wrapped(text);
}

// The minimum-support slider's range (shares of orders).
constexpr double kMinSupportLow = 0.0005, kMinSupportHigh = 0.2;

Money money_of(double v) { return static_cast<Money>(std::llround(v * kMoneyScale)); }

bool begin_table(const char* id, int columns, float height) {
  return ImGui::BeginTable(id, columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                               ImGuiTableFlags_BordersInnerH,
                           ImVec2(0, height));
}

// Table cells: text shortened with "…" to its column, figures right-aligned.
void cell(const std::string& s) {
  ImGui::TableNextColumn();
  text_cell(s);
}

void figure(const std::string& s) {
  ImGui::TableNextColumn();
  number_cell_text(s);
}

}  // namespace

basket::BasketOptions basket_options_of(const std::map<std::string, std::string>& options) {
  basket::BasketOptions o;
  auto it = options.find("predict.min_support");
  if (it == options.end()) return o;
  char* end = nullptr;
  const double v = std::strtod(it->second.c_str(), &end);
  if (end != it->second.c_str() && *end == 0 && v >= kMinSupportLow && v <= kMinSupportHigh) o.min_support = v;
  return o;
}

bool PredictTab::draw(Analyzer& analyzer, std::map<std::string, std::string>& options, const std::string& currency) {
  const float e = ImGui::GetFontSize();
  const float row_h = std::max(18 * e, (ImGui::GetContentRegionAvail().y - e) / 2);
  const float w = column_width(3);
  begin_card("predict.clv", "Lifetime value (BG/NBD + Gamma-Gamma)", ImVec2(2 * w + e, row_h));
  draw_clv(analyzer.clv(), clv::clv_by_segment(analyzer.clv(), analyzer.customers().rfm), currency, row_h);
  end_card();
  ImGui::SameLine();
  begin_card("predict.churn", "Churn risk", ImVec2(w, row_h));
  draw_churn(analyzer.churn(), currency, row_h);
  end_card();
  begin_card("predict.basket", "Bought together", ImVec2(w, row_h));
  analyzer.set_basket_options(basket_options_of(options));
  const bool changed = draw_basket(analyzer.basket(), options, row_h);
  if (changed) analyzer.set_basket_options(basket_options_of(options));
  end_card();
  ImGui::SameLine();
  begin_card("predict.forecast", "Revenue forecast (Holt-Winters)", ImVec2(2 * w + e, row_h));
  draw_forecast(analyzer.forecast(), currency, row_h);
  end_card();
  probe_item("predict.cards");
  return changed;
}

void PredictTab::draw_clv(const clv::ClvAnalysis& a, const std::vector<clv::ClvSegmentRow>& segments,
                          const std::string& currency, float height) {
  const float e = ImGui::GetFontSize();
  if (!a.fitted) {
    muted("Not fitted: " + a.note);
    return;
  }
  const clv::BgNbdParams& p = a.bgnbd.params;
  ImGui::Text("r %.3f  alpha %.3f  a %.3f  b %.3f  (log-likelihood %s)", p.r, p.alpha, p.a, p.b,
              format_fixed(a.bgnbd.log_likelihood, 1).c_str());
  // A fit that ran to its iteration limit (a parameter drifting to its bound:
  // e.g. b -> infinity, no drop-out in the data) is said so, not hidden.
  if (!a.bgnbd.converged)
    muted("BG/NBD did not converge (" + format_count(a.bgnbd.iterations) +
          " iterations): the likelihood is flat towards a parameter bound (here b or alpha), so read P(alive) with care.");
  if (a.holdout_weeks > 0)
    ImGui::Text("Holdout %s .. %s: %s purchases predicted, %s actual; group error %.1f%%",
                format_iso_date(a.calibration_end + 1).c_str(), format_iso_date(a.holdout_end).c_str(),
                format_count(std::llround(a.holdout_predicted)).c_str(),
                format_count(std::llround(a.holdout_actual)).c_str(), a.holdout_mape);
  ImGui::Text("Total %d-month CLV %s over %s customers", a.options.horizon_months,
              format_money(money_of(a.total_clv), currency).c_str(), format_count(a.customers).c_str());
  muted("Assumes customers buy at a steady personal rate while active, may leave after any purchase and never "
        "come back, and that spend per order does not depend on how often they buy (correlation here " +
        format_fixed(a.spend_frequency_correlation, 2) + "). Discount " +
        format_percent(a.options.monthly_discount, 1) + " a month.");
  const float chart_h = ImGui::GetContentRegionAvail().y - 0.5f * e;
  const float w = (ImGui::GetContentRegionAvail().x - 2 * e) / 3;
  // CLV distribution.
  std::vector<std::string> bins;
  std::vector<double> counts;
  for (size_t i = 0; i < a.clv_counts.size(); ++i) {
    bins.push_back(format_money_compact(a.clv_edges[i], currency));
    counts.push_back(a.clv_counts[i]);
  }
  charts::PlotSpec hist;
  hist.x = charts::category_axis(bins, "CLV");
  hist.y = charts::value_axis(0, *std::max_element(counts.begin(), counts.end()), charts::ValueFormat::count(),
                              "Customers");
  charts::Plot plot;
  if (charts::begin_plot(plot, "##clv_hist", ImVec2(w, chart_h), hist)) {
    charts::plot_bars(plot, {{"Customers", counts}});
    charts::end_plot(plot);
  }
  probe_item("predict.clv_hist");
  // P(alive) against weeks since the last purchase (up to 3,000 customers).
  ImGui::SameLine();
  charts::ScatterSeries pts;
  const size_t step = std::max<size_t>(1, a.by_value.size() / 3000);
  double max_recency = 1;
  for (size_t i = 0; i < a.by_value.size(); i += step) {
    const clv::ClvCustomer& c = a.by_value[i];
    pts.x.push_back(c.summary.T - c.summary.t_x);
    pts.y.push_back(c.p_alive);
    pts.group.push_back(c.summary.x > 0 ? 0 : 1);
    max_recency = std::max(max_recency, c.summary.T - c.summary.t_x);
  }
  charts::PlotSpec sc;
  sc.x = charts::value_axis(0, max_recency, charts::ValueFormat::fixed(0), "Weeks since last purchase");
  sc.y = charts::value_axis(0, 1, charts::ValueFormat::percent(0), "P(alive)");
  if (charts::begin_plot(plot, "##p_alive", ImVec2(w, chart_h), sc)) {
    charts::plot_scatter(plot, pts);
    charts::end_plot(plot);
  }
  probe_item("predict.p_alive");
  // Top customers.
  ImGui::SameLine();
  ImGui::BeginGroup();
  const float table_h = (chart_h - 0.5f * e) / 2;
  if (begin_table("##top_clv", 4, table_h)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"Customer", "Repeats", "P(alive)", "CLV"}) ImGui::TableSetupColumn(h);
    table_headers_row(~uint64_t{0} << 1);
    for (size_t k = 0; k < a.top_ids.size(); ++k) {
      const clv::ClvCustomer& c = a.by_value[k];
      ImGui::TableNextRow();
      cell(a.top_ids[k]);
      figure(format_count(static_cast<int64_t>(c.summary.x)));
      figure(format_percent(c.p_alive, 0));
      figure(format_money(money_of(c.clv), currency));
    }
    ImGui::EndTable();
  }
  probe_item("predict.top_clv");
  // Segment x CLV: RFM segment rows with the model's value.
  if (begin_table("##segment_clv", 5, table_h)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"Segment", "Customers", "Mean CLV", "Total CLV", "P(alive)"}) ImGui::TableSetupColumn(h);
    table_headers_row(~uint64_t{0} << 1);
    for (const clv::ClvSegmentRow& r : segments) {
      if (r.customers == 0) continue;
      ImGui::TableNextRow();
      cell(segment_name(r.segment));
      figure(format_count(r.customers));
      figure(format_money(money_of(r.mean_clv), currency));
      figure(format_money_compact(r.total_clv, currency));
      figure(format_percent(r.mean_p_alive, 0));
    }
    ImGui::EndTable();
  }
  probe_item("predict.segment_clv");
  ImGui::EndGroup();
  (void)height;
}

void PredictTab::draw_churn(const churn::ChurnAnalysis& c, const std::string& currency, float height) {
  if (!c.fitted) {
    muted("Not fitted: " + c.note);
    return;
  }
  ImGui::Text("Holdout ROC AUC %.3f  precision %.2f  recall %.2f", c.auc, c.precision, c.recall);
  ImGui::Text("At risk: %s customers, %s spent so far", format_count(c.customers_at_risk).c_str(),
              format_money(c.revenue_at_risk, currency).c_str());
  muted("Churn = no purchase in " + std::to_string(c.options.horizon_days) +
        " days. Logistic regression trained on " + format_iso_date(c.train_cutoff) + ", tested on " +
        format_iso_date(c.test_cutoff) + "; assumes the effects are linear in the log-odds and stable over time.");
  const float e = ImGui::GetFontSize();
  if (begin_table("##coef", 2, 6.6f * e)) {
    ImGui::TableSetupColumn("Feature");
    ImGui::TableSetupColumn("Log-odds per SD");
    table_headers_row(~uint64_t{0} << 1);
    for (int j = 0; j < churn::kChurnFeatures; ++j) {
      ImGui::TableNextRow();
      cell(churn::churn_feature_name(j));
      figure(format_fixed(c.coefficient[j], 3));
    }
    ImGui::EndTable();
  }
  if (begin_table("##at_risk", 3, ImGui::GetContentRegionAvail().y - 0.5f * e)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"Customer", "P(churn)", "Spent"}) ImGui::TableSetupColumn(h);
    table_headers_row(~uint64_t{0} << 1);
    for (const churn::AtRiskCustomer& r : c.at_risk) {
      ImGui::TableNextRow();
      cell(r.id);
      figure(format_percent(r.probability, 0));
      figure(format_money(r.revenue, currency));
    }
    ImGui::EndTable();
  }
  (void)height;
}

bool PredictTab::draw_basket(const basket::Basket& b, std::map<std::string, std::string>& options, float height) {
  const float e = ImGui::GetFontSize();
  // The minimum support: a log slider in percent of orders; the basket runs
  // again when the slider is let go (not on every step of a drag).
  bool changed = false;
  float pct = static_cast<float>(b.options.min_support * 100);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Minimum support");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::min(12 * e, ImGui::GetContentRegionAvail().x));
  ImGui::SliderFloat("##min_support", &pct, static_cast<float>(kMinSupportLow * 100), static_cast<float>(kMinSupportHigh * 100),
                     "%.2f%% of orders", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  probe_item("predict.min_support");
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    options["predict.min_support"] = format_fixed(static_cast<double>(pct) / 100, 5);
    changed = true;
  }
  item_tooltip("Pairs and triples bought together in at least this share of orders are listed. Lower finds rarer "
               "combinations (and more noise); the analysis runs again when you let go.");
  text_wrapped(format_count(b.orders) + " orders, " + format_count(b.multi_item_orders) + " with 2+ products: " +
               format_count(b.frequent_pairs) + " pairs, " + format_count(b.frequent_triples) + " triples (" +
               format_duration(b.compute_ms / 1000.0) + ")");
  probe_item("predict.basket.summary");
  muted("Lift above 1: more often together than by chance. Confidence: of the orders with the first two, the share "
        "that also has the third.");
  const float avail = ImGui::GetContentRegionAvail().y - 0.5f * e;
  const float pairs_h = b.triples.empty() ? avail : avail * 0.55f;
  if (begin_table("##pairs", 4, pairs_h)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"Product", "With", "Orders", "Lift"}) ImGui::TableSetupColumn(h);
    table_headers_row(column_bit(2) | column_bit(3));
    for (const basket::ProductPair& p : b.pairs) {
      ImGui::TableNextRow();
      cell(p.a_name);
      cell(p.b_name);
      figure(format_count(p.orders));
      figure(format_fixed(p.lift, 2));
    }
    ImGui::EndTable();
  }
  probe_item("predict.basket.pairs");
  if (!b.triples.empty() && begin_table("##triples", 5, ImGui::GetContentRegionAvail().y - 0.5f * e)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"With both", "and", "Also buy", "Confidence", "Lift"}) ImGui::TableSetupColumn(h);
    table_headers_row(column_bit(3) | column_bit(4));
    for (const basket::ProductTriple& t : b.triples) {
      ImGui::TableNextRow();
      cell(t.x_name);
      cell(t.y_name);
      cell(t.z_name);
      figure(format_percent(t.confidence, 0));
      figure(format_fixed(t.lift, 2));
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s + %s -> %s\nIn %s orders (%s of all); %s of the %s orders with the first two", t.x_name.c_str(),
                          t.y_name.c_str(), t.z_name.c_str(), format_count(t.orders).c_str(),
                          format_percent(t.support, 2).c_str(), format_percent(t.confidence, 1).c_str(),
                          format_count(t.antecedent_orders).c_str());
    }
    ImGui::EndTable();
    probe_item("predict.basket.triples");
  }
  (void)height;
  return changed;
}

void PredictTab::draw_forecast(const forecast::Forecast& f, const std::string& currency, float height) {
  if (!f.fitted) {
    muted("Not fitted: " + f.note);
    return;
  }
  const forecast::SeriesForecast& s = f.revenue;
  ImGui::Text("Backtest on the last %d %s: MAPE %s%%, sMAPE %.1f%%; %zu anomalies (robust z > 3.5)", f.horizon,
              f.monthly ? "months" : "days", std::isnan(s.backtest_mape) ? "-" : format_fixed(s.backtest_mape, 1).c_str(),
              s.backtest_smape, s.anomalies.size());
  muted(std::string("Additive trend and ") + (f.monthly ? "yearly" : "weekly") +
        " season, smoothed; the band is a 95% interval assuming errors like the past ones.");
  // The last 3 seasons of actuals, then the forecast with its band.
  const size_t n = s.actual.size(), shown = std::min(n, static_cast<size_t>(3 * f.season + f.horizon));
  const size_t from = n - std::min(n, shown);
  std::vector<std::string> labels(f.labels.begin() + static_cast<long>(from), f.labels.end());
  labels.insert(labels.end(), f.future_labels.begin(), f.future_labels.end());
  const size_t total = labels.size();
  const double nan = std::nan("");
  std::vector<double> actual(total, nan), ahead(total, nan), lo(total, nan), hi(total, nan);
  double top = 0;
  for (size_t i = from; i < n; ++i) actual[i - from] = s.actual[i], top = std::max(top, s.actual[i]);
  for (size_t k = 0; k < s.forecast.size(); ++k) {
    const size_t i = n - from + k;
    ahead[i] = s.forecast[k];
    lo[i] = std::max(0.0, s.lower[k]);
    hi[i] = s.upper[k];
    top = std::max(top, s.upper[k]);
  }
  ahead[n - from - 1] = actual[n - from - 1];  // the forecast line starts at the last actual
  charts::PlotSpec spec;
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, top, charts::ValueFormat::money_compact(currency), "Revenue");
  charts::Plot plot;
  const std::vector<double> x = charts::band_centers(static_cast<int>(total));
  const ImVec2 size(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - 0.5f * ImGui::GetFontSize());
  if (charts::begin_plot(plot, "##forecast", size, spec)) {
    charts::plot_lines(plot, {{"Revenue", x, actual},
                              {"Forecast", x, ahead, 0, false, false, false, false},
                              {"95% low", x, lo, 0, false, false, false, true},
                              {"95% high", x, hi, 0, false, false, false, true}});
    charts::end_plot(plot);
  }
  probe_item("predict.forecast_chart");
  (void)height;
}

}  // namespace starcart
