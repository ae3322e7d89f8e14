// Insights benchmark (issues 6 and 11): the cost the Overview's Insights
// panel, the Trends tab and the Compare tab add to a filter change, on the
// demo shop.
//   build/native/insights_bench [--lines N]...   (default 1,000,000)
// Prints, per filter, the best of 3 runs (ms) of: the period comparison
// (this month vs last; "cmp-part": without the segment table, as the
// insights ask for it), the insights computed from scratch, what the
// Overview pays for them (Analyzer::insights() after overview(): the
// comparison, the scored slice with the segment insight's "before" in the
// same pass, the cohorts, the revenue forecast), what the Trends tab pays
// (trends() and the full forecast); then each part alone.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "analytics/analyzer.h"
#include "analytics/insights/insights.h"
#include "analytics/slice.h"
#include "ingest/demo_shop.h"
#include "warehouse/dataset_load_job.h"

using namespace starcart;

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double best_ms(const std::function<void()>& fn, int runs = 3) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const double t0 = now_ms();
    fn();
    best = std::min(best, now_ms() - t0);
  }
  return best;
}

volatile int64_t g_sink = 0;

void run(int64_t lines) {
  DemoOptions o;
  o.lines = lines;
  const std::string csv = generate_demo_csv(o);  // the files view it while loading
  std::vector<InputFile> files;
  files.push_back(InputFile{demo_file_name(o), csv, std::nullopt});
  auto loaded = load_dataset(std::move(files));
  if (!loaded) {
    std::fprintf(stderr, "load failed: %s\n", loaded.error().to_string().c_str());
    std::exit(1);
  }
  const FactStore& s = *loaded;
  const FactIndex x = build_fact_index(s);
  std::printf("\n== %lld lines\n", static_cast<long long>(s.lines()));
  struct Named {
    const char* name;
    Filter filter;
  };
  std::vector<Named> filters;
  filters.push_back({"none", Filter{}});
  Filter year;
  year.from = s.last_day - 364;
  year.to = s.last_day;
  filters.push_back({"date: last 365 days", year});
  Filter country;
  country.countries = {"Germany"};
  filters.push_back({"country: Germany", country});
  Filter champions;
  champions.segments = {"Champions"};
  filters.push_back({"segment: Champions", champions});
  Filter year_champions = year;
  year_champions.segments = {"Champions"};
  filters.push_back({"365 days + Champions", year_champions});
  Analyzer a(s);
  Filter other;  // a filter none of them is: set before each, so every run computes afresh
  other.to = s.first_day;
  std::printf("  %-22s %8s %8s %8s %8s %8s | %8s %8s %8s %8s %8s %8s %8s\n", "filter", "compare", "cmp-part", "insights", "overview",
              "trends", "slice", "custfacts", "forecast", "cohorts", "segments", "returns", "movers");
  for (const Named& f : filters) {
    const InsightOptions io;
    const double compare = best_ms([&] { g_sink = g_sink + compare_periods(x, f.filter, {}).revenue_change; });
    CompareParts no_segments;
    no_segments.segments = false;
    const double part =
        best_ms([&] { g_sink = g_sink + compare_periods(x, f.filter, {}, no_segments).revenue_change; });
    const double scratch = best_ms([&] { g_sink = g_sink + static_cast<int64_t>(compute_insights(x, f.filter, io).items.size()); });
    // What the Overview pays in the frame after the figures (App::overview_insights).
    double overview = 1e300, trends = 1e300;
    for (int i = 0; i < 3; ++i) {
      a.set_filter(other);
      a.set_filter(f.filter);
      a.overview();
      double t0 = now_ms();
      g_sink = g_sink + static_cast<int64_t>(a.insights().items.size());
      overview = std::min(overview, now_ms() - t0);
      a.set_filter(other);
      a.set_filter(f.filter);
      t0 = now_ms();
      g_sink = g_sink + static_cast<int64_t>(a.trends().daily.size()) + a.forecast().horizon;
      trends = std::min(trends, now_ms() - t0);
    }
    const Slice sl0 = make_slice(x, f.filter);
    const PeriodComparison cmp = compare_periods(x, f.filter, {});
    Slice sl = sl0;
    CustomerStats before;
    ensure_customer_facts(x, sl, cmp.periods.previous.to, before);
    const double slice = best_ms([&] { g_sink = g_sink + static_cast<int64_t>(make_slice(x, f.filter).lines.lines.size()); });
    const double facts = best_ms([&] {
      Slice t = sl0;
      CustomerStats b;
      ensure_customer_facts(x, t, cmp.periods.previous.to, b);
      g_sink = g_sink + static_cast<int64_t>(b.active.size());
    });
    forecast::ForecastParts revenue_only;
    revenue_only.orders = false;
    revenue_only.backtest = false;
    const double fore = best_ms([&] { g_sink = g_sink + forecast::analyze_forecast(x, sl.lines, revenue_only).horizon; });
    const double coh = best_ms([&] { g_sink = g_sink + static_cast<int64_t>(compute_cohorts(x, sl.lines).rows.size()); });
    const double seg = best_ms([&] { g_sink = g_sink + static_cast<int64_t>(insights::segment_shrink(x, f.filter, cmp.periods, &sl, &before).size()); });
    const double ret = best_ms([&] { g_sink = g_sink + static_cast<int64_t>(insights::return_jump(x, f.filter, cmp.anchor, &sl).size()); });
    const double mov = best_ms([&] { g_sink = g_sink + static_cast<int64_t>(insights::movers(cmp, f.filter, "").size()); });
    std::printf("  %-22s %8.2f %8.2f %8.2f %8.2f %8.2f | %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f\n", f.name, compare, part, scratch,
                overview, trends, slice, facts, fore, coh, seg, ret, mov);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int64_t> sizes;
  for (int i = 1; i + 1 < argc; ++i)
    if (!std::strcmp(argv[i], "--lines")) sizes.push_back(std::atoll(argv[++i]));
  if (sizes.empty()) sizes = {1000000};
  std::printf("insights_bench (%s)\n",
#ifdef __EMSCRIPTEN__
              "wasm"
#else
              "native"
#endif
  );
  for (int64_t n : sizes) run(n);
  return 0;
}
