#include "ingest/role_detection.h"

#include <algorithm>

#include "ingest/header_synonyms.h"
#include "ingest/value_shapes.h"
#include "core/sort_rows.h"

namespace starcart {

std::string normalize_header(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    else if (c == 0xC3 && i + 1 < name.size()) {
      // Latin-1 letters in UTF-8 (ç -> c, é -> e, ã -> a, ü -> u): enough for header names.
      const unsigned char u = static_cast<unsigned char>(name[++i]) | 0x20;
      if (u >= 0xA0 && u <= 0xA5) out += 'a';
      else if (u == 0xA7) out += 'c';
      else if (u >= 0xA8 && u <= 0xAB) out += 'e';
      else if (u >= 0xAC && u <= 0xAF) out += 'i';
      else if (u == 0xB1) out += 'n';
      else if ((u >= 0xB2 && u <= 0xB6) || u == 0xB8) out += 'o';
      else if (u >= 0xB9 && u <= 0xBC) out += 'u';
    }
  }
  return out;
}

bool type_fits_role(const TypeGuess& g, Role role) {
  if (g.type == ValueType::kEmpty || g.values == 0) return true;
  auto most = [&](int64_t k) { return k * 3 >= g.values * 2; };
  switch (role_info(role).type) {
    case RoleType::kInteger: return most(g.integer_values);
    case RoleType::kMoney: return most(g.amount_values);
    case RoleType::kDate: return g.type == ValueType::kExcelDate || most(g.date_values);
    case RoleType::kId:
    case RoleType::kText: return true;
  }
  return true;
}

namespace {

bool is_line_level(Role r) {
  return r == Role::kQuantity || r == Role::kUnitPrice || r == Role::kLineTotal || r == Role::kSku ||
         r == Role::kProductName || r == Role::kDiscount || r == Role::kCategory;
}

struct Scored {
  size_t column;
  RoleGuess guess;
};

}  // namespace

RoleDetection detect_column_roles(const std::vector<std::string>& header,
                                  const std::vector<std::vector<std::string_view>>& values,
                                  const std::vector<TypeGuess>& types, std::string_view item_prefix) {
  const size_t n = header.size();
  RoleDetection out;
  out.chosen.resize(n);
  out.alternatives.resize(n);
  std::vector<Scored> all;
  size_t date_columns = 0;
  for (size_t c = 0; c < n; ++c) date_columns += c < types.size() && types[c].is_date();
  for (size_t c = 0; c < n; ++c) {
    static const std::vector<std::string_view> kNone;
    static const TypeGuess kUnknown;
    const TypeGuess& type = c < types.size() ? types[c] : kUnknown;
    // (1) header, (2) values.
    std::vector<RoleCandidate> cands = header_role_candidates(header[c]);
    for (RoleCandidate& s : shape_role_candidates(header[c], c < values.size() ? values[c] : std::vector<std::string_view>{}, type)) {
      auto same = std::find_if(cands.begin(), cands.end(), [&](const RoleCandidate& h) { return h.role == s.role; });
      if (same == cands.end()) {
        cands.push_back(std::move(s));
      } else {  // (3) header and values agree
        same->confidence = std::min(0.99, std::max(same->confidence, s.confidence) + 0.04);
        same->reason += "; " + s.reason;
      }
    }
    // The only date column of a file without a dated header is its order date.
    if (type.is_date() && date_columns == 1 && cands.empty())
      cands.push_back({Role::kOrderDate, 0.5, std::string("the only date column (") + value_type_name(type.type) + ")"});
    for (RoleCandidate& rc : cands) {
      // (3) A type that contradicts the role makes it unlikely.
      if (!type_fits_role(type, rc.role)) {
        rc.confidence = std::min(rc.confidence, 0.3);
        rc.reason += std::string(", but its values are ") + value_type_name(type.type) +
                     (type.evidence.empty() ? "" : " (" + type.evidence + ")");
      }
      if (!item_prefix.empty() && is_line_level(rc.role) && header[c].rfind(item_prefix, 0) != 0) {
        rc.confidence *= 0.5;
        rc.reason += " (an order-level field; line items carry their own)";
      }
      all.push_back({c, RoleGuess{rc.role, rc.confidence, rc.reason}});
    }
  }
  // (4) Greedy assignment: most confident first, then leftmost.
  sort_rows(all, [](const Scored& a, const Scored& b) {
    if (a.guess.confidence != b.guess.confidence) return a.guess.confidence > b.guess.confidence;
    return a.column < b.column;
  });
  std::vector<uint8_t> role_taken(kRoleCount, 0), column_taken(n, 0);
  for (Scored& s : all) {
    const size_t r = static_cast<size_t>(s.guess.role);
    if (s.guess.confidence < 0.35 || role_taken[r] || column_taken[s.column]) {
      out.alternatives[s.column].push_back(s.guess);
      continue;
    }
    role_taken[r] = column_taken[s.column] = 1;
    out.chosen[s.column] = s.guess;
  }
  return out;
}

std::vector<RoleGuess> detect_roles(const std::vector<std::string>& header,
                                    const std::vector<std::vector<std::string>>& sample) {
  std::vector<std::vector<std::string_view>> values(header.size());
  for (const auto& row : sample)
    for (size_t c = 0; c < header.size() && c < row.size(); ++c) values[c].push_back(row[c]);
  std::vector<TypeGuess> types;
  for (size_t c = 0; c < header.size(); ++c) types.push_back(infer_column_type(header[c], values[c]));
  return detect_column_roles(header, values, types).chosen;
}

}  // namespace starcart
