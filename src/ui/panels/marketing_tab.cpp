#include "ui/panels/marketing_tab.h"

#include <algorithm>
#include <cmath>

#include "core/format.h"
#include "ui/charts/canvas.h"
#include "ui/charts/legend.h"
#include "ui/charts/ranked_bars.h"
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

// Both charts rank the channels on horizontal bars (charts::ranked_bars):
// as vertical bars their names shared the axis and every other one was
// left out at 1,280 px; on rows each keeps its label, and a card too short
// for all of them folds the last into one muted "N more".
void MarketingTab::draw_revenue(const Marketing& m, const std::string& currency) {
  if (!m.has_channels) {
    charts::chart_placeholder("##mkt_revenue_empty", ImGui::GetContentRegionAvail(), charts::ChartStatus::kEmpty,
                              "The order lines name no channel (source / utm_source)");
    return;
  }
  charts::RankedBarsSpec s;
  s.value_name = "Last touch";
  s.value2_name = "First touch";
  for (const MarketingRow& r : m.channels) {
    s.labels.push_back(channel_label(r.channel_name));
    s.values.push_back(money_to_double(r.revenue));
    s.values2.push_back(money_to_double(r.first_touch_revenue));
    s.shares.push_back(r.revenue_share);
    s.details.push_back({{"Orders", format_count(r.orders)}, {"New customers", format_count(r.new_customers)}});
  }
  s.format = charts::ValueFormat::money_compact(currency);
  s.status = charts::status_of(false, m.channels.empty());
  s.empty_text = "No sales in the selection";
  // Which colour is which touch: a legend line above the bars.
  const float w = ImGui::GetContentRegionAvail().x;
  charts::legend("##mkt_revenue_legend", {{"Last touch", theme().accent}, {"First touch", charts::series_color(1)}}, w);
  const charts::ChartHit hit = charts::ranked_bars("##mkt_revenue_chart", ImGui::GetContentRegionAvail(), s);
  probe_chart("marketing.revenue", hit.hovered, hit.clicked);
}

void MarketingTab::draw_efficiency(const Marketing& m) {
  charts::RankedBarsSpec s;
  std::vector<const MarketingRow*> rows;
  for (const MarketingRow& r : m.channels) {
    if (m.has_spend && !r.roas) continue;  // no spend on the channel: no ROAS
    s.labels.push_back(channel_label(r.channel_name));
    s.values.push_back(m.has_spend ? *r.roas : static_cast<double>(r.new_customers));
    rows.push_back(&r);
    if (m.has_spend)
      s.details.push_back({{"Spend", format_money(r.spend)}, {"New customers", format_count(r.new_customers)}});
  }
  s.value_name = m.has_spend ? "ROAS" : "New customers";
  s.format = m.has_spend ? charts::ValueFormat::compact() : charts::ValueFormat::count();
  // ROAS does not add up: the folded channels' is their revenue over their spend.
  if (m.has_spend)
    s.rest_value = [rows](int first) {
      double revenue = 0, spend = 0;
      for (size_t i = static_cast<size_t>(first); i < rows.size(); ++i)
        revenue += money_to_double(rows[i]->revenue), spend += money_to_double(rows[i]->spend);
      return spend > 0 ? revenue / spend : 0.0;
    };
  s.status = charts::status_of(false, rows.empty());
  s.empty_text = m.has_spend ? "No spend on the order lines' channels in the period" : "No channels in the selection";
  const charts::ChartHit hit = charts::ranked_bars("##mkt_efficiency_chart", ImGui::GetContentRegionAvail(), s);
  probe_chart("marketing.efficiency", hit.hovered, hit.clicked);
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
