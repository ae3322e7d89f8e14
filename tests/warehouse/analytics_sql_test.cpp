// Every analysis of the demo shop computed two ways — the columnar path
// (src/analytics) and plain SQL over the star schema that StarSchemaJob
// builds — must agree exactly (issue 6). The SQL is written from the rules
// in docs/metrics.md, not from the C++: RFM scores with rank() windows and
// the score formula, segments with the table as a CASE, ABC with a
// running-sum window, gaps with lag().
//
// Each check runs for two filters: none, and twelve months of three
// countries (so that period, previous period and customer facts move).
#include <doctest.h>

#include <map>

#include "analytics/analyzer.h"
#include "ingest/demo_shop.h"
#include "support/test_data.h"
#include "warehouse/star_schema.h"

using namespace starcart;

namespace {

using Row = std::vector<int64_t>;

struct Shop {
  FactStore store;
  Database db;
};

Shop build_shop() {
  DemoOptions o;
  o.lines = 20000;
  o.seed = 11;
  auto loaded = test::load_csv("demo.csv", generate_demo_csv(o));
  REQUIRE(loaded.ok());
  auto db = Database::open_memory();
  REQUIRE(db.ok());
  Shop shop{std::move(*loaded), std::move(*db)};
  StarSchemaJob job(shop.store, shop.db);
  while (true) {
    StepState st = job.step(1000);
    REQUIRE(st != StepState::kFailed);
    if (st == StepState::kDone) break;
  }
  return shop;
}

// Every row of a query, each column as an integer (NULL as INT64_MIN).
std::vector<Row> rows(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().to_string()));
  std::vector<Row> out;
  while (true) {
    auto more = st->step();
    REQUIRE_MESSAGE(more.ok(), (more.ok() ? "" : more.error().to_string()));
    if (!*more) break;
    Row r;
    for (int c = 0; c < st->column_count(); ++c)
      r.push_back(st->column_type(c) == 5 /* SQLITE_NULL */ ? INT64_MIN : st->column_int64(c));
    out.push_back(std::move(r));
  }
  return out;
}

int64_t one(Database& db, const std::string& sql) {
  auto v = rows(db, sql);
  REQUIRE(v.size() == 1);
  return v[0][0];
}

// A filter and the same filter as SQL over the star schema.
struct Case {
  const char* name;
  Filter filter;
  std::string where;  // condition on fact_sales f, dim_date d, dim_geography g
};

std::vector<Case> cases() {
  Case all{"no filter", Filter{}, "1"};
  Case some{"12 months, 3 countries", Filter{}, ""};
  some.filter.from = days_from_civil(2023, 7, 1);
  some.filter.to = days_from_civil(2024, 6, 30);
  some.filter.countries = {"United Kingdom", "Germany", "France"};
  some.where = "d.date BETWEEN '2023-07-01' AND '2024-06-30' AND g.country IN ('United Kingdom','Germany','France')";
  return {all, some};
}

// Common table expressions: sel = the filter's lines (never excluded ones),
// s = their sales with a day number and a month index.
std::string ctes(const Case& c) {
  return "WITH sel AS (SELECT f.*, d.date, d.year * 12 + d.month - 1 AS month, "
         "  CAST(julianday(d.date) - 2440587.5 AS INTEGER) AS day, d.iso_year, d.iso_week, d.day_of_week "
         "  FROM fact_sales f JOIN dim_date d USING (date_key) JOIN dim_geography g USING (geography_key) "
         "  WHERE f.line_kind <> 'excluded' AND " + c.where + "), "
         "s AS (SELECT * FROM sel WHERE line_kind = 'sale') ";
}

