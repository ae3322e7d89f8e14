#include "warehouse/load_plan.h"

#include <algorithm>
#include <unordered_set>

#include "warehouse/fact_events_load.h"
#include "warehouse/schema_ddl.h"

namespace starcart {

std::string fingerprint_hex(uint64_t fingerprint) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, fingerprint >>= 4) out[static_cast<size_t>(i)] = kHex[fingerprint & 15];
  return out;
}

namespace {

// (a) The schema: created on an empty database, checked on an existing one.
Status ensure_schema(LoadContext& c) {
  auto exists = c.db.has_table("fact_sales");
  if (!exists) return exists.take_error();
  if (!*exists) {
    if (auto s = c.db.exec(warehouse_tables_ddl()); !s) return s;
    auto st = c.db.prepare("INSERT INTO warehouse_meta (name, value) VALUES ('schema_version', ?1), ('currency_symbol', ?2)");
    if (!st) return st.take_error();
    st->bind_int64(1, kWarehouseSchemaVersion);
    st->bind_text(2, c.store.currency_symbol);
    if (auto r = st->step(); !r) return r.take_error();
    c.summary.first_build = true;
    return ok_status();
  }
  auto version = c.db.query_int("SELECT CAST(value AS INTEGER) FROM warehouse_meta WHERE name = 'schema_version'");
  if (!version || *version != kWarehouseSchemaVersion)
    return make_error(ErrorCode::kSql, "this database was not built by this version of starcart (schema version " +
                                           (version ? std::to_string(*version) : std::string("unknown")) +
                                           ", expected " + std::to_string(kWarehouseSchemaVersion) + ")");
  return ok_status();
}

// (b) Files: the same bytes load once, across loads and within one.
Status plan_files(LoadContext& c) {
  std::unordered_set<std::string> seen;
  auto st = c.db.prepare("SELECT fingerprint FROM load_audit WHERE status = 'loaded'");
  if (!st) return st.take_error();
  auto each = st->each_row([&] {
    seen.emplace(st->column_text(0));
  });
  if (!each) return each.take_error();
  auto next = c.db.query_int("SELECT coalesce(max(file_key), 0) + 1 FROM load_audit");
  if (!next) return next.take_error();
  int64_t file_key = *next;
  for (size_t f = 0; f < c.store.files.size(); ++f) {
    const SourceFile& sf = c.store.files[f];
    FileLoad fl;
    fl.name = sf.name;
    fl.file_key = file_key++;
    fl.counts = sf.counts;
    fl.same_bytes_as_earlier = !seen.insert(fingerprint_hex(sf.fingerprint)).second;
    if (f < c.options.file_parse_ms.size()) fl.parse_ms = c.options.file_parse_ms[f];
    c.file_key.push_back(fl.file_key);
    c.summary.files.push_back(std::move(fl));
  }
  return ok_status();
}

// (c) Orders the warehouse has. An order in both keeps its first-loaded form;
// a different line count or total now is counted as changed.
Status plan_orders(LoadContext& c, const std::vector<uint8_t>& file_taken) {
  const FactStore& s = c.store;
  c.order_exists.assign(s.orders.size(), 0);
  if (c.summary.first_build) return ok_status();
  std::vector<int64_t> lines(s.orders.size(), 0), revenue(s.orders.size(), 0), returns(s.orders.size(), 0);
  for (size_t i = 0; i < s.lines(); ++i) {
    if (!file_taken[s.source_file[i]]) continue;
    const uint32_t o = s.order[i];
    ++lines[o];
    if (s.kind[i] == LineKind::kSale) revenue[o] += s.value[i];
    else if (s.kind[i] == LineKind::kReturn) returns[o] += s.value[i];
  }
  auto st = c.db.prepare("SELECT order_id, line_count, revenue_e4, return_value_e4 FROM fact_orders");
  if (!st) return st.take_error();
  return st->each_row([&] {
    auto id = s.orders.find(st->column_text(0));
    if (!id || *id == 0) return;
    c.order_exists[*id] = 1;
    if (lines[*id] == 0) return;  // only in files loaded before
    ++c.summary.orders_already_loaded;
    if (lines[*id] != st->column_int64(1) || revenue[*id] != st->column_int64(2) || returns[*id] != st->column_int64(3))
      ++c.summary.orders_changed;
  });
}

}  // namespace

Status plan_load(LoadContext& c) {
  const FactStore& s = c.store;
  if (auto st = ensure_schema(c); !st) return st;
  if (auto st = plan_files(c); !st) return st;
  std::vector<uint8_t> file_taken(s.files.size());
  for (size_t f = 0; f < s.files.size(); ++f) file_taken[f] = !c.summary.files[f].same_bytes_as_earlier;
  if (auto st = plan_orders(c, file_taken); !st) return st;

  // (d) The lines to append. An order in several files of one load (an
  // export and a newer one given together) is taken from the first file
  // that has it, as a later load would.
  // Lines of a returns file are not a form of their order: they come with
  // the order wherever its sale lines are appended from.
  std::vector<uint8_t> attached(s.files.size(), 0);
  for (size_t f = 0; f < s.files.size(); ++f) attached[f] = s.files[f].kind == "returns";
  std::vector<uint16_t> order_file(s.orders.size(), UINT16_MAX);
  for (size_t i = 0; i < s.lines(); ++i)
    if (file_taken[s.source_file[i]] && !attached[s.source_file[i]])
      order_file[s.order[i]] = std::min(order_file[s.order[i]], s.source_file[i]);
  c.summary.store_lines = static_cast<int64_t>(s.lines());
  c.lines.reserve(s.lines());
  for (size_t i = 0; i < s.lines(); ++i) {
    FileLoad& fl = c.summary.files[s.source_file[i]];
    if (s.kind[i] == LineKind::kExcluded) ++fl.excluded_lines;
    const bool from_order_file = attached[s.source_file[i]] ? order_file[s.order[i]] != UINT16_MAX
                                                            : order_file[s.order[i]] == s.source_file[i];
    if (!file_taken[s.source_file[i]] || c.order_exists[s.order[i]] || !from_order_file) {
      ++fl.lines_already_loaded;
      continue;
    }
    ++fl.lines_appended;
    c.lines.push_back(static_cast<uint32_t>(i));
    const Day d = s.day[i];
    if (d == kNullDay) continue;
    if (!c.has_dates || d < c.data_first_day) c.data_first_day = d;
    if (!c.has_dates || d > c.data_last_day) c.data_last_day = d;
    c.has_dates = true;
  }
  plan_side_facts(c);  // event and stock rows (fact_events_load.h)
  c.summary.lines_appended = static_cast<int64_t>(c.lines.size());
  c.summary.lines_already_loaded = c.summary.store_lines - c.summary.lines_appended;
  c.summary.nothing_new = !c.summary.first_build;
  for (const FileLoad& fl : c.summary.files) c.summary.nothing_new = c.summary.nothing_new && fl.same_bytes_as_earlier;

  // (e) Numbers: the load and the next keys.
  auto load_id = c.db.query_int("SELECT coalesce(max(load_id), 0) + 1 FROM load_run");
  auto line_key = c.db.query_int("SELECT coalesce(max(line_key), 0) + 1 FROM fact_sales");
  auto order_key = c.db.query_int("SELECT coalesce(max(order_key), 0) + 1 FROM fact_orders");
  if (!load_id) return load_id.take_error();
  if (!line_key) return line_key.take_error();
  if (!order_key) return order_key.take_error();
  c.summary.load_id = *load_id;
  c.next_line_key = *line_key;
  c.next_order_key = *order_key;
  return ok_status();
}

}  // namespace starcart
