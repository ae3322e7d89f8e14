// Channel / campaign performance, attribution and spend (analytics/marketing.h)
// on tests/data/marketing (orders.csv, spend.csv). Every expected value is
// worked out by hand from the two files (the sums are in the comments) and
// checked with plain SQL in sqlite3 over the CSVs (revenue and orders per
// channel, spend per folded channel name, first-touch revenue per channel
// and per (channel, campaign)).
//
// February 2024 sale lines (value = quantity x price; R1 is a return):
//   O2  C1  Social/fb-feb        50 + 10 = 60
//   O3  C2  Social/fb-feb        80
//   O11 C6  Paid search/brand    15   (10:00)
//   O12 C6  Social/fb-feb         5   (09:00, same day: C6's first order)
//   O4  C3  Paid search/brand    60
//   O5  C2  Email/newsletter     40
//   O6  guest Email/newsletter   20
//   O7  C4  (no channel)         50
//   total 330
// First-ever orders: C1 O1 (Jan, Email), C2 O3 (Social), C3 O4 (Paid
// search), C4 O7 (none), C6 O12 (Social), C5 O9 (March, not in February).
#include <doctest.h>

#include "analytics/kpis.h"
#include "analytics/marketing.h"
#include "analytics/report.h"
#include "analytics/report_html.h"
#include "analytics/report_tables.h"
#include "warehouse/warehouse_test_util.h"

using namespace starcart;

namespace {

FactStore marketing_store(bool spend) {
  if (spend) return test::load_fixtures({"marketing/orders.csv", "marketing/spend.csv"});
  return test::load_fixtures({"marketing/orders.csv"});
}

Filter february() {
  Filter f;
  f.from = days_from_civil(2024, 2, 1);
  f.to = days_from_civil(2024, 2, 29);
  return f;
}

Marketing run(const FactStore& s, const Filter& f) {
  const FactIndex x = build_fact_index(s);
  return compute_marketing(x, select_lines(s, f), f, filter_period(s, f));
}

const MarketingRow& channel(const Marketing& m, std::string_view name) {
  for (const MarketingRow& r : m.channels)
    if (r.channel_name == name) return r;
  FAIL("no channel row " << name);
  return m.channels.front();
}

const MarketingRow& campaign(const Marketing& m, std::string_view ch, std::string_view name) {
  for (const MarketingRow& r : m.campaigns)
    if (r.channel_name == ch && r.campaign_name == name) return r;
  FAIL("no campaign row " << ch << "/" << name);
  return m.campaigns.front();
}

constexpr Money kUnit = kMoneyScale;

}  // namespace

TEST_CASE("marketing: revenue, orders, customers and AOV per channel (last touch), by revenue") {
  FactStore s = marketing_store(false);
  const Marketing m = run(s, february());
  REQUIRE(m.has_channels);
  CHECK(m.has_campaigns);
  CHECK_FALSE(m.has_spend);
  CHECK(m.revenue == 330 * kUnit);  // the return R1 is no revenue
  CHECK(m.orders == 8);
  REQUIRE(m.channels.size() == 4);
  // Social 60 + 80 + 5 = 145; Paid search 15 + 60 = 75; Email 40 + 20 = 60; none 50.
  CHECK(m.channels[0].channel_name == "Social");
  CHECK(m.channels[1].channel_name == "Paid search");
  CHECK(m.channels[2].channel_name == "Email");
  CHECK(m.channels[3].channel_name == "");
  const MarketingRow& social = channel(m, "Social");
  CHECK(social.revenue == 145 * kUnit);
  CHECK(social.orders == 3);     // O2, O3, O12
  CHECK(social.customers == 3);  // C1, C2, C6
  CHECK(*social.aov == 483333);  // 145 / 3 = 48.33333 -> 48.3333
  CHECK(social.revenue_share == doctest::Approx(145.0 / 330));
  const MarketingRow& email = channel(m, "Email");
  CHECK(email.orders == 2);
  CHECK(email.customers == 1);  // C2; the guest order O6 has no customer
  CHECK(*email.aov == 30 * kUnit);
  CHECK(*channel(m, "Paid search").aov == 375000);  // 75 / 2
}

