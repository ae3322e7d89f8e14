#include "ingest/table_builder.h"

#include <algorithm>
#include <cassert>
#include <cstring>

#include "core/hash.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

constexpr size_t kMaxRawBytes = 4096;

ColumnKind kind_for(Role role) {
  switch (role_info(role).type) {
    case RoleType::kInteger: return ColumnKind::kInteger;
    case RoleType::kMoney: return ColumnKind::kMoney;
    case RoleType::kDate: return ColumnKind::kDate;
    case RoleType::kId:
    case RoleType::kText: return ColumnKind::kText;
  }
  return ColumnKind::kText;
}

}  // namespace

namespace {

// A spreadsheet's totals row ("Summe", "Grand Total") at the end of the data:
// the first such word in the row, or "".
std::string_view totals_word(const std::vector<std::string_view>& fields) {
  static constexpr std::string_view kWords[] = {"total", "totals", "grand total", "sum", "summe", "gesamt",
                                                "insgesamt", "totaal", "somme", "suma", "soma", "totale",
                                                "subtotal", "total general", "gesamtsumme"};
  for (std::string_view f : fields) {
    std::string_view v = trim(f);
    if (v.empty() || v.size() > 16) continue;
    std::string l(v);
    for (char& c : l)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    while (!l.empty() && l.back() == ':') l.pop_back();
    for (std::string_view w : kWords)
      if (l == w) return v;
  }
  return {};
}

// The identity of a record's bytes for exact-duplicate detection (equal
// hashes are confirmed value by value): 16 bytes per step, the same on every
// target (little-endian, integer arithmetic only).
uint64_t row_identity(std::string_view raw) {
  const char* p = raw.data();
  size_t n = raw.size();
  uint64_t a = 0x9E3779B97F4A7C15ULL ^ n, b = 0xC2B2AE3D27D4EB4FULL;
  while (n >= 16) {
    uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, p + 8, 8);
    a = (a ^ x) * 0xff51afd7ed558ccdULL;
    b = (b ^ y) * 0xc4ceb9fe1a85ec53ULL;
    a = (a << 29) | (a >> 35);
    b = (b << 31) | (b >> 33);
    p += 16;
    n -= 16;
  }
  uint64_t x = 0, y = 0;
  std::memcpy(&x, p, n < 8 ? n : 8);
  if (n > 8) std::memcpy(&y, p + 8, n - 8);
  return hash_mix64((a ^ x) * 0x9E3779B97F4A7C15ULL + ((b ^ y) * 0xC2B2AE3D27D4EB4FULL));
}

