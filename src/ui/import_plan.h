// The import step between dropping files and building the dashboard: each
// file inspected (encoding, dialect, header, layout, a role per column with
// confidence and reason, a preview), the user's edits to the role mapping,
// and the date order if they choose one. What the import screen shows and
// edits; Session::load reads it. Pure (no ImGui) and unit-tested.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "ingest/file_profile.h"
#include "ingest/value_parsers.h"
#include "ui/session.h"

namespace starcart {

struct ImportFile {
  OwnedFile file;
  std::optional<FileProfile> profile;  // as edited; nullopt when the file cannot be read
  std::optional<FileProfile> detected; // as inspected, for "reset to detected"
  Error error;                         // why it cannot be read
};

struct ImportPlan {
  std::vector<ImportFile> files;
  std::optional<DateOrder> date_order;  // nullopt: decided from each date column
  int selected = 0;                     // the file shown in detail

  // Gives `role` to a column (taking it from whichever column had it);
  // Role::kNone leaves the column unused.
  void set_role(size_t file, size_t column, Role role);
  void reset(size_t file);
  bool edited(size_t file) const;
  // "" when the file has the roles order lines need; else their names.
  std::string missing_roles(size_t file) const;
  // At least one readable file and every readable file complete.
  bool ready() const;
  // What stops Build, one line per problem ("notes.csv: needs Order date").
  std::vector<std::string> problems() const;
};

// Inspects every file (fast: the sniffer reads the first rows; the encoding
// check reads all bytes once).
ImportPlan plan_import(std::vector<OwnedFile> files);

// Human words for a file's reading: "comma", "decimal comma (3,50)".
std::string delimiter_words(char delimiter);
std::string number_style_words(const NumberStyle& style);

}  // namespace starcart
