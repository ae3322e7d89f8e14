#include "warehouse/dq_profile.h"

#include <algorithm>
#include <cstring>

#include "core/hash.h"

namespace starcart {

// Ends the run of consecutive spilled keys being read: a range, or one key.
void TableProfiler::end_run(State& s) {
  if (!s.in_run) return;
  if (s.run_first == s.run_last) s.spill.push_back(s.run_first);
  else s.ranges.emplace_back(s.run_first, s.run_last);
  s.in_run = false;
}

TableProfiler::TableProfiler(std::string table, std::vector<ProfiledColumn> columns)
    : table_(std::move(table)), spec_(std::move(columns)), columns_(spec_.size()) {}

void TableProfiler::add_row(const Statement& row) {
  ++rows_;
  for (size_t c = 0; c < columns_.size(); ++c) {
    State& s = columns_[c];
    const int i = static_cast<int>(c);
    const int type = row.column_type(i);
    uint64_t h = 0;
    switch (type) {
      case kSqlNull: ++s.nulls; continue;
      case kSqlInteger: {
        const int64_t v = row.column_int64(i);
        // Runs of one value (sorted keys, the lines of one order) change nothing.
        if (s.last_type == kSqlInteger && v == s.last_int) continue;
        s.last_type = kSqlInteger;
        s.last_int = v;
        h = static_cast<uint64_t>(v) ^ kValueFlip;  // exact for integers; sorted values stay sorted
        if (!s.has_int || v < s.min_int) s.min_int = v;
        if (!s.has_int || v > s.max_int) s.max_int = v;
        s.has_int = true;
        if (spec_[c].keep_values) s.values.insert(static_cast<uint64_t>(v) ^ kValueFlip);
        break;
      }
      case kSqlFloat: {
        const double v = row.column_double(i);
        uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        if (s.last_type == kSqlFloat && bits == s.last_bits) continue;
        s.last_type = kSqlFloat;
        s.last_bits = bits;
        h = hash_mix64(bits ^ 0x5bd1e9955bd1e995ULL);
        if (!s.has_real || v < s.min_real) s.min_real = v;
        if (!s.has_real || v > s.max_real) s.max_real = v;
        s.has_real = true;
        break;
      }
      default: {  // text and blob: bytes
        const std::string_view v = row.column_text(i);
        if (s.last_type == type && v == s.last_text) continue;
        s.last_type = type;
        s.last_text.assign(v.data(), v.size());
        h = hash_string(v, type == kSqlText ? 1 : 2);
        std::string& lo = type == kSqlText ? s.min_text : s.min_blob;
        std::string& hi = type == kSqlText ? s.max_text : s.max_blob;
        bool& has = type == kSqlText ? s.has_text : s.has_blob;
        if (!has || v < lo) lo.assign(v.data(), v.size());
        if (!has || v > hi) hi.assign(v.data(), v.size());
        has = true;
        break;
      }
    }
    if (spec_[c].rowid_alias) continue;  // distinct by construction
    if (h == UINT64_MAX) {
      s.has_special = true;
    } else if (s.spilled) {
      if (s.in_run && h == s.run_last + 1) {
        s.run_last = h;
      } else {
        end_run(s);
        s.in_run = true;
        s.run_first = s.run_last = h;
      }
    } else {
      s.distinct.insert(h);
      if (s.distinct.size() > kSpillAt) {
        s.distinct.for_each([&](uint64_t k) { s.spill.push_back(k); });
        s.distinct = FlatSet64();  // its slots too: the spill holds the keys now
        s.spilled = true;
      }
    }
  }
}

ColumnStats TableProfiler::finish(size_t c) {
  {
    State& s = columns_[c];
    if (s.spilled) {
      end_run(s);
      std::sort(s.spill.begin(), s.spill.end());
      s.spill.erase(std::unique(s.spill.begin(), s.spill.end()), s.spill.end());
      // The ranges merged where they overlap or touch, then the keys no range holds.
      std::sort(s.ranges.begin(), s.ranges.end());
      std::vector<std::pair<uint64_t, uint64_t>> merged;
      for (const auto& r : s.ranges) {
        if (!merged.empty() && r.first <= merged.back().second + 1) merged.back().second = std::max(merged.back().second, r.second);
        else merged.push_back(r);
      }
      int64_t n = 0;
      for (const auto& r : merged) n += static_cast<int64_t>(r.second - r.first) + 1;
      size_t m = 0;
      for (uint64_t k : s.spill) {
        while (m < merged.size() && merged[m].second < k) ++m;
        if (m == merged.size() || k < merged[m].first) ++n;
      }
      s.distinct_spilled = n;
      std::vector<uint64_t>().swap(s.spill);
      std::vector<std::pair<uint64_t, uint64_t>>().swap(s.ranges);
      s.spilled = false;
    }
    ColumnStats p;
    p.table = table_;
    p.column = spec_[c].name;
    p.declared_type = spec_[c].declared_type;
    p.rows = rows_;
    p.nulls = s.nulls;
    p.null_share = rows_ > 0 ? static_cast<double>(s.nulls) / static_cast<double>(rows_) : 0.0;
    p.distinct = spec_[c].rowid_alias ? rows_ - s.nulls : s.distinct.size() + s.distinct_spilled + (s.has_special ? 1 : 0);
    s.distinct = FlatSet64();  // counted: only `values` (foreign keys) is read after this
    // SQLite's order: numbers < text < blob.
    const bool numeric = s.has_int || s.has_real;
    if (numeric) {
      if (s.has_int && (!s.has_real || static_cast<double>(s.min_int) <= s.min_real)) p.min = SqlValue::of_integer(s.min_int);
      else p.min = SqlValue::of_real(s.min_real);
    } else if (s.has_text) {
      p.min = SqlValue::of_text(s.min_text);
    } else if (s.has_blob) {
      p.min = SqlValue::of_blob(s.min_blob);
    }
    if (s.has_blob) p.max = SqlValue::of_blob(s.max_blob);
    else if (s.has_text) p.max = SqlValue::of_text(s.max_text);
    else if (numeric) {
      if (s.has_int && (!s.has_real || static_cast<double>(s.max_int) >= s.max_real)) p.max = SqlValue::of_integer(s.max_int);
      else p.max = SqlValue::of_real(s.max_real);
    }
    return p;
  }
}

}  // namespace starcart
