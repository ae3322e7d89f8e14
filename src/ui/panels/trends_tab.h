// Trends: revenue or orders by day, ISO week or month on a calendar axis
// (7- and 28-day moving averages on the daily series), the months of each
// year overlaid (year over year), and activity by weekday x hour (by weekday
// alone when the data has no times of day, which the panel says). The
// series carries the forecast's anomaly flags (robust z-score of the
// Holt-Winters residuals, forecast_analysis.h) as markers with a tooltip
// when its grain is the forecast's (daily, or monthly on long histories).
// A Decomposition card shows the forecast series' classical decomposition
// (trend, seasonal indices, residual; decomposition.h) for the metric.
#pragma once

#include <string>

#include "analytics/forecast/forecast_analysis.h"
#include "analytics/trends.h"

namespace starcart {

class TrendsTab {
 public:
  enum class Grain : uint8_t { kDay, kWeek, kMonth };
  // `forecast`: its anomalies are marked (nullptr: none).
  void draw(const Trends& t, const forecast::Forecast* forecast, const std::string& currency);
  Grain grain() const { return grain_; }

 private:
  void draw_controls();
  void draw_series(const Trends& t, const forecast::Forecast* forecast, const std::string& currency);
  void draw_year_over_year(const Trends& t, const std::string& currency);
  void draw_weekday_hour(const Trends& t, const std::string& currency);
  void draw_decomposition(const forecast::Forecast* forecast, const std::string& currency);

  Grain grain_ = Grain::kMonth;
  bool orders_ = false;  // the metric: orders instead of revenue
  bool ma7_ = true, ma28_ = true;
};

}  // namespace starcart
