// The import screen, between dropping files and the dashboard: the files
// with how each was read (layout, encoding, delimiter, header, number style,
// with the evidence on hover), the role mapping as an editable table (one
// combo per column with every role, the confidence, the reason on hover), a
// preview of the first rows, the date order, and Build. Everything detected
// is already filled in, so one click on Build suffices.
#pragma once

#include "ui/import_plan.h"

namespace starcart {

enum class ImportAction { kNone, kBuild, kBack };

class ImportScreen {
 public:
  ImportAction draw(ImportPlan& plan, bool can_go_back);

 private:
  void draw_file_list(ImportPlan& plan);
  void draw_reading(const ImportFile& file);
  void draw_roles(ImportPlan& plan, size_t file);
  void draw_preview(const FileProfile& profile);
};

}  // namespace starcart
