#include "ui/panels/marketing_tab.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/bars.h"
#include "ui/charts/canvas.h"
#include "ui/charts/plot.h"
#include "ui/charts/tooltip.h"
#include "ui/panels/card.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

std::string channel_label(std::string_view name) { return name.empty() ? "(no channel)" : std::string(name); }

std::string ratio_text(const std::optional<double>& v) { return v ? format_fixed(*v, 2) : std::string("-"); }

std::string money_or_dash(const std::optional<Money>& v, const std::string& currency) {
  return v ? format_money(*v, currency) : std::string("-");
}

}  // namespace

bool has_marketing_data(const FactStore& s) { return s.channels.size() > 1 || !s.spend.empty(); }

void MarketingTab::draw(const Marketing& m, const std::string& currency) {
  const float e = em();
  draw_summary(m, currency);
  const float h = ImGui::GetContentRegionAvail().y;
  const float top_h = std::max(16 * e, std::floor(h * 0.48f));
  const float w = column_width(2);
  begin_card("mkt_revenue", "Revenue by channel: last touch vs first touch", ImVec2(w, top_h));
  draw_revenue(m, currency);
  end_card();
  ImGui::SameLine();
  begin_card("mkt_efficiency", m.has_spend ? "Return on ad spend (revenue / spend)" : "New customers by channel",
             ImVec2(w, top_h));
  draw_efficiency(m);
  end_card();
  begin_card("mkt_table", "Channels and campaigns", ImVec2(0, std::max(12 * e, ImGui::GetContentRegionAvail().y)));
  draw_table(m, currency);
  end_card();
}

void MarketingTab::draw_summary(const Marketing& m, const std::string& currency) {
  std::string line = format_money_whole(m.revenue, currency) + " revenue  ·  " + format_count(m.orders) +
                     " orders  ·  " + format_count(m.new_customers) + " new customers";
  if (m.has_spend) {
    line += "  ·  spend " + format_money_whole(m.total_spend, currency) + "  ·  ROAS " + ratio_text(m.roas) +
            "  ·  CAC " + money_or_dash(m.cac, currency);
  }
  ImGui::TextUnformatted(line.c_str());
  probe_item("marketing.summary");
  if (!m.unknown_channels.empty()) {
    std::string names;
    for (const UnknownSpendChannel& u : m.unknown_channels) {
      if (!names.empty()) names += ", ";
      names += (u.name.empty() ? std::string("(not given)") : std::string(u.name)) + " " +
               format_money_whole(u.spend, currency);
    }
    muted_text(format_count(m.unknown_channel_rows) + " spend rows name channels no order has (" + names +
               "): in the total spend, in no channel row");
    probe_item("marketing.unknown_channels");
  }
  if (m.spend_unfiltered)
    muted_text("Spend has no country, category or customer: the filter narrows the revenue, not the spend");
}

