#include "ui/import_plan.h"

#include "ingest/csv_sniffer.h"
#include "warehouse/dataset_load_job.h"

namespace starcart {

ImportPlan plan_import(std::vector<OwnedFile> files) {
  ImportPlan plan;
  for (OwnedFile& f : files) {
    ImportFile in;
    auto profile = inspect_csv(f.name, f.bytes.view());
    if (profile) {
      in.detected = *profile;
      in.profile = std::move(*profile);
    } else {
      in.error = profile.error();
    }
    in.file = std::move(f);
    plan.files.push_back(std::move(in));
  }
  return plan;
}

void ImportPlan::set_role(size_t file, size_t column, Role role) {
  if (file >= files.size() || !files[file].profile) return;
  FileProfile& p = *files[file].profile;
  if (column >= p.columns.size()) return;
  if (role != Role::kNone)
    for (size_t c = 0; c < p.columns.size(); ++c)
      if (c != column && p.columns[c].guess.role == role)
        p.columns[c].guess = RoleGuess{Role::kNone, 1.0, "its role went to '" + p.columns[column].name + "'"};
  p.columns[column].guess = RoleGuess{role, 1.0, role == Role::kNone ? "left unused by the user" : "chosen by the user"};
}

void ImportPlan::reset(size_t file) {
  if (file < files.size() && files[file].detected) files[file].profile = files[file].detected;
}

bool ImportPlan::edited(size_t file) const {
  if (file >= files.size() || !files[file].profile) return false;
  const auto& a = files[file].profile->columns;
  const auto& b = files[file].detected->columns;
  for (size_t c = 0; c < a.size(); ++c)
    if (a[c].guess.role != b[c].guess.role) return true;
  return false;
}

std::string ImportPlan::missing_roles(size_t file) const {
  if (file >= files.size() || !files[file].profile) return "";
  const FileProfile& p = *files[file].profile;
  // An event log, a stock or a spend file of a dataset needs its own roles, not a line's.
  if (p.kind == FileKind::kEvents || p.kind == FileKind::kInventory || p.kind == FileKind::kSpend) {
    const RoleMap m = p.roles();
    std::string out;
    for (Role r : required_roles_for(p)) {
      if (m.has(r)) continue;
      if (!out.empty()) out += ", ";
      out += role_info(r).label;
    }
    return out;
  }
  return missing_order_line_roles(p.roles());
}

bool ImportPlan::ready() const { return !files.empty() && problems().empty(); }

std::vector<std::string> ImportPlan::problems() const {
  std::vector<std::string> out;
  bool any = false;
  for (size_t i = 0; i < files.size(); ++i) {
    const ImportFile& f = files[i];
    if (!f.profile) {
      out.push_back(f.file.name + ": " + f.error.message);
      continue;
    }
    any = true;
    const std::string missing = missing_roles(i);
    if (!missing.empty()) out.push_back(f.file.name + ": choose a column for " + missing);
  }
  if (!any && out.empty()) out.push_back("no file to import");
  return out;
}

std::string delimiter_words(char d) {
  switch (d) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    case '|': return "pipe";
    default: return std::string("'") + d + "'";
  }
}

std::string number_style_words(const NumberStyle& s) {
  if (s.decimal == ',') return "decimal comma (1.234,50)";
  return "decimal point (1,234.50)";
}

}  // namespace starcart
