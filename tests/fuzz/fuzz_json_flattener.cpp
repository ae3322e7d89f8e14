// libFuzzer target: any bytes through the JSON path (shape detection,
// simdjson DOM, flattening, line-item expansion, table building). Checks:
// (1) the load keeps read = loaded + rejected + duplicates; (2) our syntax
// error locator agrees with simdjson: a document simdjson parses has no
// syntax error, and one we locate an error in, simdjson rejects.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/json_load_job.h"
#include "ingest/json_profile.h"
#include "ingest/json_scan.h"
#include "simdjson.h"

using namespace starcart;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto profile = inspect_json("fuzz.json", text);
  if (profile) {
    JsonLoadJob job(*profile, text);
    while (job.step(1000.0) == StepState::kRunning) {
    }
    if (job.error().code == ErrorCode::kOk) {
      Table t = job.take_table();
      if (!t.counts.balanced()) std::abort();
    }
  }
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  const bool simdjson_ok = parser.parse(text.data(), text.size(), true).get(e) == simdjson::SUCCESS;
  const bool we_find_error = find_json_syntax_error(text).offset >= 0;
  if (simdjson_ok && we_find_error) std::abort();
  (void)json_record_offsets(text, "");
  (void)json_record_offsets(text, "orders");
  return 0;
}