TEST_CASE("marketing: a customer is new in the channel of their first-ever order, within the period") {
  FactStore s = marketing_store(false);
  const Marketing m = run(s, february());
  // C2 and C6 (Social: O12 at 09:00 is before O11 at 10:00 the same day),
  // C3 (Paid search), C4 (no channel); C1 came in January.
  CHECK(channel(m, "Social").new_customers == 2);
  CHECK(channel(m, "Paid search").new_customers == 1);
  CHECK(channel(m, "Email").new_customers == 0);
  CHECK(channel(m, "").new_customers == 1);
  CHECK(m.new_customers == 4);
  // The same count as the KPI.
  const FactIndex x = build_fact_index(s);
  const Filter f = february();
  CHECK(compute_kpis(x, select_lines(s, f), filter_period(s, f)).new_customers == 4);
}

TEST_CASE("marketing: first touch credits a customer's revenue to their first order's channel") {
  FactStore s = marketing_store(false);
  const Marketing m = run(s, february());
  // Email: C1's O2 60 (C1 came by Email in January) + the guest's O6 20 = 80.
  // Social: C2's 80 + 40 and C6's 15 + 5 = 140. Paid search: C3's 60. None: C4's 50.
  CHECK(channel(m, "Email").first_touch_revenue == 80 * kUnit);
  CHECK(channel(m, "Social").first_touch_revenue == 140 * kUnit);
  CHECK(channel(m, "Paid search").first_touch_revenue == 60 * kUnit);
  CHECK(channel(m, "").first_touch_revenue == 50 * kUnit);
  Money first = 0, last = 0;
  for (const MarketingRow& r : m.channels) {
    first += r.first_touch_revenue;
    last += r.revenue;
  }
  CHECK(first == m.revenue);
  CHECK(last == m.revenue);
}

TEST_CASE("marketing: campaign rows within their channel") {
  FactStore s = marketing_store(false);
  const Marketing m = run(s, february());
  // fb-feb, brand, newsletter, Email/spring (first touch only: below), none.
  REQUIRE(m.campaigns.size() == 5);
  CHECK(m.campaigns[0].campaign_name == "fb-feb");  // Social first, as in the channels
  CHECK(m.campaigns[2].campaign_name == "newsletter");  // Email: 60 of revenue before spring's 0
  CHECK(m.campaigns[3].campaign_name == "spring");
  const MarketingRow& fb = campaign(m, "Social", "fb-feb");
  CHECK(fb.revenue == 145 * kUnit);
  CHECK(fb.new_customers == 2);
  const MarketingRow& brand = campaign(m, "Paid search", "brand");
  CHECK(brand.orders == 2);
  CHECK(brand.new_customers == 1);
  CHECK(campaign(m, "Email", "newsletter").revenue == 60 * kUnit);
}

