// DatasetLoadJob's release hook: each file's bytes are given back once the
// file is read into its table, before the facts are assembled, so the page
// never holds a file, its table and the facts at the same time.
#include "warehouse/dataset_load_job.h"

#include <doctest.h>

#include <string>
#include <vector>

#include "support/test_data.h"

namespace starcart {
namespace {

TEST_CASE("release is called once per file, after its read and before the facts; the bytes are not read again") {
  std::string bytes = test::read_data_file("csv/online_retail_small.csv");
  int released = 0;
  std::vector<InputFile> files;
  files.push_back(InputFile{"small.csv", bytes, std::nullopt, [&] {
                              ++released;
                              // Scribble over the buffer: were the job to read it again, the facts would change.
                              bytes.assign(bytes.size(), 'x');
                            }});
  DatasetLoadJob job(std::move(files));
  StepState st = StepState::kRunning;
  while ((st = job.step(1000)) == StepState::kRunning) {
  }
  REQUIRE(st == StepState::kDone);
  CHECK(released == 1);
  FactStore s = job.take_store();
  // 11 data rows, one exact duplicate (536367 twice): 10 loaded, as by hand.
  const LoadCounts c = s.totals();
  CHECK(c.rows_read == 11);
  CHECK(c.duplicates == 1);
  CHECK(c.rows_loaded == 10);
}

}  // namespace
}  // namespace starcart
