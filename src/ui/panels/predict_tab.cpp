#include "ui/panels/predict_tab.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
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

Money money_of(double v) { return static_cast<Money>(std::llround(v * kMoneyScale)); }

bool begin_table(const char* id, int columns, ImVec2 size) {
  return ImGui::BeginTable(id, columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                               ImGuiTableFlags_BordersInnerH,
                           size);
}


}  // namespace

void PredictTab::draw(Analyzer& analyzer, const std::string& currency) {
  const float e = ImGui::GetFontSize();
  const float row_h = std::max(18 * e, (ImGui::GetContentRegionAvail().y - e) / 2);
  // Lifetime value and churn side by side; below 90 em (1,350 px at 15 px
  // type) churn's card would be too narrow for its figures and tables, so
  // it shares the second row with the forecast instead, taking three fifths
  // of it (its figures and its two tables side by side need the width; the
  // forecast's line reads at two fifths).
  const bool wide = ImGui::GetContentRegionAvail().x >= 90 * e;
  const float w = column_width(wide ? 3 : 5);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float clv_w = wide ? 2 * w + gap : ImGui::GetContentRegionAvail().x;
  begin_card("predict.clv", "Lifetime value (BG/NBD + Gamma-Gamma)", ImVec2(clv_w, row_h));
  draw_clv(analyzer.clv(), clv::clv_by_segment(analyzer.clv(), analyzer.customers().rfm), currency, row_h);
  end_card();
  const float churn_w = wide ? w : 3 * w + 2 * gap;
  if (wide) ImGui::SameLine();
  begin_card("predict.churn", "Churn risk", ImVec2(churn_w, row_h));
  draw_churn(analyzer.churn(), currency, row_h);
  end_card();
  if (!wide) ImGui::SameLine();
  begin_card("predict.forecast", "Revenue forecast (Holt-Winters)", ImVec2(0, row_h));
  draw_forecast(analyzer.forecast(), currency, row_h);
  end_card();
  probe_item("predict.cards");
}

