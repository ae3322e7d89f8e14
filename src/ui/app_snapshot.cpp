// window.starcart: a JSON snapshot of what is on screen, for browser tests
// and scripts. Its report fields are the CLI's report JSON for the same data
// and filter (one serializer); the rest says what the page shows: the view
// (theme, filter chips), the import plan, the load report, the values the
// filters offer, and the UI probe (widget rectangles, hovered chart items).
#include "core/json_writer.h"
#include "ingest/csv_sniffer.h"
#include "ui/app.h"

namespace starcart {

namespace {

const char* sql_state_name(Session::SqlState s) {
  switch (s) {
    case Session::SqlState::kIdle: return "idle";
    case Session::SqlState::kBuilding: return "building";
    case Session::SqlState::kReady: return "ready";
    case Session::SqlState::kFailed: return "failed";
  }
  return "idle";
}

void write_import(JsonWriter& w, const ImportPlan& plan) {
  w.begin_object();
  w.field("ready", plan.ready());
  w.field("selected", plan.selected);
  w.key("date_order");
  if (plan.date_order) w.value(date_order_name(*plan.date_order)); else w.null();
  w.key("problems").begin_array();
  for (const std::string& p : plan.problems()) w.value(p);
  w.end_array();
  w.key("files").begin_array();
  for (size_t i = 0; i < plan.files.size(); ++i) {
    const ImportFile& f = plan.files[i];
    w.begin_object();
    w.field("name", f.file.name);
    w.field("bytes", static_cast<int64_t>(f.file.bytes.size()));
    if (!f.profile) {
      w.field("error", f.error.message);
      w.end_object();
      continue;
    }
    const FileProfile& p = *f.profile;
    w.field("layout", p.layout);
    w.field("encoding", encoding_name(p.encoding.encoding));
    w.field("encoding_evidence", p.encoding.evidence);
    w.field("delimiter", delimiter_name(p.dialect.delimiter));
    w.field("dialect_evidence", p.dialect_evidence);
    w.field("has_header", p.has_header);
    w.field("decimal", std::string(1, p.number_style.decimal));
    w.field("missing", plan.missing_roles(i));
    w.field("edited", plan.edited(i));
    w.field("preview_rows", static_cast<int64_t>(p.preview.size()));
    w.key("columns").begin_array();
    for (const ColumnProfile& c : p.columns) {
      w.begin_object();
      w.field("name", c.name);
      w.field("role", c.guess.role == Role::kNone ? "" : role_info(c.guess.role).key);
      w.key("confidence").value(c.guess.confidence, 2);
      w.field("reason", c.guess.reason);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_load_report(JsonWriter& w, const FactStore& s, bool shown, size_t listed) {
  w.begin_object();
  w.key("decisions").begin_array();
  for (const SourceFile& f : s.files)
    for (const Decision& d : f.decisions) {
      w.begin_object();
      w.field("file", f.name);
      w.field("column", d.column);
      w.field("what", d.what);
      w.field("evidence", d.evidence);
      w.field("needs_review", d.needs_review);
      w.end_object();
    }
  w.end_array();
  w.key("rejected").begin_object();
  w.field("count", static_cast<int64_t>(s.rejected.size()));
  w.field("shown", shown);
  w.field("listed", static_cast<int64_t>(listed));
  w.end_object();
  w.end_object();
}

void write_facets(JsonWriter& w, const Facets& f) {
  w.begin_object();
  w.field("first_day", format_iso_date(f.first_day));
  w.field("last_day", format_iso_date(f.last_day));
  for (int d = 0; d < kDimensionCount; ++d) {
    w.key(dimension_key(static_cast<Dimension>(d))).begin_array();
    for (const FacetValue& v : f.of(static_cast<Dimension>(d))) w.value(v.name);
    w.end_array();
  }
  w.end_object();
}

}  // namespace

const Report& App::full_report() const {
  if (!snapshot_report_valid_ && analyzer_) {
    ReportOptions options;
    // Model fits (CLV, churn...) only when their tab asked for them (then
    // report() reuses the fits the Predict tab drew from).
    options.predictive = (computed_tabs_ & (1u << static_cast<unsigned>(Tab::kPredict))) != 0 &&
                         analyzer_->clv_progress() >= 1;
    options.compare = compare_request_of(view_.options);  // the Compare tab's periods
    options.basket = basket_options_of(view_.options);    // the Products tab's "Bought together" minimum support
    report_ = analyzer_->report(options);
    snapshot_report_valid_ = true;
  }
  return report_;
}

std::string App::snapshot_json() const {
  JsonWriter w;
  w.begin_object();
  w.field("screen", screen_name(screen()));
  w.field("frames", static_cast<int64_t>(frames_));
  w.field("tab", tab_key(view_.tab));
  w.key("dataset").begin_object();
  w.field("title", session_.title());
  w.field("demo", view_.demo);
  if (view_.demo) {
    w.field("demo_lines", view_.demo_lines);
    w.field("demo_seed", static_cast<int64_t>(view_.demo_seed));
  }
  w.field("input_bytes", session_.input_bytes());
  w.end_object();
  if (session_.state() == Session::State::kFailed) {
    w.key("error").begin_object();
    w.field("code", error_code_name(session_.error().code));
    w.field("message", session_.error().message);
    w.field("where", session_.error().where.to_string());
    w.field("hint", session_.error().hint);
    w.end_object();
  }
  w.key("timings").begin_object();
  w.key("load_ms").value(session_.load_ms(), 1);
  w.key("sqlite_ms").value(session_.sql_ms(), 1);
  w.key("frame_ms").value(frame_ms_, 2);            // the last frame's CPU time in frame()
  w.key("report_ms").value(report_ms_, 2);          // the last recompute of the figures
  w.key("filter_frame_ms").value(filter_frame_ms_, 2);  // the last frame that recomputed them
  w.key("insights_ms").value(insights_ms_, 2);          // the last computation of the Overview's insights
  w.end_object();
  w.key("sqlite").begin_object();
  w.field("state", sql_state_name(session_.sql_state()));
  w.field("rows", session_.sql_progress().rows);
  if (session_.sql_state() == Session::SqlState::kFailed) w.field("error", session_.error().to_string());
  w.end_object();

  w.key("view").begin_object();
  w.field("theme", view_.dark ? "dark" : "light");
  w.field("date_preset", preset_key(view_.date_preset));
  w.key("chips").begin_array();
  for (const FilterChip& c : filter_chips(view_.filter, view_.date_preset)) {
    w.begin_object();
    w.field("key", c.key);
    w.field("label", c.label);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("share").begin_object();  // issue 8: share links, notices, masking
  w.field("link", link());
  w.field("notice", link_notice_);
  w.field("fingerprint", fingerprint_);
  w.field("version", version_);
  w.field("mask", view_.mask_pii);
  w.field("flash", flash_);
  w.end_object();
  if (import_) {
    w.key("import");
    write_import(w, *import_);
  }
  if (session_.state() == Session::State::kReady) {
    w.key("load_report");
    write_load_report(w, session_.store(), load_report_.showing_rejected(), load_report_.listed());
    w.key("facets");
    write_facets(w, facets_);
  }
  w.key("ui");
  probe_.write_json(w);
  w.key("data");
  data_.write_json(w);

  if (session_.state() == Session::State::kReady && report_valid_ && analyzer_) {
    // The full report is computed on the first read after a filter change
    // (the frame computed only the visible tab's sections; report() reuses them).
    write_report_fields(w, full_report());
  } else {
    w.key("filter");
    write_filter_json(w, view_.filter);
  }
  w.end_object();
  return w.take();
}

}  // namespace starcart