// RFM per customer in SQL: snapshot = day after the last sale; worse counts
// from rank(); the score formula; the segment table as the issue lists it.
std::string rfm_sql(const Case& c) {
  return ctes(c) +
         ", c AS (SELECT customer_key, (SELECT max(day) FROM s) + 1 - max(day) AS recency, "
         "   count(DISTINCT order_id) AS f, sum(line_revenue_e4) AS m FROM s WHERE customer_key <> 0 GROUP BY customer_key), "
         "r AS (SELECT *, rank() OVER (ORDER BY recency DESC) - 1 AS wr, rank() OVER (ORDER BY f) - 1 AS wf, "
         "   rank() OVER (ORDER BY m) - 1 AS wm, count(*) OVER () AS n FROM c), "
         "sc AS (SELECT customer_key, recency, f, m, min(5, 1 + 5 * wr / n) AS rs, min(5, 1 + 5 * wf / n) AS fs, "
         "   min(5, 1 + 5 * wm / n) AS ms FROM r) "
         "SELECT customer_key, recency, f, m, rs, fs, ms, "
         "  CASE WHEN rs = 5 AND fs >= 4 THEN 0 WHEN rs IN (3, 4) AND fs >= 4 THEN 1 "
         "       WHEN rs >= 4 AND fs IN (2, 3) THEN 2 WHEN rs = 5 AND fs = 1 THEN 3 WHEN rs = 4 AND fs = 1 THEN 4 "
         "       WHEN rs = 3 AND fs = 3 THEN 5 WHEN rs = 3 AND fs <= 2 THEN 6 WHEN rs <= 2 AND fs IN (3, 4) THEN 7 "
         "       WHEN rs <= 2 AND fs = 5 THEN 8 ELSE 9 END AS segment "
         "FROM sc ORDER BY customer_key";
}

}  // namespace

