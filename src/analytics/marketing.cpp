#include "analytics/marketing.h"
#include "core/sort_rows.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace starcart {

namespace {

constexpr uint32_t kNone = UINT32_MAX;

uint64_t pair_key(uint32_t a, uint32_t b) { return static_cast<uint64_t>(a) << 32 | b; }

// Lower-cased, without surrounding blanks: how spend names meet line names
// when they are not written exactly alike ("email " vs "Email").
std::string folded(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  std::string out(s.substr(b, e - b));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A name of `spend_dict` to an id of `lines_dict`: exact, else folded; kNone
// when no line has it.
std::vector<uint32_t> match_names(const Dictionary& spend_dict, const Dictionary& lines_dict) {
  std::unordered_map<std::string, uint32_t> by_folded;
  for (uint32_t id = 1; id < lines_dict.size(); ++id) by_folded.emplace(folded(lines_dict.at(id)), id);
  std::vector<uint32_t> out(spend_dict.size(), kNone);
  out[0] = 0;
  for (uint32_t id = 1; id < spend_dict.size(); ++id) {
    if (auto exact = lines_dict.find(spend_dict.at(id))) {
      out[id] = *exact;
      continue;
    }
    auto it = by_folded.find(folded(spend_dict.at(id)));
    if (it != by_folded.end()) out[id] = it->second;
  }
  return out;
}

// Distinct counts per row by the index's pair keys (fact_index.h (1)): a
// pair's first line counts once for its row, without hash sets.
struct Distinct {
  std::vector<uint8_t> seen;  // per key
  explicit Distinct(const PairKeys& k) : seen(k.count, 0) {}
  bool first(uint32_t key) {
    if (seen[key]) return false;
    seen[key] = 1;
    return true;
  }
};

void finish(MarketingRow& r, Money total, bool has_spend) {
  if (r.orders > 0) r.aov = div_round(r.revenue, r.orders);
  r.revenue_share = total != 0 ? static_cast<double>(r.revenue) / static_cast<double>(total) : 0;
  if (!has_spend) return;
  if (r.spend > 0) r.roas = static_cast<double>(r.revenue) / static_cast<double>(r.spend);
  if (r.spend > 0 && r.new_customers > 0) r.cac = div_round(r.spend, r.new_customers);
}

bool in_rows(const MarketingRow& r) {
  return r.revenue != 0 || r.orders > 0 || r.new_customers > 0 || r.spend > 0 || r.first_touch_revenue != 0;
}

}  // namespace

Marketing compute_marketing(const FactIndex& x, const Selection& sel, const Filter& filter, DayRange period) {
  const FactStore& s = x.facts();
  Marketing out;
  out.has_channels = s.channels.size() > 1;
  out.has_campaigns = s.campaigns.size() > 1;
  out.has_spend = !s.spend.empty();
  if (!out.has_channels && !out.has_spend) return out;

  const size_t channels = s.channels.size();
  std::vector<MarketingRow> ch(channels);
  for (uint32_t id = 0; id < channels; ++id) {
    ch[id].channel = id;
    ch[id].channel_name = s.channels.at(id);
  }
  // Campaign rows: one per campaign key of the index (a (channel, campaign)
  // pair of the lines), then rows for spend on pairs no sale line has, keyed
  // by (channel, campaign id) or (channel, kNone - spend campaign id).
  const CampaignKeys& keys = x.campaign_key;
  std::vector<MarketingRow> cp(keys.count);
  for (uint32_t k = 0; k < keys.count; ++k) {
    MarketingRow& r = cp[k];
    r.channel = keys.channel[k];
    r.channel_name = s.channels.at(r.channel);
    r.campaign = keys.campaign[k];
    r.campaign_name = s.campaigns.at(r.campaign);
  }
  std::unordered_map<uint64_t, uint32_t> spend_row;  // only when spend is loaded: few rows
  auto campaign_of = [&](uint32_t channel, uint32_t campaign, std::string_view name) {
    auto it = spend_row.emplace(pair_key(channel, campaign), static_cast<uint32_t>(cp.size()));
    if (it.second) {
      MarketingRow r;
      r.channel = channel;
      r.channel_name = s.channels.at(channel);
      r.campaign = campaign < s.campaigns.size() ? campaign : 0;
      r.campaign_name = name;
      cp.push_back(r);
    }
    return it.first->second;
  };

  // First touch and new customers go to the channel and campaign of each
  // customer's first-ever sale line (the index's, over the whole data).
  Distinct order_ch(x.order_channel), order_cp(x.order_campaign), customer_ch(x.customer_channel),
      customer_cp(x.customer_campaign);
  std::vector<uint8_t> seen_customer(s.customers.size(), 0);
  std::vector<uint8_t> seen_order(s.orders.size(), 0);
  for (uint32_t i : sel.lines) {
    if (s.kind[i] != LineKind::kSale) continue;
    const uint32_t c = s.customer[i], o = s.order[i], channel = id_at(s.channel, i);
    const uint32_t key = keys.at(s, i);
    const Money v = s.value[i];
    MarketingRow& rc = ch[channel];
    MarketingRow& rk = cp[key];
    rc.revenue += v;
    rk.revenue += v;
    out.revenue += v;
    if (order_ch.first(x.order_channel.at(s.order, i))) ++rc.orders;
    if (order_cp.first(x.order_campaign.at(s.order, i))) ++rk.orders;
    if (!seen_order[o]) {
      seen_order[o] = 1;
      ++out.orders;
    }
    if (c == 0) {  // a guest order has no history and keeps its own channel and campaign
      rc.first_touch_revenue += v;
      rk.first_touch_revenue += v;
      continue;
    }
    if (customer_ch.first(x.customer_channel.at(s.customer, i))) ++rc.customers;
    if (customer_cp.first(x.customer_campaign.at(s.customer, i))) ++rk.customers;
    // The first sale line is a sale line, so it has a campaign key; the
    // campaign's first touch sums to its channel's.
    const uint32_t f = x.first_sale_line[c];
    MarketingRow& first_channel = ch[id_at(s.channel, f)];
    MarketingRow& first_campaign = cp[keys.at(s, f)];
    first_channel.first_touch_revenue += v;
    first_campaign.first_touch_revenue += v;
    if (!seen_customer[c]) {
      seen_customer[c] = 1;
      if (s.day[f] >= period.from && s.day[f] <= period.to) {
        ++out.new_customers;
        ++first_channel.new_customers;
        ++first_campaign.new_customers;
      }
    }
  }

  if (out.has_spend) {
    const std::vector<uint32_t> channel_of = match_names(s.spend_channels, s.channels);
    const std::vector<uint32_t> campaign_id = match_names(s.spend_campaigns, s.campaigns);
    std::vector<uint8_t> wanted;  // per line channel id: among the filter's channels
    if (!filter.channels.empty()) {
      wanted.assign(channels, 0);
      for (const std::string& name : filter.channels)
        if (auto id = s.channels.find(name)) wanted[*id] = 1;
    }
    // Spend on a campaign pair the lines have goes to its row.
    for (uint32_t k = 0; k < keys.count; ++k) spend_row.emplace(pair_key(keys.channel[k], keys.campaign[k]), k);
    std::vector<UnknownSpendChannel> unknown(s.spend_channels.size());
    for (const SpendFact& f : s.spend) {
      if (f.day < period.from || f.day > period.to) continue;
      const uint32_t channel = channel_of[f.channel];
      if (channel == kNone || channel == 0) {
        if (!wanted.empty()) continue;  // a filter on channels keeps only its own
        UnknownSpendChannel& u = unknown[f.channel];
        u.name = s.spend_channels.at(f.channel);
        u.spend += f.amount;
        ++u.rows;
        out.total_spend += f.amount;
        continue;
      }
      if (!wanted.empty() && !wanted[channel]) continue;
      out.total_spend += f.amount;
      out.matched_spend += f.amount;
      ch[channel].spend += f.amount;
      if (f.campaign == 0) continue;  // spend on the channel as a whole
      const uint32_t known = campaign_id[f.campaign];
      const uint32_t row = known != kNone ? campaign_of(channel, known, s.campaigns.at(known))
                                          : campaign_of(channel, kNone - f.campaign, s.spend_campaigns.at(f.campaign));
      cp[row].spend += f.amount;
    }
    for (const UnknownSpendChannel& u : unknown)
      if (u.rows > 0) {
        out.unknown_channels.push_back(u);
        out.unknown_channel_rows += u.rows;
      }
    sort_rows(out.unknown_channels, [](const UnknownSpendChannel& a, const UnknownSpendChannel& b) {
      if (a.spend != b.spend) return a.spend > b.spend;
      return a.name < b.name;
    });
    if (out.total_spend > 0) out.roas = static_cast<double>(out.revenue) / static_cast<double>(out.total_spend);
    if (out.new_customers > 0) out.cac = div_round(out.total_spend, out.new_customers);
    out.spend_unfiltered = !filter.countries.empty() || !filter.categories.empty() || !filter.payment_types.empty() ||
                           !filter.states.empty() || !filter.suppliers.empty() || filter.has_customer_filter();
  }

  for (MarketingRow& r : ch)
    if (in_rows(r)) {
      finish(r, out.revenue, out.has_spend);
      out.channels.push_back(r);
    }
  auto by_revenue = [](const MarketingRow& a, const MarketingRow& b) {
    if (a.revenue != b.revenue) return a.revenue > b.revenue;
    if (a.channel_name != b.channel_name) return a.channel_name < b.channel_name;
    return a.campaign_name < b.campaign_name;
  };
  sort_rows(out.channels, by_revenue);
  std::vector<uint32_t> rank(channels, 0);
  for (size_t k = 0; k < out.channels.size(); ++k) rank[out.channels[k].channel] = static_cast<uint32_t>(k);
  for (MarketingRow& r : cp)
    if (in_rows(r) && (out.has_campaigns || r.campaign_name.size() > 0)) {
      finish(r, out.revenue, out.has_spend);
      out.campaigns.push_back(r);
    }
  sort_rows(out.campaigns, [&](const MarketingRow& a, const MarketingRow& b) {
    if (a.channel != b.channel) return rank[a.channel] < rank[b.channel];
    return by_revenue(a, b);
  });
  return out;
}

}  // namespace starcart
