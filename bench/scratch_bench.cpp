#include <chrono>
#include <cstdio>
#include <functional>
#include "analytics/overview.h"
#include "analytics/kpis.h"
#include "analytics/trends.h"
#include "analytics/overview_mix.h"
#include "ingest/demo_shop.h"
#include "warehouse/dataset_load_job.h"
using namespace starcart;
static double wall_ms() { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
static double best(const std::function<void()>& fn) { double b = 1e300; for (int i = 0; i < 5; ++i) { double t = wall_ms(); fn(); b = std::min(b, wall_ms() - t);} return b; }
volatile int64_t sink;
int main() {
  DemoOptions o; o.lines = 1000000;
  const std::string csv = generate_demo_csv(o);
  std::vector<InputFile> files; files.push_back(InputFile{demo_file_name(o), csv, std::nullopt});
  auto loaded = load_dataset(std::move(files));
  const FactStore& s = *loaded; const FactIndex x = build_fact_index(s);
  Filter f;
  const Slice sl = make_slice(x, f);
  std::printf("slice %.2f\n", best([&]{ sink = make_slice(x, f).lines.lines.size(); }));
  std::printf("overview %.2f\n", best([&]{ sink = compute_overview(x, sl).kpis.revenue; }));
  std::printf("kpis %.2f\n", best([&]{ sink = compute_kpis(x, sl.lines, sl.period).revenue; }));
  std::printf("monthly %.2f\n", best([&]{ sink = monthly_series(x, sl.lines).size(); }));
  std::printf("mix %.2f\n", best([&]{ sink = compute_overview_mix(x, sl.lines).categories.size(); }));
  std::printf("prev slice %.2f\n", best([&]{ sink = make_slice(x, previous_period(x.facts(), f)).lines.lines.size(); }));
}