TEST_CASE("marketing: first touch credits a customer's revenue to their first order's campaign") {
  FactStore s = marketing_store(false);
  const Marketing m = run(s, february());
  // Each February sale line to the (channel, campaign) of its customer's
  // first-ever order (the guest's O6 keeps its own):
  //   O2  C1 60 -> O1 Email/spring     O3  C2 80 -> O3  Social/fb-feb
  //   O11 C6 15 -> O12 Social/fb-feb   O12 C6  5 -> O12 Social/fb-feb
  //   O4  C3 60 -> O4 Paid search/brand
  //   O5  C2 40 -> O3 Social/fb-feb    O6 guest 20 -> Email/newsletter
  //   O7  C4 50 -> O7 (none)/(none)
  // Social/fb-feb 80 + 15 + 5 + 40 = 140; Paid search/brand 60;
  // Email/spring 60 (no February sale: a row with zero revenue);
  // Email/newsletter 20; (none)/(none) 50. Per channel: Email 60 + 20 = 80,
  // as the channel rows; in all 330. (sqlite3 over orders.csv gives the
  // same five sums: February's sale lines left-joined to each customer's
  // line with no earlier order_date, or same date and earlier row, grouped
  // by that line's channel and campaign, else the line's own.)
  const MarketingRow& fb = campaign(m, "Social", "fb-feb");
  CHECK(fb.first_touch_revenue == 140 * kUnit);
  CHECK(fb.revenue == 145 * kUnit);  // last touch: C6's 15 went to brand, C1's 60 came from spring
  CHECK(campaign(m, "Paid search", "brand").first_touch_revenue == 60 * kUnit);
  const MarketingRow& spring = campaign(m, "Email", "spring");
  CHECK(spring.first_touch_revenue == 60 * kUnit);
  CHECK(spring.revenue == 0);
  CHECK(spring.orders == 0);
  CHECK(spring.new_customers == 0);  // C1 came in January
  CHECK(campaign(m, "Email", "newsletter").first_touch_revenue == 20 * kUnit);
  CHECK(campaign(m, "", "").first_touch_revenue == 50 * kUnit);
  // Campaigns sum to their channel, and all to the revenue.
  Money all = 0;
  for (const MarketingRow& ch : m.channels) {
    CAPTURE(ch.channel_name);
    Money sum = 0;
    for (const MarketingRow& r : m.campaigns)
      if (r.channel == ch.channel) sum += r.first_touch_revenue;
    CHECK(sum == ch.first_touch_revenue);
    all += sum;
  }
  CHECK(all == m.revenue);
}

TEST_CASE("marketing: spend in the period per channel and campaign, ROAS and CAC") {
  FactStore s = marketing_store(true);
  const Marketing m = run(s, february());
  REQUIRE(m.has_spend);
  // February rows: Social 100 + 50 ("social " matches Social), Paid search
  // 30 + 20, Email 40 + 10, TikTok 25 + 5, Podcast 12; January's 999 and
  // March's 70 are outside; -5.00 and the empty amount were rejected.
  CHECK(channel(m, "Social").spend == 150 * kUnit);
  CHECK(channel(m, "Paid search").spend == 50 * kUnit);
  CHECK(channel(m, "Email").spend == 50 * kUnit);
  CHECK(channel(m, "").spend == 0);
  CHECK(m.total_spend == 292 * kUnit);
  CHECK(m.matched_spend == 250 * kUnit);
  CHECK(*channel(m, "Social").roas == doctest::Approx(145.0 / 150));
  CHECK(*channel(m, "Paid search").roas == doctest::Approx(1.5));
  CHECK(*channel(m, "Email").roas == doctest::Approx(1.2));
  CHECK_FALSE(channel(m, "").roas);
  CHECK(*channel(m, "Social").cac == 75 * kUnit);       // 150 / 2
  CHECK(*channel(m, "Paid search").cac == 50 * kUnit);  // 50 / 1
  CHECK_FALSE(channel(m, "Email").cac);                 // no new customer
  CHECK_FALSE(channel(m, "").cac);                      // a new customer, but no spend
  CHECK(*m.roas == doctest::Approx(330.0 / 292));
  CHECK(*m.cac == 73 * kUnit);  // 292 / 4
  // Campaigns: brand 30 (the 20 without campaign is the channel's only);
  // spring spent 40 with no February sale; winter-promo is no line's campaign.
  CHECK(campaign(m, "Social", "fb-feb").spend == 150 * kUnit);
  CHECK(*campaign(m, "Paid search", "brand").roas == doctest::Approx(2.5));
  CHECK(*campaign(m, "Paid search", "brand").cac == 30 * kUnit);
  const MarketingRow& spring = campaign(m, "Email", "spring");
  CHECK(spring.revenue == 0);
  CHECK(spring.spend == 40 * kUnit);
  CHECK(*spring.roas == doctest::Approx(0.0));
  CHECK(campaign(m, "Email", "winter-promo").spend == 10 * kUnit);
}