TEST_CASE("SQL cross-check: KPIs, previous period, monthly, daily, weekly, weekday x hour") {
  Shop shop = build_shop();
  Database& db = shop.db;
  Analyzer a(shop.store);
  for (const Case& c : cases()) {
    CAPTURE(c.name);
    a.set_filter(c.filter);
    const Overview& o = a.overview();
    const Kpis& k = o.kpis;
    const std::string w = ctes(c);
    CHECK(one(db, w + "SELECT sum(line_revenue_e4) FROM s") == k.revenue);
    CHECK(one(db, w + "SELECT sum(line_revenue_e4) FROM sel WHERE line_kind = 'return'") == k.return_value);
    CHECK(one(db, w + "SELECT count(*) FROM sel WHERE line_kind = 'return'") == k.return_lines);
    CHECK(one(db, w + "SELECT count(DISTINCT order_id) FROM s") == k.orders);
    CHECK(one(db, w + "SELECT count(DISTINCT customer_key) FROM s WHERE customer_key <> 0") == k.customers);
    CHECK(one(db, w + "SELECT sum(quantity) FROM s") == k.units);
    CHECK(one(db, w + "SELECT count(*) FROM s") == k.sale_lines);
    // The demo writes states for US and Brazilian customers: count countries, not geography members.
    CHECK(one(db, w + "SELECT count(DISTINCT g.country) FROM s JOIN dim_geography g USING (geography_key) "
                      "WHERE geography_key <> 0") == k.countries);
    CHECK(one(db, w + "SELECT count(*) FROM (SELECT customer_key FROM s WHERE customer_key <> 0 GROUP BY 1 "
                      "HAVING count(DISTINCT order_id) >= 2)") == k.repeat_customers);
    const std::string from = format_iso_date(o.period.from), to = format_iso_date(o.period.to);
    CHECK(one(db, w + "SELECT count(DISTINCT s.customer_key) FROM s JOIN dim_customer dc USING (customer_key) "
                      "WHERE s.customer_key <> 0 AND dc.first_order_date BETWEEN '" + from + "' AND '" + to + "'") ==
          k.new_customers);
    // The previous period: the same SQL over the 12 (or 24) months before.
    Case prev = c;
    const std::string pf = format_iso_date(o.previous_period.from), pt = format_iso_date(o.previous_period.to);
    prev.where = c.where + " AND d.date BETWEEN '" + pf + "' AND '" + pt + "'";
    if (c.filter.from) prev.where = "d.date BETWEEN '" + pf + "' AND '" + pt + "' AND g.country IN ('United Kingdom','Germany','France')";
    CHECK(one(db, ctes(prev) + "SELECT coalesce(sum(line_revenue_e4), 0) FROM s") == o.previous_kpis.revenue);
    CHECK(one(db, ctes(prev) + "SELECT count(DISTINCT order_id) FROM s") == o.previous_kpis.orders);

    const Trends& t = a.trends();
    auto monthly = rows(db, w + "SELECT month, sum(line_revenue_e4), count(DISTINCT order_id), "
                                "count(DISTINCT nullif(customer_key, 0)) FROM s GROUP BY 1 ORDER BY 1");
    REQUIRE(monthly.size() == t.monthly.size());  // the demo has sales every month
    for (size_t i = 0; i < monthly.size(); ++i) {
      CHECK(monthly[i][0] == t.monthly[i].month);
      CHECK(monthly[i][1] == t.monthly[i].revenue);
      CHECK(monthly[i][2] == t.monthly[i].orders);
      CHECK(monthly[i][3] == t.monthly[i].customers);
      CHECK(o.monthly[i].revenue == t.monthly[i].revenue);
    }
    auto daily = rows(db, w + "SELECT day, sum(line_revenue_e4), count(DISTINCT order_id), "
                              "count(DISTINCT nullif(customer_key, 0)) FROM s GROUP BY 1 ORDER BY 1");
    int64_t days_with_sales = 0;
    for (const DayPoint& p : t.daily) days_with_sales += p.orders > 0;
    CHECK(static_cast<int64_t>(daily.size()) == days_with_sales);
    for (const Row& r : daily) {
      const DayPoint& p = t.daily[static_cast<size_t>(r[0] - t.daily.front().day)];
      CHECK(r[1] == p.revenue);
      CHECK(r[2] == p.orders);
      CHECK(r[3] == p.customers);
    }
    auto weekly = rows(db, w + "SELECT iso_year, iso_week, sum(line_revenue_e4), count(DISTINCT order_id), "
                               "count(DISTINCT nullif(customer_key, 0)) FROM s GROUP BY 1, 2 ORDER BY 1, 2");
    REQUIRE(weekly.size() == t.weekly.size());
    for (size_t i = 0; i < weekly.size(); ++i) {
      CHECK(weekly[i][0] == t.weekly[i].week.year);
      CHECK(weekly[i][1] == t.weekly[i].week.week);
      CHECK(weekly[i][2] == t.weekly[i].revenue);
      CHECK(weekly[i][3] == t.weekly[i].orders);
      CHECK(weekly[i][4] == t.weekly[i].customers);
    }
    auto cells = rows(db, w + "SELECT (day_of_week - 1) * 24 + time_of_day / 3600, sum(line_revenue_e4), "
                              "count(DISTINCT order_id), count(*), sum(quantity) FROM s GROUP BY 1");
    int64_t nonzero = 0;
    for (int64_t v : t.weekday_hour.lines) nonzero += v > 0;
    CHECK(static_cast<int64_t>(cells.size()) == nonzero);
    for (const Row& r : cells) {
      const size_t cell = static_cast<size_t>(r[0]);
      CHECK(r[1] == t.weekday_hour.revenue[cell]);
      CHECK(r[2] == t.weekday_hour.orders[cell]);
      CHECK(r[3] == t.weekday_hour.lines[cell]);
      CHECK(r[4] == t.weekday_hour.units[cell]);
    }
  }
}

