// The Data tab: the warehouse as tables. On the left the schema browser
// (tables with row counts, columns with types); on the right the SQL console,
// the data-quality report and the load report with its rejected rows (the
// Import tab's panel, shared so both show the same state).
#pragma once

#include "ui/panels/load_report_panel.h"
#include "ui/panels/quality_panel.h"
#include "ui/panels/schema_browser.h"
#include "ui/panels/sql_console.h"
#include "ui/session.h"

namespace starcart {

class DataTab {
 public:
  // Returns true when the user asked to download the rejected rows.
  // `db`: the warehouse to show and query (a masked copy while masking is
  // on; nullptr while SQLite is being filled).
  bool draw(Session& session, Database* db, LoadReportPanel& load_report, PlatformServices& platform,
            bool focus_search);
  // window.starcart.data: {"tables", "failing_rules", "console": {...}}
  void write_json(JsonWriter& w) const;

 private:
  SchemaBrowser schema_;
  SqlConsole console_;
  QualityPanel quality_;
  uint64_t generation_ = 0;
};

}  // namespace starcart