std::string plural(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string clip_text(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

TableBuilder::TableBuilder(BuildSpec spec) : spec_(std::move(spec)) {
  table_.source = spec_.source;
  spec_.roles.resize(spec_.header.size(), Role::kNone);
  table_.columns.resize(spec_.header.size());
  is_required_.assign(spec_.header.size(), 0);
  for (size_t c = 0; c < spec_.header.size(); ++c) {
    Column& col = table_.columns[c];
    col.name = spec_.header[c];
    col.role = spec_.roles[c];
    col.kind = kind_for(col.role);
    is_required_[c] = std::find(spec_.required.begin(), spec_.required.end(), col.role) !=
                              spec_.required.end() && col.role != Role::kNone;
  }
  staged_.resize(spec_.header.size());
  is_id_.assign(spec_.header.size(), 0);
  for (size_t c = 0; c < spec_.header.size(); ++c)
    is_id_[c] = role_info(table_.columns[c].role).type == RoleType::kId;
  prev_text_.assign(spec_.header.size(), std::string());
  prev_value_.assign(spec_.header.size(), kNullValue);
  prev_id_.assign(spec_.header.size(), 0);
  intern_cache_.assign(spec_.header.size() * cache_slots_, CacheSlot{0, 0});
}

uint32_t TableBuilder::intern(size_t column, std::string_view v) {
  uint64_t a = 0, b = 0;
  const size_t n = v.size();
  std::memcpy(&a, v.data(), n < 8 ? n : 8);
  if (n > 8) std::memcpy(&b, v.data() + (n >= 16 ? n - 8 : 8), n >= 16 ? 8 : n - 8);
  const uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL) ^ (static_cast<uint64_t>(n) << 58);
  const uint64_t m = h ^ (h >> 29);
  const uint32_t tag = static_cast<uint32_t>(m >> 32);
  CacheSlot& slot = intern_cache_[column * cache_slots_ + static_cast<size_t>(m & (cache_slots_ - 1))];
  Dictionary& dict = table_.columns[column].dict;
  if (slot.id != 0 && slot.tag == tag && dict.at(slot.id - 1) == v) return slot.id - 1;
  const uint32_t id = dict.intern(v);
  slot = CacheSlot{tag, id + 1};
  return id;
}

void TableBuilder::reserve(size_t rows) {
  // A bigger intern cache for a bigger file (one slot per 8 rows, at most
  // 4096 per column: more measured slower, the slots leave the cache).
  uint32_t slots = 1024;
  while (slots < 4096 && slots * size_t{8} < rows) slots <<= 1;
  if (slots != cache_slots_ && table_.counts.rows_read == 0) {
    cache_slots_ = slots;
    intern_cache_.assign(spec_.header.size() * cache_slots_, CacheSlot{0, 0});
  }
  for (Column& col : table_.columns) (col.kind == ColumnKind::kText ? col.ids.reserve(rows) : col.values.reserve(rows));
  table_.source_line.reserve(rows);
  row_hash_.reserve(rows);
  row_offset_.reserve(rows);
}

std::string_view TableBuilder::text_of(std::string_view field, std::string& scratch) const {
  if (spec_.encoding == Encoding::kWindows1252) return windows1252_to_utf8(field, scratch);
  return field;
}

void TableBuilder::reject_row(int64_t line, std::string_view raw, ErrorCode code, int column,
                              std::string reason) {
  RejectedRow r;
  r.file = spec_.source;
  r.line = line;
  r.column = column;
  if (column >= 1 && static_cast<size_t>(column) <= spec_.header.size())
    r.column_name = spec_.header[static_cast<size_t>(column) - 1];
  r.code = code;
  r.reason = std::move(reason);
  std::string scratch;
  r.raw = clip_text(text_of(raw, scratch), kMaxRawBytes);
  table_.rejected.push_back(std::move(r));
  ++table_.counts.rows_rejected;
}

void TableBuilder::reject(int64_t line, std::string_view raw, ErrorCode code, int column,
                          std::string reason) {
  ++table_.counts.rows_read;
  reject_row(line, raw, code, column, std::move(reason));
}

void TableBuilder::add(const CsvRow& row) {
  if (row.error != ErrorCode::kOk) {
    std::string reason;
    switch (row.error) {
      case ErrorCode::kCsvQuote: reason = "a quoted field is never closed"; break;
      case ErrorCode::kCsvNul: reason = "the field holds a NUL byte"; break;
      case ErrorCode::kFieldTooLong: reason = "a field is longer than 1 MB"; break;
      default: reason = error_code_name(row.error);
    }
    reject(row.line, row.raw, row.error, row.error_field, std::move(reason));
    return;
  }
  add_fields(row.fields, row.line, row.raw, row.offset);
}

const std::vector<std::string_view>& TableBuilder::carried(const std::vector<std::string_view>& fields) {
  // (0) Shopify writes order-level fields on an order's first row only.
  const size_t key = static_cast<size_t>(spec_.carry_key);
  if (key >= fields.size()) return fields;
  std::string_view order = trim(fields[key]);
  carry_fields_.assign(fields.begin(), fields.end());
  if (order.empty()) return fields;
  if (order != carry_order_) {  // a new order: remember its first row
    carry_order_.assign(order.data(), order.size());
    carry_values_.assign(fields.size(), std::string());
    for (size_t c = 0; c < fields.size() && c < spec_.carry_down.size(); ++c)
      if (spec_.carry_down[c]) carry_values_[c].assign(fields[c].data(), fields[c].size());
    return fields;
  }
  for (size_t c = 0; c < fields.size() && c < spec_.carry_down.size() && c < carry_values_.size(); ++c)
    if (spec_.carry_down[c] && trim(fields[c]).empty()) carry_fields_[c] = carry_values_[c];
  return carry_fields_;
}

bool TableBuilder::convert_date(size_t c, std::string_view v, int64_t& packed) const {
  DateParts parts;
  if (c < spec_.types.size() && spec_.types[c] == ValueType::kExcelDate) {
    Day day;
    int seconds;
    if (parse_excel_serial(v, day, seconds)) {
      const CivilDate cd = civil_from_days(day);
      parts.shape = DateShape::kYearFirst;
      parts.year = cd.year;
      parts.a = cd.month;
      parts.b = cd.day;
      parts.seconds = seconds;
      packed = pack_date_parts(parts);
      return true;
    }
  }
  if (!parse_date_parts(v, parts)) return false;
  packed = pack_date_parts(parts);
  return true;
}

void TableBuilder::add_fields(const std::vector<std::string_view>& fields, int64_t line,
                              std::string_view raw, int64_t offset) {
  add_fields(fields, line, raw, offset, row_identity(raw));
}

void TableBuilder::add_fields(const std::vector<std::string_view>& in_fields, int64_t line,
                              std::string_view raw, int64_t offset, uint64_t identity) {
  ++table_.counts.rows_read;
  const size_t ncols = spec_.header.size();
  const std::vector<std::string_view>& fields = spec_.carry_key >= 0 ? carried(in_fields) : in_fields;
  // (1) Ragged rows. Extra fields are tolerated only when empty (trailing
  // delimiters that spreadsheets add).
  if (fields.size() != ncols) {
    bool extra_empty = fields.size() > ncols;
    for (size_t c = ncols; c < fields.size() && extra_empty; ++c) extra_empty = trim(fields[c]).empty();
    if (!extra_empty) {
      reject_row(line, raw, ErrorCode::kCsvRagged, static_cast<int>(std::min(fields.size(), ncols)) + 1,
                 "the row has " + std::to_string(fields.size()) + " fields; the header has " +
                     std::to_string(ncols));
      return;
    }
  }
  // (2) Convert typed role columns; nothing is appended until all succeed.
  auto empty_reason = [&](const Column& col) {
    std::string_view total = totals_word(fields);
    return total.empty() ? col.name + " is empty"
                         : "a totals row ('" + std::string(total) + "'), not an order line: " + col.name + " is empty";
  };
  for (size_t c = 0; c < ncols; ++c) {
    const Column& col = table_.columns[c];
    if (col.kind == ColumnKind::kText) {
      // Required text roles (order id) must not be empty either.
      if (is_required_[c] && trim(fields[c]).empty()) {
        reject_row(line, raw, ErrorCode::kBadValue, static_cast<int>(c) + 1, empty_reason(col));
        return;
      }
      continue;
    }
    std::string_view v = trim(fields[c]);
    const int colno = static_cast<int>(c) + 1;
    if (v.empty()) {
      if (is_required_[c]) {
        reject_row(line, raw, ErrorCode::kBadValue, colno, empty_reason(col));
        return;
      }
      staged_[c] = kNullValue;
      continue;
    }
    if (prev_value_[c] != kNullValue && v == prev_text_[c]) {  // the cell above
      staged_[c] = prev_value_[c];
      continue;
    }
    if (col.kind == ColumnKind::kInteger) {
      auto n = parse_integer(v);
      if (!n) {
        reject_row(line, raw, ErrorCode::kBadNumber, colno,
                   col.name + ": '" + clip_text(text_of(v, scratch_), 80) + "' is not a whole number");
        return;
      }
      staged_[c] = *n;
    } else if (col.kind == ColumnKind::kMoney) {
      auto m = parse_money_text(v, spec_.number_style);
      if (!m) {
        reject_row(line, raw, ErrorCode::kBadNumber, colno,
                   col.name + ": '" + clip_text(text_of(v, scratch_), 80) + "' is not an amount");
        return;
      }
      staged_[c] = *m;
    } else {
      if (!convert_date(c, v, staged_[c])) {
        reject_row(line, raw, ErrorCode::kBadDate, colno,
                   col.name + ": '" + clip_text(text_of(v, scratch_), 80) + "' is not a date");
        return;
      }
    }
    if (col.kind == ColumnKind::kDate) {  // dates repeat over an order's lines; prices and counts rarely
      prev_text_[c].assign(v.data(), v.size());
      prev_value_[c] = staged_[c];
    }
  }
  // (3) Append.
  for (size_t c = 0; c < ncols; ++c) {
    Column& col = table_.columns[c];
    if (col.kind == ColumnKind::kText) {
      std::string_view v = text_of(fields[c], scratch_);
      v = is_id_[c] ? normalize_id(v) : trim(v);
      if (v != col.dict.at(prev_id_[c])) prev_id_[c] = intern(c, v);
      col.ids.push_back(prev_id_[c]);
    } else {
      col.values.push_back(staged_[c]);
    }
  }
  table_.source_line.push_back(line);
  row_hash_.push_back(identity);
  if (offset >= 0 && offset < kWideOffset) {
    row_offset_.push_back(static_cast<uint32_t>(offset));
  } else {
    wide_offsets_.emplace_back(row_offset_.size(), offset);
    row_offset_.push_back(kWideOffset);
  }
}

int64_t TableBuilder::row_offset(size_t r) const {
  if (row_offset_[r] != kWideOffset) return row_offset_[r];
  const auto it = std::lower_bound(wide_offsets_.begin(), wide_offsets_.end(), std::make_pair(r, INT64_MIN));
  return it->second;
}

void TableBuilder::decide_date_orders(std::vector<uint8_t>& drop, const RawLookup& raw_at) {
  std::vector<DateOrder> orders(table_.columns.size(), DateOrder::kMonthFirst);
  for (size_t c = 0; c < table_.columns.size(); ++c) {
    Column& col = table_.columns[c];
    if (col.kind != ColumnKind::kDate) continue;
    // (4) Evidence over the whole column: a first part above 12 proves D/M,
    // a second part above 12 proves M/D.
    int64_t day_first = 0, month_first = 0, ambiguous = 0;
    int64_t day_first_row = -1, month_first_row = -1;
    int64_t* last_counter = nullptr;  // what the previous value counted as (an order's lines repeat it)
    for (size_t r = 0; r < col.values.size(); ++r) {
      if (col.values[r] == kNullValue) continue;
      if (r > 0 && col.values[r] == col.values[r - 1]) {
        if (last_counter != nullptr) ++*last_counter;
        continue;
      }
      last_counter = nullptr;
      DateParts p = unpack_date_parts(col.values[r]);
      if (p.shape != DateShape::kYearLast) continue;
      if (p.a > 12 && p.b <= 12) {
        if (day_first++ == 0) day_first_row = static_cast<int64_t>(r);
        last_counter = &day_first;
      } else if (p.b > 12 && p.a <= 12) {
        if (month_first++ == 0) month_first_row = static_cast<int64_t>(r);
        last_counter = &month_first;
      } else {
        ++ambiguous;
        last_counter = &ambiguous;
      }
    }
    DateOrder order = DateOrder::kMonthFirst;
    Decision d;
    d.column = col.name;
    d.column_index = static_cast<int>(c);
    auto example = [&](int64_t r) {
      DateParts p = unpack_date_parts(col.values[static_cast<size_t>(r)]);
      return std::to_string(p.a) + "/" + std::to_string(p.b) + "/" + std::to_string(p.year) +
             " at line " + std::to_string(table_.source_line[static_cast<size_t>(r)]);
    };
    auto counts = [&] {
      return " (" + plural(day_first, "date proves", "dates prove") + " D/M/Y, " +
             plural(month_first, "proves", "prove") + " M/D/Y, " + plural(ambiguous, "fits", "fit") + " both)";
    };
    const std::optional<DateOrder> chosen =
        c < spec_.column_date_orders.size() && spec_.column_date_orders[c] ? spec_.column_date_orders[c]
                                                                             : spec_.date_order;
    if (chosen) {
      if (day_first + month_first + ambiguous == 0) continue;  // no D/M ambiguity in this column
      order = *chosen;
      d.what = std::string("dates read as ") + date_order_name(order);
      d.evidence = "chosen by the user" + counts();
      d.supporting = order == DateOrder::kDayFirst ? day_first : month_first;
      d.contradicting = order == DateOrder::kDayFirst ? month_first : day_first;
    } else if (day_first == 0 && month_first == 0) {
      if (ambiguous == 0) continue;  // only year-first dates: nothing to decide
      d.what = std::string("dates read as ") + date_order_name(order);
      d.evidence = "no date in " + std::to_string(ambiguous) +
                   " has a part above 12, so the order cannot be proven; M/D/Y assumed";
      d.needs_review = true;
    } else {
      order = day_first > month_first ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
      d.what = std::string("dates read as ") + date_order_name(order);
      d.evidence = order == DateOrder::kDayFirst ? example(day_first_row) : example(month_first_row);
      d.supporting = order == DateOrder::kDayFirst ? day_first : month_first;
      d.contradicting = order == DateOrder::kDayFirst ? month_first : day_first;
      if (day_first > 0 && month_first > 0) {
        d.evidence += "; " + std::to_string(std::min(day_first, month_first)) +
                      " dates contradict it and are rejected";
        d.needs_review = true;
      }
      d.evidence += counts();
    }
    d.undecided = ambiguous;
    orders[c] = order;
    table_.decisions.push_back(std::move(d));
  }
  // Convert packed parts to day numbers; impossible dates reject their row.
  for (size_t c = 0; c < table_.columns.size(); ++c) {
    Column& col = table_.columns[c];
    if (col.kind != ColumnKind::kDate) continue;
    const DateOrder order = orders[c];
    col.days.resize(col.values.size());
    col.seconds.resize(col.values.size());
    for (size_t r = 0; r < col.values.size(); ++r) {
      if (col.values[r] == kNullValue) {
        col.days[r] = kNullDay;
        col.seconds[r] = -1;
        continue;
      }
      if (r > 0 && col.values[r] == col.values[r - 1] && col.days[r - 1] != kNullDay) {  // an order's next line
        col.days[r] = col.days[r - 1];
        col.seconds[r] = col.seconds[r - 1];
        continue;
      }
      DateParts p = unpack_date_parts(col.values[r]);
      auto day = resolve_date(p, order);
      if (!day) {
        if (!drop[r]) {
          drop[r] = 1;
          std::string raw = raw_at ? raw_at(row_offset(r)) : std::string();
          reject_row(table_.source_line[r], raw, ErrorCode::kBadDate, static_cast<int>(c) + 1,
                     col.name + ": " + std::to_string(p.a) + "/" + std::to_string(p.b) + "/" +
                         std::to_string(p.year) + " is not a date when read as " + date_order_name(order));
        }
        col.days[r] = kNullDay;
        col.seconds[r] = -1;
        continue;
      }
      col.days[r] = *day;
      col.seconds[r] = p.seconds;
    }
    col.values.clear();
    col.values.shrink_to_fit();
  }
}

void TableBuilder::mark_duplicates(std::vector<uint8_t>& drop) {
  // (5) Rows with the same raw bytes are the same facts: keep the first. The
  // 64-bit hash finds candidates; equal values in every column confirm them.
  const size_t n = row_hash_.size();
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  std::vector<uint32_t> slots(cap, UINT32_MAX);
  auto same_values = [&](size_t a, size_t b) {
    for (const Column& col : table_.columns) {
      switch (col.kind) {
        case ColumnKind::kText: if (col.ids[a] != col.ids[b]) return false; break;
        case ColumnKind::kInteger:
        case ColumnKind::kMoney: if (col.values[a] != col.values[b]) return false; break;
        case ColumnKind::kDate:
          if (col.days[a] != col.days[b] || col.seconds[a] != col.seconds[b]) return false;
          break;
      }
    }
    return true;
  };
  for (size_t r = 0; r < n; ++r) {
    if (drop[r]) continue;
    size_t i = static_cast<size_t>(row_hash_[r]) & (cap - 1);
    for (;;) {
      uint32_t s = slots[i];
      if (s == UINT32_MAX) {
        slots[i] = static_cast<uint32_t>(r);
        break;
      }
      if (row_hash_[s] == row_hash_[r] && same_values(s, r)) {
        drop[r] = 2;
        ++table_.counts.duplicates;
        break;
      }
      i = (i + 1) & (cap - 1);
    }
  }
}

void TableBuilder::compact(const std::vector<uint8_t>& drop) {
  auto keep = [&](auto& v) {
    size_t w = 0;
    for (size_t r = 0; r < v.size(); ++r)
      if (!drop[r]) v[w++] = v[r];
    v.resize(w);
  };
  for (Column& col : table_.columns) {
    keep(col.ids);
    keep(col.values);
    keep(col.days);
    keep(col.seconds);
  }
  keep(table_.source_line);
}

Table TableBuilder::finish(const RawLookup& raw_at) {
  std::vector<uint8_t> drop(table_.source_line.size(), 0);
  decide_date_orders(drop, raw_at);
  if (!spec_.keep_duplicates) mark_duplicates(drop);
  if (std::any_of(drop.begin(), drop.end(), [](uint8_t d) { return d != 0; })) compact(drop);
  // Swapped out, not `= {}` (which keeps the capacity: 16 MB at 1M rows,
  // held next to the table until the builder goes).
  std::vector<uint64_t>().swap(row_hash_);
  std::vector<uint32_t>().swap(row_offset_);
  std::vector<std::pair<size_t, int64_t>>().swap(wide_offsets_);
  table_.counts.rows_loaded = table_.rows();
  // (6) Nothing is lost silently: every row read is loaded, rejected or a
  // duplicate (checked again, in release builds too, by the assembly).
  assert(table_.counts.balanced());
  assert(static_cast<int64_t>(table_.rejected.size()) == table_.counts.rows_rejected);
  sort_rows(table_.rejected, [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
  return std::move(table_);
}

}  // namespace starcart