TEST_CASE("SQL cross-check: cohort matrix, RFM scores and segments, customer figures, customer filters") {
  Shop shop = build_shop();
  Database& db = shop.db;
  Analyzer a(shop.store);
  for (const Case& c : cases()) {
    CAPTURE(c.name);
    a.set_filter(c.filter);
    const std::string w = ctes(c);
    // Cohorts: first sale month of each customer in the selection.
    const std::string first = ", first AS (SELECT customer_key, min(month) AS cohort FROM s WHERE customer_key <> 0 "
                              "GROUP BY 1) ";
    const Cohorts& co = a.cohorts();
    auto sizes = rows(db, w + first + "SELECT cohort, count(*) FROM first GROUP BY 1 ORDER BY 1");
    REQUIRE(sizes.size() == co.rows.size());
    std::map<int64_t, const CohortRow*> by_cohort;
    for (size_t i = 0; i < sizes.size(); ++i) {
      CHECK(sizes[i][0] == co.rows[i].cohort);
      CHECK(sizes[i][1] == co.rows[i].size);
      by_cohort[co.rows[i].cohort] = &co.rows[i];
    }
    auto cells = rows(db, w + first + "SELECT cohort, month - cohort, count(DISTINCT customer_key), "
                                      "sum(line_revenue_e4) FROM s JOIN first USING (customer_key) GROUP BY 1, 2");
    int64_t nonzero = 0;
    for (const CohortRow& r : co.rows)
      for (int64_t v : r.active) nonzero += v > 0;
    CHECK(static_cast<int64_t>(cells.size()) == nonzero);
    for (const Row& r : cells) {
      const CohortRow& row = *by_cohort.at(r[0]);
      CHECK(r[2] == row.active.at(static_cast<size_t>(r[1])));
      CHECK(r[3] == row.revenue.at(static_cast<size_t>(r[1])));
    }

    // RFM per customer.
    const CustomerAnalysis& cu = a.customers();
    auto rfm = rows(db, rfm_sql(c));
    REQUIRE(rfm.size() == cu.rfm.size());
    CHECK(one(db, w + "SELECT max(day) + 1 FROM s") == cu.snapshot);
    std::map<int64_t, const RfmRow*> by_customer;
    for (const RfmRow& r : cu.rfm) by_customer[r.customer] = &r;
    std::vector<int64_t> segment_count(kSegmentCount, 0);
    for (const Row& r : rfm) {
      const RfmRow& mine = *by_customer.at(r[0]);
      CHECK(r[1] == mine.recency);
      CHECK(r[2] == mine.frequency);
      CHECK(r[3] == mine.monetary);
      CHECK(r[4] == mine.r);
      CHECK(r[5] == mine.f);
      CHECK(r[6] == mine.m);
      CHECK(r[7] == static_cast<int64_t>(mine.segment));
      ++segment_count[static_cast<size_t>(r[7])];
    }
    for (size_t k = 0; k < kSegmentCount; ++k) CHECK(segment_count[k] == cu.segments[k].customers);

    // Days between orders (order day = its first sale day), pooled median.
    auto gaps = rows(db, w + ", o AS (SELECT customer_key, order_id, min(day) AS day FROM s WHERE customer_key <> 0 "
                             "GROUP BY 1, 2) SELECT day - lag(day) OVER (PARTITION BY customer_key ORDER BY day) AS gap "
                             "FROM o ORDER BY gap");
    std::vector<int64_t> g;
    for (const Row& r : gaps)
      if (r[0] != INT64_MIN) g.push_back(r[0]);
    REQUIRE(static_cast<int64_t>(g.size()) == cu.gaps.gaps);
    REQUIRE(!g.empty());
    CHECK(*cu.gaps.median_days == doctest::Approx((g[(g.size() - 1) / 2] + g[g.size() / 2]) / 2.0));

    // New vs returning by month (first sale in the whole data: dim_customer).
    auto nvr = rows(db, w + ", t AS (SELECT s.*, CAST(substr(dc.cohort_month, 1, 4) AS INTEGER) * 12 + "
                            "CAST(substr(dc.cohort_month, 6, 2) AS INTEGER) - 1 AS first_month FROM s "
                            "JOIN dim_customer dc USING (customer_key) WHERE s.customer_key <> 0) "
                            "SELECT month, count(DISTINCT CASE WHEN first_month = month THEN customer_key END), "
                            "count(DISTINCT CASE WHEN first_month < month THEN customer_key END), "
                            "sum(CASE WHEN first_month = month THEN line_revenue_e4 ELSE 0 END) FROM t GROUP BY 1 ORDER BY 1");
    REQUIRE(nvr.size() == cu.new_vs_returning.size());
    for (size_t i = 0; i < nvr.size(); ++i) {
      CHECK(nvr[i][0] == cu.new_vs_returning[i].month);
      CHECK(nvr[i][1] == cu.new_vs_returning[i].new_customers);
      CHECK(nvr[i][2] == cu.new_vs_returning[i].returning_customers);
      CHECK(nvr[i][3] == cu.new_vs_returning[i].new_revenue);
    }

    // Customer filters: the segment's (cohort's) customers by SQL, their lines' revenue.
    for (size_t seg : {size_t{0}, size_t{7}, size_t{9}}) {  // Champions, At Risk, Hibernating
      Filter f = c.filter;
      f.segments = {segment_name(static_cast<Segment>(seg))};
      Analyzer b(shop.store);
      b.set_filter(f);
      const std::string who = "(SELECT customer_key FROM (" + rfm_sql(c) + ") WHERE segment = " + std::to_string(seg) + ")";
      CHECK(one(db, w + "SELECT coalesce(sum(line_revenue_e4), 0) FROM s WHERE customer_key IN " + who) ==
            b.overview().kpis.revenue);
      CHECK(one(db, w + "SELECT coalesce(sum(line_revenue_e4), 0) FROM sel WHERE line_kind = 'return' AND "
                        "customer_key IN " + who) == b.overview().kpis.return_value);
    }
    Filter f = c.filter;
    f.cohort = co.rows[1].cohort;
    Analyzer b(shop.store);
    b.set_filter(f);
    CHECK(one(db, w + first + "SELECT sum(line_revenue_e4) FROM s JOIN first USING (customer_key) WHERE cohort = " +
                  std::to_string(*f.cohort)) == b.overview().kpis.revenue);
  }
}

