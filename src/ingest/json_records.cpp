// Contents: 1. shape detection (records key, items key)  2. opening a
// document or an NDJSON text  3. column discovery  4. flattening a record.
#include "ingest/json_records.h"

#include <algorithm>
#include <unordered_map>

#include "ingest/json_scan.h"
#include "simdjson.h"

namespace starcart {

namespace dom = simdjson::dom;

namespace {

// Names under which APIs hold an order's line items, most likely first.
constexpr std::string_view kItemKeys[] = {"line_items", "lineItems", "items", "order_items", "orderItems",
                                          "lines",      "order_lines", "orderLines", "products", "positions"};
// Names under which APIs hold the records of a response.
constexpr std::string_view kRecordKeys[] = {"orders", "data", "results", "records", "rows", "items", "sales"};

bool is_array_of_objects(dom::element e) {
  dom::array a;
  if (e.get_array().get(a)) return false;
  for (dom::element x : a) return x.type() == dom::element_type::OBJECT;
  return false;
}

// --- 1. shape ------------------------------------------------------------------
std::string pick_key(dom::object o, const std::string_view* preferred, size_t n, bool any) {
  for (size_t k = 0; k < n; ++k) {
    dom::element v;
    if (!o.at_key(preferred[k]).get(v) && is_array_of_objects(v)) return std::string(preferred[k]);
  }
  if (any)
    for (dom::key_value_pair kv : o)
      if (is_array_of_objects(kv.value)) return std::string(kv.key);
  return "";
}

std::string scalar_text(dom::element v) {
  switch (v.type()) {
    case dom::element_type::STRING: {
      std::string_view s;
      if (v.get_string().get(s)) return "";
      return std::string(s);
    }
    case dom::element_type::NULL_VALUE: return "";
    case dom::element_type::BOOL: {
      bool b = false;
      if (v.get_bool().get(b)) return "";
      return b ? "true" : "false";
    }
    default: return simdjson::minify(v);
  }
}

// A value that is not an object: its text in one cell.
std::string cell_text(dom::element v) {
  if (v.type() != dom::element_type::ARRAY) return scalar_text(v);
  dom::array a;
  if (v.get_array().get(a)) return "";
  std::string out;
  for (dom::element x : a) {
    if (x.type() == dom::element_type::OBJECT || x.type() == dom::element_type::ARRAY) return simdjson::minify(v);
    if (!out.empty()) out += ", ";
    out += scalar_text(x);
  }
  return out;
}

// Calls f(name, value) for every leaf of an object, names dotted; the items
// array (at the record's top level only) is skipped.
template <class F>
void walk(dom::object o, const std::string& prefix, std::string_view skip_key, F&& f) {
  for (dom::key_value_pair kv : o) {
    if (prefix.empty() && !skip_key.empty() && kv.key == skip_key) continue;
    std::string name = prefix + std::string(kv.key);
    dom::object child;
    if (kv.value.type() == dom::element_type::OBJECT && !kv.value.get_object().get(child)) {
      walk(child, name + ".", {}, f);
      continue;
    }
    f(name, kv.value);
  }
}

}  // namespace

struct JsonRecords::Impl {
  std::string name;
  std::string_view text;
  JsonShape shape;
  mutable dom::parser parser;       // holds the document (array form)
  mutable dom::parser line_parser;  // NDJSON: one line at a time
  std::vector<dom::element> records;
  std::vector<int64_t> offsets, ends, lines;
  // The column index of the last header flatten() saw.
  mutable const std::vector<std::string>* header = nullptr;
  mutable size_t header_size = 0;
  mutable std::unordered_map<std::string, size_t> index;

  // The record as an object: from the document, or parsed from its line.
  bool object_of(size_t r, dom::object& o, std::string& error, int64_t& error_offset) const {
    dom::element e;
    if (shape.ndjson) {
      const std::string_view line = text.substr(static_cast<size_t>(offsets[r]),
                                                static_cast<size_t>(ends[r] - offsets[r]));
      if (line_parser.parse(line.data(), line.size(), true).get(e)) {
        JsonSyntaxError se = find_json_syntax_error(line);
        error = "not JSON: " + (se.offset >= 0 ? se.reason : std::string("invalid text"));
        error_offset = se.offset >= 0 ? se.offset : 0;
        return false;
      }
    } else {
      e = records[r];
    }
    if (e.get_object().get(o)) {
      error = "a record must be an object";
      error_offset = 0;
      return false;
    }
    return true;
  }

