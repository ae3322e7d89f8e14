// Deterministic marketing spend for the demo shop (demo_shop.h): one row per
// day and paid (channel, campaign) of a demo CSV, so the Marketing tab has
// ROAS and CAC to show. Per month and campaign the budget is a fixed share
// of the campaign's own demo revenue that month (Paid search 30 %, Social
// 45 %, Email 6 %, Affiliate 12 % commission), spread over the month's days
// with a ±20 % daily wobble; Organic search and Direct cost nothing. One
// channel the orders never name ("TikTok", a test campaign in the last
// three months) shows how unknown spend channels are reported. Same --lines
// and --seed as the demo orders it goes with. Columns:
// date,channel,campaign,spend
#pragma once

#include <string>

#include "ingest/demo_shop.h"

namespace starcart {

std::string generate_demo_spend_csv(const DemoOptions& shop);

}  // namespace starcart
