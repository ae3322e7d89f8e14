// What the load did, for the user to check: rows read / loaded / rejected /
// duplicate / excluded, per file; every decision made while reading with its
// evidence ("dates read as D/M/Y: 13/12/2010 at line 3"); and the rejected
// rows (file, line, column, reason, raw text) in a sortable, searchable
// table that clips to the visible rows, with a CSV download.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ui/rejected_rows.h"
#include "warehouse/fact_store.h"

namespace starcart {

class LoadReportPanel {
 public:
  // Returns true when the user asked to download the rejected rows.
  bool draw(const FactStore& store, bool focus_search);

  bool showing_rejected() const { return show_rejected_; }
  // Rows currently listed (after search), for window.starcart.
  size_t listed() const { return view_.size(); }

 private:
  void draw_counts(const FactStore& store);
  void draw_files(const FactStore& store);
  void draw_decisions(const FactStore& store);
  bool draw_rejected(const FactStore& store, bool focus_search);

  bool show_rejected_ = false;
  char search_[128] = {};
  // The sorted, searched view, rebuilt only when its inputs change.
  std::vector<uint32_t> view_;
  RejectedColumn sort_by_ = RejectedColumn::kLine;
  bool ascending_ = true;
  std::string view_search_ = "\x01";  // never a real search: forces the first build
  const FactStore* view_store_ = nullptr;
  size_t view_rows_ = 0;
};

}  // namespace starcart