  const std::unordered_map<std::string, size_t>& index_of(const std::vector<std::string>& h) const {
    if (header != &h || header_size != h.size()) {
      index.clear();
      for (size_t c = 0; c < h.size(); ++c) index.emplace(h[c], c);
      header = &h;
      header_size = h.size();
    }
    return index;
  }
};

JsonRecords::JsonRecords(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JsonRecords::JsonRecords(JsonRecords&&) noexcept = default;
JsonRecords& JsonRecords::operator=(JsonRecords&&) noexcept = default;
JsonRecords::~JsonRecords() = default;

// --- 2. open ---------------------------------------------------------------------
Result<JsonRecords> JsonRecords::open(const std::string& name, std::string_view text) {
  auto impl = std::make_unique<Impl>();
  impl->name = name;
  impl->text = text;
  auto syntax_error = [&](std::string_view t, int64_t base, simdjson::error_code code) {
    JsonSyntaxError se = find_json_syntax_error(t);
    if (se.offset < 0) return make_error(ErrorCode::kJsonSyntax, std::string("JSON: ") + simdjson::error_message(code),
                                         Location{name});
    TextPosition at = position_of(text, base + se.offset);
    return make_error(ErrorCode::kJsonSyntax, "JSON: " + se.reason, Location{name, at.line, at.column});
  };
  if (looks_like_ndjson(text)) {
    impl->shape.ndjson = true;
    int64_t line = 1;
    size_t i = 0;
    while (i < text.size()) {
      size_t nl = text.find('\n', i);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view l = text.substr(i, nl - i);
      if (l.find_first_not_of(" \t\r") != std::string_view::npos) {
        impl->offsets.push_back(static_cast<int64_t>(i));
        impl->ends.push_back(static_cast<int64_t>(nl));
        impl->lines.push_back(line);
      }
      ++line;
      i = nl + 1;
    }
    // The items key, from the first lines that parse.
    for (size_t r = 0; r < impl->offsets.size() && r < 200 && impl->shape.items_key.empty(); ++r) {
      dom::object o;
      std::string err;
      int64_t at;
      if (impl->object_of(r, o, err, at))
        impl->shape.items_key = pick_key(o, kItemKeys, std::size(kItemKeys), false);
    }
    return JsonRecords(std::move(impl));
  }
  dom::element root;
  if (auto code = impl->parser.parse(text.data(), text.size(), true).get(root)) return syntax_error(text, 0, code);
  dom::array records;
  if (root.type() == dom::element_type::ARRAY) {
    if (root.get_array().get(records)) return make_error(ErrorCode::kJsonShape, "unreadable array", Location{name});
  } else if (root.type() == dom::element_type::OBJECT) {
    dom::object o;
    if (root.get_object().get(o)) return make_error(ErrorCode::kJsonShape, "unreadable object", Location{name});
    impl->shape.records_key = pick_key(o, kRecordKeys, std::size(kRecordKeys), true);
    if (!impl->shape.records_key.empty() && o.at_key(impl->shape.records_key).get_array().get(records))
      impl->shape.records_key.clear();
  } else {
    return make_error(ErrorCode::kJsonShape, "the JSON holds a single value, not records", Location{name});
  }
  if (root.type() == dom::element_type::OBJECT && impl->shape.records_key.empty()) {
    impl->records.push_back(root);  // a single object: one record
  } else {
    for (dom::element e : records) impl->records.push_back(e);
  }
  impl->offsets = json_record_offsets(text, impl->shape.records_key);
  if (impl->offsets.size() != impl->records.size()) impl->offsets.assign(impl->records.size(), 0);
  int64_t line = 1;
  size_t at = 0;
  for (int64_t off : impl->offsets) {  // offsets grow: count line breaks incrementally
    for (; at < static_cast<size_t>(off); ++at) line += text[at] == '\n';
    impl->lines.push_back(line);
    impl->ends.push_back(static_cast<int64_t>(json_value_end(text, static_cast<size_t>(off))));
  }
  bool any_object = impl->records.empty();
  for (size_t r = 0; r < impl->records.size() && r < 100 && !any_object; ++r)
    any_object = impl->records[r].type() == dom::element_type::OBJECT;
  if (!any_object)
    return make_error(ErrorCode::kJsonShape, "the JSON array holds no objects", Location{name});
  for (size_t r = 0; r < impl->records.size() && r < 200 && impl->shape.items_key.empty(); ++r) {
    dom::object o;
    if (!impl->records[r].get_object().get(o)) impl->shape.items_key = pick_key(o, kItemKeys, std::size(kItemKeys), false);
  }
  return JsonRecords(std::move(impl));
}

const JsonShape& JsonRecords::shape() const { return impl_->shape; }
size_t JsonRecords::size() const { return impl_->offsets.size(); }
int64_t JsonRecords::offset(size_t r) const { return impl_->offsets[r]; }
int64_t JsonRecords::line(size_t r) const { return impl_->lines[r]; }
std::string_view JsonRecords::text(size_t r) const {
  return impl_->text.substr(static_cast<size_t>(impl_->offsets[r]),
                            static_cast<size_t>(impl_->ends[r] - impl_->offsets[r]));
}

// --- 3. columns ------------------------------------------------------------------
void JsonRecords::discover_columns(size_t first, size_t count, std::vector<std::string>& header) const {
  std::unordered_map<std::string, size_t> seen;
  for (size_t c = 0; c < header.size(); ++c) seen.emplace(header[c], c);
  std::vector<std::string> item_names;  // after the record's own fields
  const std::string& items = impl_->shape.items_key;
  const std::string item_prefix = items + ".";
  auto add = [&](std::vector<std::string>& into, const std::string& n) {
    if (seen.emplace(n, SIZE_MAX).second) into.push_back(n);
  };
  for (size_t r = first; r < first + count && r < size(); ++r) {
    dom::object o;
    std::string err;
    int64_t at;
    if (!impl_->object_of(r, o, err, at)) continue;
    walk(o, "", items, [&](const std::string& n, dom::element) { add(header, n); });
    if (items.empty()) continue;
    dom::array arr;
    if (o.at_key(items).get_array().get(arr)) continue;
    for (dom::element item : arr) {
      dom::object io;
      if (item.get_object().get(io)) {
        add(item_names, items);
        continue;
      }
      walk(io, item_prefix, {}, [&](const std::string& n, dom::element) { add(item_names, n); });
    }
  }
  header.insert(header.end(), item_names.begin(), item_names.end());
}

// --- 4. flatten ------------------------------------------------------------------
bool JsonRecords::flatten(size_t r, const std::vector<std::string>& header, std::vector<std::vector<std::string>>& rows,
                          std::string& error, int64_t& error_offset) const {
  rows.clear();
  dom::object o;
  if (!impl_->object_of(r, o, error, error_offset)) return false;
  const auto& index = impl_->index_of(header);
  std::vector<std::string> base(header.size());
  const std::string& items = impl_->shape.items_key;
  walk(o, "", items, [&](const std::string& n, dom::element v) {
    auto it = index.find(n);
    if (it != index.end()) base[it->second] = cell_text(v);
  });
  dom::array arr;
  if (items.empty() || o.at_key(items).get_array().get(arr) || arr.size() == 0) {
    rows.push_back(std::move(base));
    return true;
  }
  const std::string item_prefix = items + ".";
  for (dom::element item : arr) {
    std::vector<std::string> row = base;
    dom::object io;
    if (item.get_object().get(io)) {
      auto it = index.find(items);
      if (it != index.end()) row[it->second] = cell_text(item);
    } else {
      walk(io, item_prefix, {}, [&](const std::string& n, dom::element v) {
        auto it = index.find(n);
        if (it != index.end()) row[it->second] = cell_text(v);
      });
    }
    rows.push_back(std::move(row));
  }
  return true;
}

}  // namespace starcart
