// Time series under a filter: revenue, orders, customers and AOV by day, ISO
// week and month; 7- and 28-day moving averages of the daily series; a
// year-over-year overlay of the months; activity by weekday × hour.
//
// Series run without gaps from the first to the last period of the
// selection (a period with no sale shows as zero). Orders and customers are
// distinct within each period. One pass over the selection fills the day,
// week and month series together (lines are in date order, so a "last
// period counted" stamp per order and per customer gives exact distinct
// counts).
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "analytics/calendar_cursor.h"
#include "analytics/fact_index.h"
#include "analytics/filter.h"
#include "core/date.h"
#include "core/money.h"

namespace starcart {

struct MonthPoint {
  MonthIndex month = 0;
  Money revenue = 0;
  int64_t orders = 0;     // distinct orders with a sale line in the month
  int64_t customers = 0;  // distinct non-guest customers with a sale in the month
  Money aov = 0;          // revenue / orders (0 when no order)
};

struct WeekPoint {
  Day start = 0;          // the Monday of the ISO week
  IsoWeek week{1970, 1};  // ISO year and week number
  Money revenue = 0;
  int64_t orders = 0;
  int64_t customers = 0;
  Money aov = 0;
};

struct DayPoint {
  Day day = 0;
  Money revenue = 0;
  int64_t orders = 0;
  int64_t customers = 0;
  Money aov = 0;
  // Trailing moving averages over calendar days (days without sales count
  // as 0), as pandas' rolling(7).mean(): nullopt for the first 6 (27) days of
  // the series. Money averages are rounded at 1/10,000.
  std::optional<Money> revenue_ma7, revenue_ma28;
  std::optional<double> orders_ma7, orders_ma28;
};

// One row per calendar year of the selection, months 1..12; a month outside
// the selection's first..last month has in_range false and zeros.
struct YearRow {
  int year = 1970;
  std::array<Money, 12> revenue{};
  std::array<int64_t, 12> orders{};
  std::array<bool, 12> in_range{};
};

// Sale activity by the time written on the line: cell = weekday × 24 + hour,
// weekday 0 = Monday. Lines without a time of day are counted apart.
struct WeekdayHour {
  std::array<Money, 168> revenue{};
  std::array<int64_t, 168> orders{};   // distinct orders with a sale line in the cell
  std::array<int64_t, 168> lines{};    // sale lines
  std::array<int64_t, 168> units{};
  int64_t lines_without_time = 0;
};

struct Trends {
  std::vector<DayPoint> daily;
  std::vector<WeekPoint> weekly;
  std::vector<MonthPoint> monthly;
  std::vector<YearRow> year_over_year;
  WeekdayHour weekday_hour;
};

// The monthly series alone (the overview's chart).
std::vector<MonthPoint> monthly_series(const FactIndex& index, const Selection& selection);

// monthly_series's counting one sale line at a time (lines in selection
// order), for a pass that computes other figures from the same lines.
class MonthlyCounter {
 public:
  MonthlyCounter(const FactIndex& index, const Selection& selection);
  void add_sale(uint32_t i) { add(s_.day[i], s_.order[i], s_.customer[i], s_.value[i]); }
  // Sale run k of the index (fact_index.h (6)), on day d.
  void add_run(const SaleRuns& r, size_t k, Day d) { add(d, r.order[k], r.customer[k], r.value[k]); }
  std::vector<MonthPoint> finish();

 private:
  void add(Day d, uint32_t o, uint32_t c, Money v) {
    const MonthIndex m = cursor_.month(d);
    MonthPoint& p = out_[static_cast<size_t>(m - first_)];
    p.revenue += v;
    const bool same_month = m == prev_month_;
    const bool same_order = same_month && o == prev_order_, same_customer = same_month && c == prev_customer_;
    prev_month_ = m;
    prev_order_ = o;
    prev_customer_ = c;
    if (!same_order && order_stamp_[o] != m) {
      order_stamp_[o] = m;
      ++p.orders;
    }
    if (c != 0 && !same_customer && customer_stamp_[c] != m) {
      customer_stamp_[c] = m;
      ++p.customers;
    }
  }

  const FactStore& s_;
  MonthIndex first_ = 0;
  std::vector<MonthPoint> out_;
  std::vector<MonthIndex> order_stamp_, customer_stamp_;  // last month counted
  MonthCursor cursor_;
  uint32_t prev_order_ = UINT32_MAX, prev_customer_ = UINT32_MAX;  // of the previous sale line
  MonthIndex prev_month_ = INT32_MIN;
};

Trends compute_trends(const FactIndex& index, const Selection& selection);

// The year-over-year overlay of a monthly series.
std::vector<YearRow> year_over_year(const std::vector<MonthPoint>& monthly);

// Fills the moving averages of a gap-free daily series.
void fill_moving_averages(std::vector<DayPoint>& daily);

// Activity by weekday × hour.
WeekdayHour weekday_hour(const FactIndex& index, const Selection& selection);

}  // namespace starcart