void PredictTab::draw_clv(const clv::ClvAnalysis& a, const std::vector<clv::ClvSegmentRow>& segments,
                          const std::string& currency, float height) {
  const float e = ImGui::GetFontSize();
  if (!a.fitted) {
    muted("Not fitted: " + a.note);
    return;
  }
  const clv::BgNbdParams& p = a.bgnbd.params;
  // The fitted parameters on the card's title line when they fit beside the
  // title (a line more for the tables below), else on a line of their own.
  char params[160];
  std::snprintf(params, sizeof params, "r %.3f  alpha %.3f  a %.3f  b %.3f  (log-likelihood %s)", p.r, p.alpha, p.a,
                p.b, format_fixed(a.bgnbd.log_likelihood, 1).c_str());
  const float params_w = ImGui::CalcTextSize(params).x;
  const float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;  // the title is the last item
  if (title_end + 2 * e + params_w <= ImGui::GetContentRegionMax().x) {
    ImGui::SameLine(ImGui::GetContentRegionMax().x - params_w);
    muted_text(params);
  } else {
    ImGui::TextUnformatted(params);
  }
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
  // The two tables stacked beside the charts when each then shows a header
  // and five rows; else (1,280 x 800: two rows each) the four side by side,
  // each table the charts' full height.
  const float row_h = ImGui::GetTextLineHeight() + 2 * ImGui::GetStyle().CellPadding.y;
  const float gap_y = ImGui::GetStyle().ItemSpacing.y;
  const bool stacked = (chart_h - gap_y) / 2 >= 6 * row_h + 2;
  const float avail_w = ImGui::GetContentRegionAvail().x;
  const float w = stacked ? (avail_w - 2 * e) / 3 : std::floor((avail_w - 3 * e) * 0.2f);
  // Side by side the tables also take most of the room the charts keep below
  // their axis labels (at 1,024 x 768 that is the fifth row).
  const float table_h = stacked ? (chart_h - gap_y) / 2 : chart_h + 0.3f * e;
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
  // Side by side: the top customers as wide as their four figures need (19
  // em, at most half of what the charts leave), the segments the rest.
  const float top_w = stacked ? 0 : std::floor(std::min(19 * e, (ImGui::GetContentRegionAvail().x - e) * 0.5f));
  if (begin_table("##top_clv", 4, ImVec2(top_w, table_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : {"Customer", "Repeats", "P(alive)", "CLV"}) ImGui::TableSetupColumn(h);
    table_headers_row(~uint64_t{0} << 1);
    for (size_t k = 0; k < a.top_ids.size(); ++k) {
      const clv::ClvCustomer& c = a.by_value[k];
      ImGui::TableNextRow();
      next_text_cell(a.top_ids[k]);
      next_number_cell(format_count(static_cast<int64_t>(c.summary.x)));
      next_number_cell(format_percent(c.p_alive, 0));
      next_number_cell(format_money(money_of(c.clv), currency));
    }
    ImGui::EndTable();
  }
  probe_item("predict.top_clv");
  if (!stacked) ImGui::SameLine();
  // Segment x CLV: RFM segment rows with the model's value.
  // The whole headers when the table has room for them beside 8.5 em of
  // segment name ("Potential Loyalists"), else short ones;
  // either way the whole meaning on hover.
  static const char* const kLong[] = {"Segment", "Customers", "Mean CLV", "Total CLV", "P(alive)"};
  static const char* const kShort[] = {"Segment", "Cust.", "Mean", "Total", "Alive"};
  static const char* const kTips[] = {nullptr, "Customers in the segment", "Mean lifetime value per customer",
                                      "Total lifetime value of the segment",
                                      "Mean probability that a customer is still active (P(alive))"};
  float need = 8.5f * e;
  for (int k = 1; k < 5; ++k) need += ImGui::CalcTextSize(kLong[k]).x + 2 * ImGui::GetStyle().CellPadding.x;
  const char* const* heads = ImGui::GetContentRegionAvail().x >= need ? kLong : kShort;
  if (begin_table("##segment_clv", 5, ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    // Figures as wide as their header or value, the name the rest.
    ImGui::TableSetupColumn(heads[0], ImGuiTableColumnFlags_WidthStretch);
    for (int k = 1; k < 5; ++k) ImGui::TableSetupColumn(heads[k], ImGuiTableColumnFlags_WidthFixed);
    table_headers_row(~uint64_t{0} << 1, nullptr, kTips);
    for (const clv::ClvSegmentRow& r : segments) {
      if (r.customers == 0) continue;
      ImGui::TableNextRow();
      next_text_cell(segment_name(r.segment));
      next_number_cell(format_count(r.customers));
      next_number_cell(format_money_compact(r.mean_clv, currency));
      next_number_cell(format_money_compact(r.total_clv, currency));
      next_number_cell(format_percent(r.mean_p_alive, 0));
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
  const float e = ImGui::GetFontSize();
  const ImGuiStyle& st = ImGui::GetStyle();
  // Like the CLV card's tables beside its charts: the at-risk customers at
  // the card's full height on the right (below the figures they had a
  // header and one row at 1,280 x 800, none at 1,024 x 768); the
  // coefficients beside them when the figures keep 16 em, else under the
  // figures.
  const float h = ImGui::GetContentRegionAvail().y - 0.5f * e;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float pad = 2 * st.CellPadding.x;
  float risk_w = ImGui::CalcTextSize("Customer").x + ImGui::CalcTextSize("P(churn)").x + 3 * pad +
                 st.ScrollbarSize;
  float id_w = 0, spent_w = ImGui::CalcTextSize("Spent").x;
  for (const churn::AtRiskCustomer& r : c.at_risk) {
    id_w = std::max(id_w, ImGui::CalcTextSize(r.id.c_str()).x);
    spent_w = std::max(spent_w, ImGui::CalcTextSize(format_money(r.revenue, currency).c_str()).x);
  }
  risk_w = std::ceil(risk_w + spent_w + std::max(0.0f, id_w - ImGui::CalcTextSize("Customer").x));
  risk_w = std::min(risk_w, std::floor(avail * 0.5f));
  float name_w = 0;
  for (int j = 0; j < churn::kChurnFeatures; ++j)
    name_w = std::max(name_w, ImGui::CalcTextSize(churn::churn_feature_name(j)).x);
  const float coef_w = std::ceil(name_w + ImGui::CalcTextSize("-0.000").x + 2 * pad + st.ScrollbarSize);
  const float gap = st.ItemSpacing.x;
  const bool beside = avail - risk_w - coef_w - 2 * gap >= 16 * e;
  const bool two = avail - risk_w - gap >= 12 * e;
  const float text_w = beside ? avail - risk_w - coef_w - 2 * gap : two ? avail - risk_w - gap : avail;

  // The figures (and, when not beside, the coefficients): their own
  // region, which scrolls if a narrow card cannot hold them.
  const float row_h = ImGui::GetTextLineHeight() + 2 * st.CellPadding.y;
  const float coef_h = 6 * row_h + 2;  // the header and the five features
  const std::string fit = "Holdout ROC AUC " + format_fixed(c.auc, 3) + "  precision " + format_fixed(c.precision, 2) +
                          "  recall " + format_fixed(c.recall, 2);
  const std::string risk = "At risk: " + format_count(c.customers_at_risk) + " customers, " +
                           format_money(c.revenue_at_risk, currency) + " spent so far";
  const std::string churn_is = "Churn = no purchase in " + std::to_string(c.options.horizon_days) + " days.";
  const std::string how = churn_is + " Logistic regression trained on " + format_iso_date(c.train_cutoff) +
                          ", tested on " + format_iso_date(c.test_cutoff) +
                          "; assumes the effects are linear in the log-odds and stable over time.";
  // Under the figures the coefficients need their five rows (at 1,024 x 768
  // the model's four lines left them four): the model's note is then its
  // first sentence, the whole of it on hover.
  const float gap_y = st.ItemSpacing.y;
  const float text_h = wrapped_size(fit, text_w).y + wrapped_size(risk, text_w).y + 3 * gap_y;
  const bool short_note = two && !beside && text_h + wrapped_size(how, text_w).y + coef_h > h;
  if (two) ImGui::BeginChild("##churn_text", ImVec2(text_w, h), ImGuiChildFlags_None, ImGuiWindowFlags_NoBackground);
  text_wrapped(fit, text_w);
  text_wrapped(risk, text_w);
  muted_wrapped(short_note ? churn_is + " Logistic regression (hover for its dates and assumptions)." : how, text_w);
  if (short_note) item_tooltip(how);
  auto coefficients = [&](ImVec2 size) {
    // "Per SD" keeps the column narrow; the header's tooltip says what it is.
    static const char* const kTips[] = {nullptr, "Change in the log-odds of churn per standard deviation of the feature"};
    if (begin_table("##coef", 2, size)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      // The figure as wide as it needs, the name the rest (equal shares cut "recency_da…").
      ImGui::TableSetupColumn("Feature", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("Per SD", ImGuiTableColumnFlags_WidthFixed);
      table_headers_row(~uint64_t{0} << 1, nullptr, kTips);
      for (int j = 0; j < churn::kChurnFeatures; ++j) {
        ImGui::TableNextRow();
        next_text_cell(churn::churn_feature_name(j));
        probe_item("predict.churn_coef.row" + std::to_string(j));  // tests count the rows a user sees
        next_number_cell(format_fixed(c.coefficient[j], 3));
      }
      ImGui::EndTable();
    }
    probe_item("predict.churn_coef");
  };
  // Under the figures: the header and five rows when there is room, else what is left.
  if (!beside) {
    const float left = two ? ImGui::GetContentRegionAvail().y : 6.6f * e;
    coefficients(ImVec2(two ? 0 : avail, std::max(3 * row_h, std::min(coef_h, left))));
  }
  // One column (a narrow card): the at-risk table takes what is left below.
  if (two) {
    ImGui::EndChild();
    probe_item("predict.churn_text");
  }
  if (beside) {
    ImGui::SameLine();
    coefficients(ImVec2(coef_w, h));
  }
  if (two) ImGui::SameLine();
  const float risk_h = two ? h : ImGui::GetContentRegionAvail().y - 0.5f * e;
  if (begin_table("##at_risk", 3, ImVec2(two ? risk_w : 0, risk_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* hd : {"Customer", "P(churn)", "Spent"}) ImGui::TableSetupColumn(hd);
    table_headers_row(~uint64_t{0} << 1);
    for (size_t k = 0; k < c.at_risk.size(); ++k) {
      const churn::AtRiskCustomer& r = c.at_risk[k];
      ImGui::TableNextRow();
      next_text_cell(r.id);
      // The first rows' places: tests count the rows a user sees.
      if (k < 12) probe_item("predict.at_risk.row" + std::to_string(k));
      next_number_cell(format_percent(r.probability, 0));
      next_number_cell(format_money(r.revenue, currency));
    }
    ImGui::EndTable();
  }
  probe_item("predict.at_risk");
  (void)height;
}

void PredictTab::draw_forecast(const forecast::Forecast& f, const std::string& currency, float height) {
  if (!f.fitted) {
    muted("Not fitted: " + f.note);
    return;
  }
  const forecast::SeriesForecast& s = f.revenue;
  // Wrapped: beside churn the card is two fifths of a 1,024 px page.
  char backtest[200];
  std::snprintf(backtest, sizeof backtest, "Backtest on the last %d %s: MAPE %s%%, sMAPE %.1f%%; %zu anomalies (robust z > 3.5)",
                f.horizon, f.monthly ? "months" : "days",
                std::isnan(s.backtest_mape) ? "-" : format_fixed(s.backtest_mape, 1).c_str(), s.backtest_smape,
                s.anomalies.size());
  text_wrapped(backtest);
  muted(std::string(s.model == "multiplicative" ? "Multiplicative" : "Additive") + " Holt-Winters (backtest sMAPE additive " +
        (std::isnan(s.additive_smape) ? std::string("-") : format_fixed(s.additive_smape, 1) + "%") + ", multiplicative " +
        (std::isnan(s.multiplicative_smape) ? std::string("n/a, a period at 0") : format_fixed(s.multiplicative_smape, 1) + "%") + "), " +
        (f.monthly ? "yearly" : "weekly") + " season; the band is a 95% interval assuming errors like the past ones.");
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
