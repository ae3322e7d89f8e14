#include "support/test_data.h"

#include <doctest.h>

#include <cstdio>

#include "ingest/demo_shop.h"
#include "warehouse/dataset_load_job.h"

namespace starcart::test {

std::string read_data_file(const std::string& relative) {
  std::string path = std::string(STARCART_TEST_DATA) + "/" + relative;
  FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE_MESSAGE(f != nullptr, "missing fixture " << path);
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

Result<FactStore> load_csv(const std::string& name, const std::string& bytes) {
  std::vector<InputFile> files;
  files.push_back(InputFile{name, bytes, std::nullopt});
  return load_dataset(std::move(files));
}

FactStore load_fixture(const std::string& relative) {
  // The store copies what it keeps: the bytes can go after the load.
  std::string bytes = read_data_file(relative);
  auto store = load_csv(relative.substr(relative.find_last_of('/') + 1), bytes);
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error().to_string()));
  return std::move(*store);
}

const FactStore& demo_store() {
  static const FactStore store = [] {
    auto s = load_csv("demo.csv", generate_demo_csv(DemoOptions{}));
    REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().to_string()));
    return std::move(*s);
  }();
  return store;
}

std::vector<Filter> whole_day_filters(const FactStore& s) {
  Filter year, quarter, one_day;
  year.from = s.last_day - 364;
  quarter.from = s.last_day - 200;
  quarter.to = s.last_day - 110;
  one_day.from = one_day.to = s.last_day - 3;
  return {Filter{}, year, quarter, one_day};
}

Selection line_by_line(Selection selection) {
  selection.whole_days.reset();
  return selection;
}

}  // namespace starcart::test