TEST_CASE("SQL cross-check: products, ABC, categories, countries, payments, returns") {
  Shop shop = build_shop();
  Database& db = shop.db;
  Analyzer a(shop.store);
  for (const Case& c : cases()) {
    CAPTURE(c.name);
    a.set_filter(c.filter);
    const std::string w = ctes(c);
    const ProductAnalysis& p = a.products();
    auto ranked = rows(db, w + ", pr AS (SELECT product_key, p.sku, sum(line_revenue_e4) AS rev, sum(quantity) AS units "
                               "FROM s JOIN dim_product p USING (product_key) GROUP BY 1), "
                               "tot AS (SELECT sum(rev) AS t FROM pr), "
                               "ab AS (SELECT *, coalesce(sum(rev) OVER (ORDER BY rev DESC, sku ROWS BETWEEN UNBOUNDED "
                               "PRECEDING AND 1 PRECEDING), 0) AS above FROM pr) "
                               "SELECT product_key, rev, units, CASE WHEN above * 100 < (SELECT t FROM tot) * 80 THEN 0 "
                               "WHEN above * 100 < (SELECT t FROM tot) * 95 THEN 1 ELSE 2 END FROM ab ORDER BY rev DESC, sku");
    REQUIRE(ranked.size() == p.ranked.size());
    for (size_t i = 0; i < ranked.size(); ++i) {
      CHECK(ranked[i][0] == p.ranked[i].product);
      CHECK(ranked[i][1] == p.ranked[i].revenue);
      CHECK(ranked[i][2] == p.ranked[i].units);
      CHECK(ranked[i][3] == static_cast<int64_t>(p.ranked[i].abc));
    }
    auto by_units = rows(db, w + "SELECT product_key, sum(quantity) AS u FROM s JOIN dim_product p USING (product_key) "
                                 "GROUP BY 1 ORDER BY u DESC, p.sku LIMIT 10");
    REQUIRE(by_units.size() == p.top_by_units.size());
    for (size_t i = 0; i < by_units.size(); ++i) CHECK(by_units[i][0] == p.top_by_units[i].product);
    // Categories through the product dimension (the demo files each product under one category).
    auto st = db.prepare(w + "SELECT p.category, sum(line_revenue_e4) AS rev FROM s JOIN dim_product p USING (product_key) "
                             "GROUP BY 1 ORDER BY rev DESC, p.category");
    REQUIRE(st.ok());
    size_t k = 0;
    while (*st->step()) {
      REQUIRE(k < p.categories.size());
      CHECK(st->column_text(0) == p.categories[k].name);
      CHECK(st->column_int64(1) == p.categories[k].revenue);
      ++k;
    }
    CHECK(k == p.categories.size());

    const Geography& g = a.geography();
    // By country as written (a country has one geography member per state and city).
    auto countries = rows(db, w + "SELECT (SELECT min(g2.geography_key) FROM dim_geography g2 WHERE g2.country = g.country), "
                                  "sum(CASE WHEN line_kind = 'sale' THEN line_revenue_e4 END), "
                                  "count(DISTINCT CASE WHEN line_kind = 'sale' THEN order_id END), "
                                  "count(DISTINCT CASE WHEN line_kind = 'sale' AND customer_key <> 0 THEN customer_key END), "
                                  "coalesce(sum(CASE WHEN line_kind = 'return' THEN line_revenue_e4 END), 0) "
                                  "FROM sel JOIN dim_geography g USING (geography_key) GROUP BY g.country");
    REQUIRE(countries.size() == g.countries.size());
    std::map<int64_t, const CountryRow*> by_country;
    for (const CountryRow& r : g.countries) {
      const std::string name(r.name);
      by_country[one(db, "SELECT min(geography_key) FROM dim_geography WHERE country = '" + name + "'")] = &r;
    }
    for (const Row& r : countries) {
      const CountryRow& mine = *by_country.at(r[0]);
      CHECK(r[1] == mine.revenue);
      CHECK(r[2] == mine.orders);
      CHECK(r[3] == mine.customers);
      CHECK(r[4] == mine.return_value);
    }

    const Payments& pm = a.payments();
    auto pay = rows(db, w + "SELECT payment_key, count(DISTINCT order_id), sum(line_revenue_e4), count(*) FROM s GROUP BY 1");
    REQUIRE(pay.size() == pm.types.size());
    std::map<int64_t, const PaymentRow*> by_payment;
    for (const PaymentRow& r : pm.types) by_payment[r.payment] = &r;
    for (const Row& r : pay) {
      const PaymentRow& mine = *by_payment.at(r[0]);
      CHECK(r[1] == mine.orders);
      CHECK(r[2] == mine.revenue);
      CHECK(r[3] == mine.lines);
    }

    const Returns& rt = a.returns();
    auto ret = rows(db, w + "SELECT product_key, sum(CASE WHEN line_kind = 'return' THEN line_revenue_e4 END) AS rv, "
                            "count(CASE WHEN line_kind = 'return' THEN 1 END), "
                            "coalesce(sum(CASE WHEN line_kind = 'sale' THEN line_revenue_e4 END), 0) "
                            "FROM sel GROUP BY 1 HAVING rv IS NOT NULL");
    REQUIRE(ret.size() == rt.by_product.size());
    std::map<int64_t, const ReturnRow*> returned;
    for (const ReturnRow& r : rt.by_product) returned[r.id] = &r;
    for (const Row& r : ret) {
      const ReturnRow& mine = *returned.at(r[0]);
      CHECK(r[1] == mine.return_value);
      CHECK(r[2] == mine.return_lines);
      CHECK(r[3] == mine.revenue);
    }
    CHECK(one(db, w + "SELECT count(DISTINCT g.country) FROM sel JOIN dim_geography g USING (geography_key) "
                    "WHERE line_kind = 'return'") ==
          static_cast<int64_t>(rt.by_country.size()));
  }
}
