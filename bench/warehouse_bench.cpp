// Fact rows per second into SQLite (issue 5): the demo shop (or a CSV file,
// natively) is loaded into a FactStore, then StarSchemaJob builds the star
// schema in a fresh in-memory database; the figure is fact lines / the time of
// the star schema itself (plan, dimensions, facts, indexes, audit). Marts and
// the data-quality report follow in the same job and are printed apart.
// Prints wall-clock and CPU time: on a shared machine the CPU time is the
// steadier figure.
//
//   build/native/warehouse_bench [--lines N] [--seed S] [--format online-retail|full]
//                                [--runs R] [--slice-ms MS] [FILE.csv]
//   node --no-experimental-fetch build/wasm/warehouse_bench.js [same options, no FILE]
#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "core/format.h"
#include "core/job.h"
#include "ingest/demo_shop.h"
#include "warehouse/dataset_load_job.h"
#include "warehouse/star_schema.h"

using namespace starcart;

namespace {

double cpu_ms() { return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC; }

std::string read_whole_file(const char* path) {
  std::string out;
  FILE* f = std::fopen(path, "rb");
  if (!f) return out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::string rate(int64_t rows, double ms) {
  return ms > 0 ? format_count(static_cast<int64_t>(static_cast<double>(rows) / ms * 1000.0)) : std::string("-");
}

// Bytes malloc has handed out and not had back (glibc natively; in wasm,
// dlmalloc's mallinfo, read unsigned past 2 GB as the page does).
double heap_in_use() {
#ifdef __EMSCRIPTEN__
  return static_cast<double>(static_cast<unsigned>(mallinfo().uordblks));
#else
  // Chunks glibc maps apart (big vectors) are not in uordblks: count them too.
  const struct mallinfo2 m = mallinfo2();
  return static_cast<double>(m.uordblks + m.hblkhd);
#endif
}

struct RunResult {
  LoadTimings wall, cpu;
};

// One build; `clock` decides what the phase timings measure.
// The longest single step() of the last run: how long the page would freeze
// when the job runs in slices (--slice-ms 8, as the page gives it).
struct LongestStep {
  double ms = 0;
  std::string stage;
  double heap = 0;  // the most malloc held after a step of the stage, beyond what it held before the build
};
// The longest step of each stage, longest first.
struct Steps {
  std::vector<LongestStep> by_stage;
  double built_heap = 0;  // malloc held once the job is done: the database itself
  void add(const std::string& stage, double ms, double heap) {
    for (LongestStep& s : by_stage)
      if (s.stage == stage) {
        s.ms = std::max(s.ms, ms);
        s.heap = std::max(s.heap, heap);
        return;
      }
    by_stage.push_back(LongestStep{ms, stage, heap});
  }
};

bool run_once(const FactStore& store, double slice_ms, double (*clock)(), LoadTimings& out, int64_t& lines,
              Steps& longest) {
  auto db = Database::open_memory();
  if (!db) return false;
  if (const char* pragmas = std::getenv("WAREHOUSE_BENCH_PRAGMAS"))  // experiments: "PRAGMA page_size=8192"
    if (auto s = db->exec(pragmas); !s) return false;
  LoadOptions options;
  options.clock_ms = clock;
  const double heap0 = heap_in_use();
  StarSchemaJob job(store, *db, options);
  for (;;) {
    const std::string stage = job.progress().stage;
    const double t0 = now_ms();
    StepState st = job.step(slice_ms);
    longest.add(stage, now_ms() - t0, heap_in_use() - heap0);
    if (st == StepState::kFailed) {
      std::fprintf(stderr, "warehouse_bench: %s\n", job.error().to_string().c_str());
      return false;
    }
    if (st == StepState::kDone) break;
  }
  longest.built_heap = heap_in_use() - heap0;
  out = job.summary().timings;
  lines = job.summary().lines_appended;
  return true;
}

void print_phases(const char* what, const LoadTimings& t) {
  std::printf("  %-5s plan %.0f | dimensions %.0f | facts %.0f (orders %.0f, lines %.0f) | indexes %.0f | audit %.0f | "
              "marts %.0f | quality %.0f | total %.0f ms\n",
              what, t.plan, t.dimensions, t.facts, t.orders, t.lines, t.indexes, t.audit, t.marts, t.quality, t.total);
}

}  // namespace

int main(int argc, char** argv) {
  DemoOptions demo;
  demo.lines = 1000000;
  demo.format = DemoFormat::kOnlineRetail;
  int runs = 1;
  double slice_ms = 1e9;
  const char* file = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--lines" && has_value) demo.lines = std::atoll(argv[++i]);
    else if (a == "--seed" && has_value) demo.seed = static_cast<uint64_t>(std::atoll(argv[++i]));
    else if (a == "--format" && has_value) demo.format = std::strcmp(argv[++i], "full") == 0 ? DemoFormat::kFull : DemoFormat::kOnlineRetail;
    else if (a == "--runs" && has_value) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--slice-ms" && has_value) slice_ms = std::atof(argv[++i]);
    else if (a[0] != '-') file = argv[i];
    else {
      std::fprintf(stderr, "usage: warehouse_bench [--lines N] [--seed S] [--format online-retail|full] [--runs R] [--slice-ms MS] [FILE.csv]\n");
      return 2;
    }
  }
  std::string name = file ? std::string(file) : demo_file_name(demo);
  std::string bytes = file ? read_whole_file(file) : generate_demo_csv(demo);
  if (bytes.empty()) {
    std::fprintf(stderr, "warehouse_bench: no data (%s)\n", name.c_str());
    return 1;
  }
  const double p0 = now_ms();
  std::vector<InputFile> files;
  files.push_back(InputFile{name, bytes, std::nullopt});
  auto store = load_dataset(std::move(files));
  if (!store) {
    std::fprintf(stderr, "warehouse_bench: %s\n", store.error().to_string().c_str());
    return 1;
  }
  std::printf("warehouse_bench: %s: %s fact lines (parse %.0f ms, not counted)\n", name.c_str(),
              format_count(static_cast<int64_t>(store->lines())).c_str(), now_ms() - p0);
  for (int r = 1; r <= runs; ++r) {
    // The same build twice: once timed by the wall clock, once by CPU time.
    LoadTimings wall, cpu;
    int64_t lines = 0;
    Steps longest, ignored;
    if (!run_once(*store, slice_ms, nullptr, wall, lines, longest)) return 1;
    if (!run_once(*store, slice_ms, cpu_ms, cpu, lines, ignored)) return 1;
    std::printf("run %d: star schema %s rows/s (wall %.0f ms), %s rows/s (CPU %.0f ms); with marts and quality %s rows/s (wall), %s rows/s (CPU)\n",
                r, rate(lines, wall.star()).c_str(), wall.star(), rate(lines, cpu.star()).c_str(), cpu.star(),
                rate(lines, wall.total).c_str(), rate(lines, cpu.total).c_str());
    print_phases("wall", wall);
    print_phases("CPU", cpu);
    if (slice_ms < 1e6) {
      std::sort(longest.by_stage.begin(), longest.by_stage.end(),
                [](const LongestStep& a, const LongestStep& b) { return a.ms > b.ms; });
      std::printf("  longest step per stage with %.0f ms slices:", slice_ms);
      for (const LongestStep& s : longest.by_stage) std::printf(" %s %.0f ms;", s.stage.c_str(), s.ms);
      // Where the build's memory goes: the page holds the facts and this
      // database at once (the standing target is 3x the input file).
      std::printf("\n  malloc held beyond the facts, most after a step of each stage:");
      for (const LongestStep& s : longest.by_stage) std::printf(" %s %.1f MB;", s.stage.c_str(), s.heap / 1e6);
      std::printf(" when built %.1f MB\n", longest.built_heap / 1e6);
    }
  }
  return 0;
}
