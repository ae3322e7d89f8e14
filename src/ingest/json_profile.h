// Inspecting a JSON file: encoding, shape (array, NDJSON, wrapper object,
// expanded line items), the flattened columns of the first records, and then
// the same types, roles, layout and kind as a CSV file.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "ingest/file_profile.h"
#include "ingest/json_scan.h"

namespace starcart {

Result<FileProfile> inspect_json(std::string name, std::string_view bytes);

// JSON bytes as UTF-8 text without BOM: UTF-16 and Windows-1252 are
// transcoded into `owned`; UTF-8 is returned in place.
std::string_view json_text(std::string_view bytes, const EncodingDetection& e, std::string& owned);

}  // namespace starcart
