// window.starcart: a JSON snapshot of what is on screen, for browser tests
// and scripts. Its report fields are the CLI's report JSON for the same data
// and filter (one serializer); the rest says what the page shows.
#include "core/json_writer.h"
#include "ui/app.h"

namespace starcart {

namespace {

const char* state_name(Session::State s) {
  switch (s) {
    case Session::State::kEmpty: return "start";
    case Session::State::kLoading: return "loading";
    case Session::State::kReady: return "dashboard";
    case Session::State::kFailed: return "error";
  }
  return "start";
}

const char* sql_state_name(Session::SqlState s) {
  switch (s) {
    case Session::SqlState::kIdle: return "idle";
    case Session::SqlState::kBuilding: return "building";
    case Session::SqlState::kReady: return "ready";
    case Session::SqlState::kFailed: return "failed";
  }
  return "idle";
}

}  // namespace

std::string App::snapshot_json() const {
  JsonWriter w;
  w.begin_object();
  w.field("screen", state_name(session_.state()));
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
  w.key("report_ms").value(report_ms_, 1);
  w.end_object();
  w.key("sqlite").begin_object();
  w.field("state", sql_state_name(session_.sql_state()));
  w.field("rows", session_.sql_progress().rows);
  if (session_.sql_state() == Session::SqlState::kFailed) w.field("error", session_.error().to_string());
  w.end_object();
  if (session_.state() == Session::State::kReady && report_valid_) write_report_fields(w, report_);
  else {
    w.key("filter");
    write_filter_json(w, view_.filter);
  }
  w.end_object();
  return w.take();
}

}  // namespace starcart
