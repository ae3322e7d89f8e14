// libFuzzer target: any bytes through the whole CSV path (encoding, sniffing,
// inspection, tokenizer, typing, table building). Checks, beyond "no crash,
// no sanitizer report": (1) the load keeps read = loaded + rejected +
// duplicates; (2) the tokenizer fed in small chunks gives the rows it gives
// on the whole buffer (resumability).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/csv_load_job.h"
#include "ingest/csv_tokenizer.h"
#include "ingest/file_profile.h"

using namespace starcart;

namespace {

std::vector<std::vector<std::string>> rows_of(std::string_view text, size_t chunk) {
  std::vector<std::vector<std::string>> out;
  CsvTokenizer tok(CsvDialect{',', '"'}, 64);
  CsvRow row;
  std::string window;
  size_t pos = 0, fed = 0;
  for (;;) {
    const bool final = fed >= text.size();
    while (tok.next(window, pos, final, row)) out.emplace_back(row.fields.begin(), row.fields.end());
    if (final) break;
    const size_t n = std::min(chunk, text.size() - fed);
    window.append(text.data() + fed, n);
    fed += n;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto profile = inspect_csv("fuzz.csv", bytes);
  if (profile) {
    CsvLoadJob job(*profile, bytes);
    while (job.step(1000.0) == StepState::kRunning) {
    }
    Table t = job.take_table();
    if (!t.counts.balanced()) std::abort();
    for (const Column& c : t.columns)
      if (static_cast<int64_t>(c.rows()) != t.rows()) std::abort();
  }
  if (size < 4096) {
    const size_t chunk = size > 0 ? 1 + data[0] % 7 : 1;
    if (rows_of(bytes, size + 1) != rows_of(bytes, chunk)) std::abort();
  }
  return 0;
}
