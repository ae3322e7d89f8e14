// Ingest benchmark (not a test): MB/s for reading + typing a 1M-line file in
// the UCI Online Retail format (the demo generator's --format online-retail,
// ~83 MB), and for the whole load including fact assembly. Builds natively
// (build/native/ingest_bench) and as a node program with em++
// (build/wasm/ingest_bench.js: node --no-experimental-fetch ingest_bench.js).
//
//   ingest_bench [LINES] [RUNS] [read]   defaults: 1000000 lines, 3 runs (best is printed);
//                                        "read" skips the whole-load figure (for profiling)
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <string>

#include "core/job.h"
#include "ingest/csv_load_job.h"
#include "ingest/demo_shop.h"
#include "ingest/file_profile.h"
#include "warehouse/dataset_load_job.h"

using namespace starcart;

int main(int argc, char** argv) {
  DemoOptions o;
  o.lines = argc > 1 ? std::atoll(argv[1]) : 1000000;
  o.seed = 42;
  o.format = DemoFormat::kOnlineRetail;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 3;
  const bool read_only = argc > 3 && std::string(argv[3]) == "read";
  const std::string csv = generate_demo_csv(o);
  const double mb = static_cast<double>(csv.size()) / 1e6;
#if defined(__EMSCRIPTEN__)
  const char* target = "wasm";
#else
  const char* target = "native";
#endif
  std::printf("ingest_bench (%s): %lld lines, %.1f MB, best of %d runs\n", target, static_cast<long long>(o.lines), mb,
              runs);
  // Wall time, and this process's CPU time (the machine may be shared: CPU
  // time is what the code costs; wall time is what a user waits).
  double best_inspect = 1e18, best_read = 1e18, best_load = 1e18, best_read_cpu = 1e18, best_load_cpu = 1e18;
  auto cpu_ms = [] { return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
  int64_t rows = 0, lines = 0;
  for (int r = 0; r < runs; ++r) {
    // (1) Inspect: encoding over the whole file, dialect, types and roles from a sample.
    double t0 = now_ms(), c0 = cpu_ms();
    auto p = inspect_file("online-retail.csv", csv);
    if (!p) {
      std::fprintf(stderr, "%s\n", p.error().to_string().c_str());
      return 1;
    }
    double t1 = now_ms();
    // (2) Read + type: tokenizer, conversions, dictionaries, date decision, duplicates.
    CsvLoadOptions options;
    options.required = required_roles_for(*p);
    CsvLoadJob job(*p, csv, options);
    if (auto s = run_to_end(job); !s) {
      std::fprintf(stderr, "%s\n", s.error().to_string().c_str());
      return 1;
    }
    Table t = job.take_table();
    double t2 = now_ms(), c2 = cpu_ms();
    rows = t.counts.rows_read;
    // (3) The whole load as the page runs it: inspect + read + assemble the facts.
    double t3 = t2, c3 = c2;
    if (!read_only) {
      std::vector<InputFile> files;
      files.push_back(InputFile{"online-retail.csv", csv, std::nullopt});
      auto store = load_dataset(std::move(files));
      t3 = now_ms();
      c3 = cpu_ms();
      if (!store) return 1;
      lines = static_cast<int64_t>(store->lines());
    }
    best_inspect = std::min(best_inspect, t1 - t0);
    best_read = std::min(best_read, t2 - t0);
    best_load = std::min(best_load, t3 - t2);
    best_read_cpu = std::min(best_read_cpu, c2 - c0);
    best_load_cpu = std::min(best_load_cpu, c3 - c2);
  }
  std::printf("  inspect              %8.1f ms\n", best_inspect);
  std::printf("  read + type          %8.1f ms  %7.1f MB/s wall   %7.1f MB/s CPU  (%lld rows)\n", best_read,
              mb / (best_read / 1000.0), mb / (best_read_cpu / 1000.0), static_cast<long long>(rows));
  if (!read_only)
    std::printf("  whole load (+facts)  %8.1f ms  %7.1f MB/s wall   %7.1f MB/s CPU  (%lld lines)\n", best_load,
                mb / (best_load / 1000.0), mb / (best_load_cpu / 1000.0), static_cast<long long>(lines));
  return 0;
}