TEST_CASE("marketing: spend on channels no order names is reported, not dropped") {
  FactStore s = marketing_store(true);
  const Marketing m = run(s, february());
  REQUIRE(m.unknown_channels.size() == 2);
  CHECK(m.unknown_channels[0].name == "TikTok");
  CHECK(m.unknown_channels[0].spend == 30 * kUnit);
  CHECK(m.unknown_channels[0].rows == 2);
  CHECK(m.unknown_channels[1].name == "Podcast");
  CHECK(m.unknown_channels[1].spend == 12 * kUnit);
  CHECK(m.unknown_channel_rows == 3);
}

TEST_CASE("marketing: a channel filter keeps that channel's spend only") {
  FactStore s = marketing_store(true);
  Filter f = february();
  f.channels = {"Social"};
  const Marketing m = run(s, f);
  CHECK(m.revenue == 145 * kUnit);
  CHECK(m.total_spend == 150 * kUnit);
  CHECK(m.unknown_channels.empty());
  CHECK_FALSE(m.spend_unfiltered);
  f.channels.clear();
  f.countries = {"France"};  // spend has no country: said, not hidden
  CHECK(run(s, f).spend_unfiltered);
}

TEST_CASE("marketing: spend rows without a day or amount, or negative, are rejected with their line") {
  FactStore s = marketing_store(true);
  CHECK(s.spend.size() == 11);  // 13 rows, 2 rejected
  int spend_rejects = 0;
  for (const RejectedRow& r : s.rejected)
    if (r.file.find("spend.csv") != std::string::npos) {
      ++spend_rejects;
      CHECK((r.line == 13 || r.line == 14));
    }
  CHECK(spend_rejects == 2);
}

TEST_CASE("marketing: data without channels has no channel rows") {
  FactStore s = test::load_fixtures({"operations/orders.csv"});
  const Marketing m = run(s, Filter{});
  CHECK_FALSE(m.has_channels);
  CHECK(m.channels.empty());
  CHECK(m.campaigns.empty());
}

TEST_CASE("report: marketing tables, HTML section and JSON only with channels or spend") {
  FactStore s = marketing_store(true);
  ReportOptions o;
  o.predictive = false;
  o.insights = false;
  const Report r = compute_report(s, february(), o);
  const std::vector<ReportTable> tables = report_tables(r, "");
  const ReportTable* channels = find_table(tables, "marketing_channels");
  REQUIRE(channels != nullptr);
  REQUIRE(channels->rows.size() == 4);
  CHECK(channels->rows[0][0].raw == "Social");
  CHECK(channels->rows[0][1].raw == "145.00");
  CHECK(channels->rows[0][7].raw == "140.00");   // first touch
  CHECK(channels->rows[0][8].raw == "150.00");   // spend
  CHECK(channels->rows[0][10].raw == "75.00");   // CAC
  CHECK(channels->rows[3][0].raw == "(no channel)");
  const ReportTable* campaigns = find_table(tables, "marketing_campaigns");
  REQUIRE(campaigns != nullptr);
  REQUIRE(campaigns->columns[8] == "First-touch revenue");
  CHECK(campaigns->rows[0][1].raw == "fb-feb");
  CHECK(campaigns->rows[0][8].raw == "140.00");
  const ReportTable* unknown = find_table(tables, "marketing_unknown_spend");
  REQUIRE(unknown != nullptr);
  CHECK(unknown->rows.size() == 2);
  CHECK(report_html(r, ReportHtmlOptions{}).find("<h2>Marketing</h2>") != std::string::npos);
  const std::string json = report_to_json(r, false);
  CHECK(json.find("\"marketing\":{\"has_channels\":true") != std::string::npos);
  CHECK(json.find("\"unknown_channels\":[{\"channel\":\"TikTok\",\"spend\":30") != std::string::npos);
  CHECK(json.find("\"campaign\":\"spring\",\"revenue\":0.00,") != std::string::npos);
  CHECK(json.find("\"first_touch_revenue\":60.00,\"spend\":40.00") != std::string::npos);  // spring
  const FactStore plain = test::load_fixtures({"operations/orders.csv"});  // the report's names point into it
  CHECK(report_to_json(compute_report(plain, Filter{}, o)).find("\"marketing\"") == std::string::npos);
}
