// Channel and campaign performance under a filter (issue 10, docs/metrics.md
// "Marketing"), when the order lines name a channel (source / utm_source):
//
//  - per channel, and per (channel, campaign) pair: sales revenue, orders
//    (distinct orders with a sale line in it), customers (distinct known
//    customers), new customers, AOV (revenue / orders, rounded half away
//    from zero) and share of the selection's sales revenue. Lines without a
//    channel are the row with channel id 0 (name "").
//  - new customers: a known customer with a sale line in the selection whose
//    first-ever order falls in the filter's period counts as new in the
//    channel (and campaign) of that first order. "First-ever" is over the
//    whole data, not the filter: the customer's earliest sale line (earliest
//    day; within a day the earlier time of day when both are known, else
//    the earlier line in the file). The first order may itself be outside
//    the selection (another category, say); it still says where the
//    customer came from. Summed over channels this is the KPI's new
//    customers.
//  - attribution, side by side per channel and per (channel, campaign):
//      last touch  = each order's revenue to the order's own channel and
//                    campaign (the order's source is the last touch before
//                    it converted): the rows' revenue;
//      first touch = each known customer's revenue to the channel and
//                    campaign of their first-ever order (above); a guest
//                    order has no history and keeps its own.
//    Both sum to the selection's sales revenue; a campaign's first touch
//    sums to its channel's. A campaign (or channel) with first-touch
//    revenue and no sale in the selection gets a row with zero revenue.
//  - spend, when a spend file was loaded (FactStore::spend): spend rows
//    whose day is in the filter's period (and whose channel is among the
//    filter's channels, when it names some) are matched to the lines'
//    channels by name (exactly, else ignoring case and surrounding blanks)
//    and to their campaigns likewise. Per row: spend, ROAS = revenue /
//    spend, CAC = spend / new customers (none on a
//    channel without spend: organic customers have no recorded cost). A spend channel no order line
//    names is not dropped: it is listed in unknown_channels with its spend
//    (and is in total_spend, not in any row). A spent-on campaign or channel
//    without sales in the selection gets a row with zero revenue. Spend has
//    no country, category or customer: `spend_unfiltered` says the filter
//    narrowed the revenue by such a condition the spend cannot follow.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analytics/fact_index.h"
#include "analytics/filter.h"

namespace starcart {

struct MarketingRow {
  uint32_t channel = 0;        // id in FactStore::channels; 0 = not given
  std::string_view channel_name;
  uint32_t campaign = 0;       // campaign rows: id in FactStore::campaigns (0 = none); channel rows: 0
  std::string_view campaign_name;  // campaign rows: as written (a spend-only campaign: as the spend file writes it)
  Money revenue = 0;           // last touch
  int64_t orders = 0;
  int64_t customers = 0;
  int64_t new_customers = 0;
  std::optional<Money> aov;    // none without orders
  double revenue_share = 0;    // of the selection's sales revenue
  Money first_touch_revenue = 0;  // to the row of each customer's first-ever order
  // --- spend (has_spend) ---
  Money spend = 0;
  std::optional<double> roas;  // revenue / spend; none when spend is 0
  std::optional<Money> cac;    // spend / new customers; none without spend or new customers
};

struct UnknownSpendChannel {
  std::string_view name;       // as the spend file writes it; "" = the rows name no channel
  Money spend = 0;             // in the period
  int64_t rows = 0;
};

struct Marketing {
  bool has_channels = false;   // the order lines name channels
  bool has_campaigns = false;  // ... and campaigns
  bool has_spend = false;      // a spend file was loaded (rows in any period)
  std::vector<MarketingRow> channels;   // by revenue descending, ties by name
  std::vector<MarketingRow> campaigns;  // grouped by channel in the channels' order, then revenue descending, name
  Money revenue = 0;           // the selection's sales revenue
  int64_t orders = 0;
  int64_t new_customers = 0;
  // --- spend ---
  Money total_spend = 0;       // every spend row in the period, unknown channels included
  Money matched_spend = 0;     // the part on channels the order lines name
  std::optional<double> roas;  // revenue / total_spend
  std::optional<Money> cac;    // total_spend / new customers
  std::vector<UnknownSpendChannel> unknown_channels;  // by spend descending, ties by name
  int64_t unknown_channel_rows = 0;
  bool spend_unfiltered = false;
};

// `period` is the filter's (filter_period); `filter` gives its channels.
Marketing compute_marketing(const FactIndex& index, const Selection& selection, const Filter& filter,
                            DayRange period);

}  // namespace starcart
