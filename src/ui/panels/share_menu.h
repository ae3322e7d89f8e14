// The header's "Share" menu (issue 8): copy a link to this view, download
// the executive report, the warehouse (.sqlite), any table as CSV, a chart
// of this tab as PNG (and its data as CSV), the customer-data mask and the
// saved workspace. It only says what was chosen; the App does it.
#pragma once

#include <string>
#include <vector>

namespace starcart {

enum class ShareAction {
  kNone,
  kCopyLink,
  kReportHtml,
  kWarehouseSqlite,
  kReportTableCsv,   // `what`: a report table's key (analytics/report_tables.h)
  kWarehouseTableCsv,  // `what`: a warehouse table or view
  kChartPng,         // `what`: a card's id on the current tab
  kChartCsv,         // `what`: a card's id (its data is the report table of that key)
  kToggleMask,
  kRemember,
  kForget,
};

struct ShareRequest {
  ShareAction action = ShareAction::kNone;
  std::string what;
};

struct ShareContext {
  bool has_link = false;
  bool sqlite_ready = false;
  bool mask = false;
  bool can_remember = false;  // the page can store a workspace (IndexedDB)
  bool remembered = false;    // this dataset is stored
  std::vector<std::pair<std::string, std::string>> report_tables;  // key, title
  std::vector<std::string> warehouse_tables;
  struct Chart {
    std::string id, title;
    bool has_data = false;
  };
  std::vector<Chart> charts;  // the cards drawn on the current tab
  std::string flash;          // a short confirmation ("Link copied")
  std::string version;        // the build's version, at the foot of the menu
};

class ShareMenu {
 public:
  // Width of the header button.
  static float button_width();
  ShareRequest draw(const ShareContext& c);
};

// A notice across the top (a link that waits for its files, other files
// opened); true when its close button was clicked.
bool draw_notice(const std::string& text);

}  // namespace starcart