void MarketingTab::draw_revenue(const Marketing& m, const std::string& currency) {
  if (!m.has_channels) {
    charts::chart_placeholder("##mkt_revenue_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "The order lines name no channel (source / utm_source)");
    return;
  }
  std::vector<std::string> labels;
  std::vector<double> last, first;
  double top = 1;
  for (const MarketingRow& r : m.channels) {
    labels.push_back(channel_label(r.channel_name));
    last.push_back(money_to_double(r.revenue));
    first.push_back(money_to_double(r.first_touch_revenue));
    top = std::max({top, last.back(), first.back()});
  }
  charts::PlotSpec spec;
  spec.x = charts::category_axis(labels);
  spec.y = charts::value_axis(0, top, charts::ValueFormat::money_compact(currency), "Revenue");
  spec.status = charts::status_of(false, m.channels.empty());
  spec.empty_text = "No sales in the selection";
  charts::Plot plot;
  if (!charts::begin_plot(plot, "##mkt_revenue_chart", ImGui::GetContentRegionAvail(), spec)) return;
  const charts::ChartHit hit = charts::plot_bars(plot, {{"Last touch", last}, {"First touch", first}});
  charts::end_plot(plot);
  probe_chart("marketing.revenue", hit.hovered, hit.clicked);
  if (hit.hovered < 0) return;
  const MarketingRow& r = m.channels[static_cast<size_t>(hit.hovered)];
  charts::chart_tooltip(channel_label(r.channel_name),
                        {{"Last touch", format_money(r.revenue, currency), charts::series_color(0)},
                         {"First touch", format_money(r.first_touch_revenue, currency), charts::series_color(1)},
                         {"Share (last touch)", format_percent(r.revenue_share)},
                         {"Orders", format_count(r.orders)},
                         {"New customers", format_count(r.new_customers)}});
}

void MarketingTab::draw_efficiency(const Marketing& m) {
  std::vector<std::string> labels;
  std::vector<double> values;
  std::vector<const MarketingRow*> rows;
  double top = m.has_spend ? 1 : 1;
  for (const MarketingRow& r : m.channels) {
    if (m.has_spend && !r.roas) continue;  // no spend on the channel: no ROAS
    labels.push_back(channel_label(r.channel_name));
    values.push_back(m.has_spend ? *r.roas : static_cast<double>(r.new_customers));
    rows.push_back(&r);
    top = std::max(top, values.back());
  }
  charts::PlotSpec spec;
  spec.x = charts::category_axis(labels);
  spec.y = m.has_spend ? charts::value_axis(0, top, charts::ValueFormat::compact(), "Revenue per unit of spend")
                       : charts::value_axis(0, top, charts::ValueFormat::count(), "New customers");
  spec.status = charts::status_of(false, rows.empty());
  spec.empty_text = m.has_spend ? "No spend on the order lines' channels in the period" : "No channels in the selection";
  charts::Plot plot;
  if (!charts::begin_plot(plot, "##mkt_efficiency_chart", ImGui::GetContentRegionAvail(), spec)) return;
  const charts::ChartHit hit =
      charts::plot_bars(plot, {{m.has_spend ? "ROAS" : "New customers", values, theme().accent}});
  charts::end_plot(plot);
  probe_chart("marketing.efficiency", hit.hovered, hit.clicked);
  if (hit.hovered < 0) return;
  const MarketingRow& r = *rows[static_cast<size_t>(hit.hovered)];
  if (m.has_spend)
    charts::chart_tooltip(channel_label(r.channel_name), {{"ROAS", ratio_text(r.roas), theme().accent},
                                                          {"Spend", format_money(r.spend)},
                                                          {"New customers", format_count(r.new_customers)}});
  else
    charts::chart_tooltip(channel_label(r.channel_name),
                          {{"New customers", format_count(r.new_customers), theme().accent}});
}

void MarketingTab::draw_table(const Marketing& m, const std::string& currency) {
  const int columns = m.has_spend ? 10 : 7;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("mkt_table_rows", columns, flags, ImGui::GetContentRegionAvail())) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Channel / campaign", 0, 2.2f);
  for (const char* c : {"Revenue", "Share", "Orders", "New customers", "AOV", "First touch"})
    ImGui::TableSetupColumn(c, 0, 1.0f);
  if (m.has_spend)
    for (const char* c : {"Spend", "ROAS", "CAC"}) ImGui::TableSetupColumn(c, 0, 0.9f);
  ImGui::TableHeadersRow();
  auto row = [&](const MarketingRow& r, bool campaign) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (campaign) {
      const std::string name = "    " + (r.campaign_name.empty() ? std::string("(no campaign)") : std::string(r.campaign_name));
      ImGui::TextDisabled("%s", name.c_str());
      probe_item("marketing.campaign." + std::string(r.channel_name) + "/" + std::string(r.campaign_name));
    } else {
      ImGui::TextUnformatted(channel_label(r.channel_name).c_str());
      probe_item("marketing.channel." + std::string(r.channel_name));
    }
    const std::string cells[] = {format_money(r.revenue, currency), format_percent(r.revenue_share),
                                 format_count(r.orders), format_count(r.new_customers), money_or_dash(r.aov, currency),
                                 format_money(r.first_touch_revenue, currency)};
    for (const std::string& c : cells) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.c_str());
    }
    if (!m.has_spend) return;
    const std::string spend[] = {format_money(r.spend, currency), ratio_text(r.roas), money_or_dash(r.cac, currency)};
    for (const std::string& c : spend) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.c_str());
    }
  };
  size_t k = 0;
  for (const MarketingRow& ch : m.channels) {
    row(ch, false);
    // Campaigns are grouped by channel in the channels' order.
    while (k < m.campaigns.size() && m.campaigns[k].channel == ch.channel) row(m.campaigns[k++], true);
  }
  ImGui::EndTable();
}

}  // namespace starcart
