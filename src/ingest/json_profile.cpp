#include "ingest/json_profile.h"

#include "ingest/json_records.h"

namespace starcart {

namespace {
constexpr size_t kSampleRecords = 1000;
constexpr size_t kSampleRows = 1000;
}  // namespace

std::string_view json_text(std::string_view bytes, const EncodingDetection& e, std::string& owned) {
  std::string_view text = bytes.substr(std::min(bytes.size(), e.bom_bytes));
  if (e.encoding == Encoding::kUtf16Le || e.encoding == Encoding::kUtf16Be) {
    owned = utf16_to_utf8(text, e.encoding == Encoding::kUtf16Be);
    return owned;
  }
  if (e.encoding == Encoding::kWindows1252) {
    std::string scratch;
    std::string_view t = windows1252_to_utf8(text, scratch);
    owned = std::string(t);
    return owned;
  }
  return text;
}

Result<FileProfile> inspect_json(std::string name, std::string_view bytes) {
  FileProfile p;
  p.name = std::move(name);
  p.bytes = static_cast<int64_t>(bytes.size());
  p.encoding = detect_encoding(bytes);
  std::string owned;
  const std::string_view text = json_text(bytes, p.encoding, owned);
  auto records = JsonRecords::open(p.name, text);
  if (!records) return records.take_error();
  const JsonShape& shape = records->shape();
  if (records->size() == 0) return make_error(ErrorCode::kEmptyInput, "the JSON holds no records", Location{p.name});
  p.format = shape.ndjson ? FileFormat::kNdjson : FileFormat::kJsonArray;
  p.json_records_key = shape.records_key;
  p.json_items_key = shape.items_key;
  p.dialect_evidence = std::string(shape.ndjson ? "one JSON object per line" : "JSON records") +
                       (shape.records_key.empty() ? "" : " under \"" + shape.records_key + "\"") +
                       (shape.items_key.empty() ? "" : "; each \"" + shape.items_key + "\" item is one row");
  std::vector<std::string> header;
  records->discover_columns(0, kSampleRecords, header);
  std::vector<std::vector<std::string>> data, rows;
  std::string error;
  int64_t at = 0;
  for (size_t r = 0; r < records->size() && r < kSampleRecords && data.size() < kSampleRows; ++r) {
    if (!records->flatten(r, header, rows, error, at)) continue;
    for (auto& row : rows) data.push_back(std::move(row));
  }
  profile_columns(p, header, data, shape.items_key.empty() ? std::string_view() : shape.items_key + ".");
  return p;
}

}  // namespace starcart
