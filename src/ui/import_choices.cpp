#include "ui/import_choices.h"

#include <vector>

namespace starcart {

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

bool clean_name(std::string_view name) { return name.find_first_of("\t\r\n") == std::string_view::npos; }

}  // namespace

std::string import_choices(const ImportPlan& plan) {
  std::string out;
  if (plan.date_order) out += std::string("date_order\t") + date_order_name(*plan.date_order) + "\n";
  for (size_t f = 0; f < plan.files.size(); ++f) {
    const ImportFile& file = plan.files[f];
    if (!file.profile || !plan.edited(f) || !clean_name(file.file.name)) continue;
    const auto& columns = file.profile->columns;
    out += "file\t" + file.file.name + "\t" + std::to_string(columns.size()) + "\t";
    for (size_t c = 0; c < columns.size(); ++c) {
      if (c) out += ',';
      if (columns[c].guess.role != Role::kNone) out += role_info(columns[c].guess.role).key;
    }
    out += "\n";
  }
  return out;
}

int apply_import_choices(ImportPlan& plan, std::string_view text) {
  int applied = 0;
  for (std::string_view line : split(text, '\n')) {
    const std::vector<std::string_view> parts = split(line, '\t');
    if (parts.size() == 2 && parts[0] == "date_order") {
      for (DateOrder o : {DateOrder::kMonthFirst, DateOrder::kDayFirst})
        if (parts[1] == date_order_name(o)) plan.date_order = o;
      continue;
    }
    if (parts.size() != 4 || parts[0] != "file") continue;
    const std::vector<std::string_view> keys = split(parts[3], ',');
    if (std::to_string(keys.size()) != parts[2]) continue;
    for (size_t f = 0; f < plan.files.size(); ++f) {
      ImportFile& file = plan.files[f];
      if (file.file.name != parts[1] || !file.profile || file.profile->columns.size() != keys.size()) continue;
      // Every role the choices name must be one we know, or nothing changes.
      std::vector<Role> roles;
      for (std::string_view k : keys) {
        if (k.empty()) {
          roles.push_back(Role::kNone);
        } else if (auto r = role_from_key(k)) {
          roles.push_back(*r);
        } else {
          roles.clear();
          break;
        }
      }
      if (roles.size() != keys.size()) continue;
      for (size_t c = 0; c < roles.size(); ++c) plan.set_role(f, c, Role::kNone);
      for (size_t c = 0; c < roles.size(); ++c)
        if (roles[c] != Role::kNone) plan.set_role(f, c, roles[c]);
      ++applied;
    }
  }
  return applied;
}

}  // namespace starcart
