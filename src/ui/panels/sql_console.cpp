#include "ui/panels/sql_console.h"

#include <algorithm>
#include <cstring>

#include "core/format.h"
#include "core/json_writer.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "warehouse/csv_export.h"

namespace starcart {

namespace {

struct Example {
  const char* label;
  const char* sql;
};

// Queries a shop analyst starts from. Money sums read the exact _e4 columns
// (1/10,000 units) and divide once, so no float rounding creeps in.
const Example kExamples[] = {
    {"Revenue by month",
     "SELECT substr(d.date, 1, 7) AS month,\n       count(DISTINCT f.order_key) AS orders,\n"
     "       sum(f.line_revenue_e4) / 10000.0 AS revenue\nFROM fact_sales f\nJOIN dim_date d ON d.date_key = f.date_key\n"
     "WHERE f.line_kind = 'sale'\nGROUP BY month\nORDER BY month;"},
    {"Top 10 products",
     "SELECT p.sku, p.name, sum(f.quantity) AS units,\n       sum(f.line_revenue_e4) / 10000.0 AS revenue\n"
     "FROM fact_sales f\nJOIN dim_product p ON p.product_key = f.product_key\nWHERE f.line_kind = 'sale'\n"
     "GROUP BY p.product_key\nORDER BY revenue DESC, p.sku\nLIMIT 10;"},
    {"Countries",
     "SELECT g.country, count(*) AS orders,\n       sum(o.revenue_e4) / 10000.0 AS revenue\nFROM fact_orders o\n"
     "JOIN dim_geography g ON g.geography_key = o.geography_key\nWHERE o.order_kind = 'sale'\nGROUP BY g.country\n"
     "ORDER BY revenue DESC, g.country;"},
    {"Data quality rules",
     "SELECT rule_id, table_name, column_name, failures, checked\nFROM dq_rule\nORDER BY failures DESC;"},
};

// The line of `sql` (1-based) without its line break.
std::string sql_line(const std::string& sql, int64_t line) {
  size_t start = 0;
  for (int64_t l = 1; l < line && start != std::string::npos; ++l) {
    start = sql.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || start > sql.size()) return {};
  const size_t end = sql.find('\n', start);
  return sql.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// A value as the sqlite3 shell writes it: a whole REAL keeps its ".0".
std::string cell_text(const SqlValue& v) {
  if (v.type == SqlValue::Type::kNull) return "NULL";
  std::string s = v.to_string();
  if (v.type == SqlValue::Type::kReal && s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

}  // namespace

SqlConsole::SqlConsole() { set_sql(kExamples[0].sql); }

void SqlConsole::set_sql(const std::string& sql) {
  const size_t n = std::min(sql.size(), sizeof sql_ - 1);
  std::memcpy(sql_, sql.data(), n);
  sql_[n] = 0;
}

void SqlConsole::clear_result() {
  result_.reset();
  error_.reset();
  ran_sql_.clear();
}

void SqlConsole::run(Database& db) {
  ran_sql_ = sql_;
  load_page(db, 0);
}

void SqlConsole::load_page(Database& db, int64_t page) {
  QueryOptions o;
  o.page_size = kPageSize;
  o.page = page;
  auto r = run_query(db, ran_sql_, o);
  if (r) {
    result_ = std::move(*r);
    error_.reset();
  } else {
    error_ = r.take_error();
    result_.reset();
  }
}

void SqlConsole::draw_toolbar(const SqlTarget& target) {
  const float e = em();
  const bool ready = target.db != nullptr;
  ImGui::BeginDisabled(!ready);
  if (primary_button("Run")) run_requested_ = true;
  ImGui::EndDisabled();
  probe_item("data.sql.run");
  // Above the button and after a pause: the editor is right below it.
  item_tooltip_above(ready ? "Runs the statement (Ctrl+Enter in the editor). The console only reads: writes are refused."
                           : "Waits for SQLite to be filled");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (target.failed) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme().negative);
    ImGui::TextUnformatted(("SQLite could not be filled: " + target.failure).c_str());
    ImGui::PopStyleColor();
  } else if (!ready) {
    muted_text("SQLite is being filled: " + format_percent(target.fill_fraction, 0));
    ImGui::SameLine();
    ImGui::ProgressBar(static_cast<float>(target.fill_fraction), ImVec2(8 * e, 0), "");
  } else {
    muted_text("Examples:");
    // The example buttons flow onto a second line when the panel is narrow.
    const float right = ImGui::GetWindowContentRegionMax().x;
    for (size_t i = 0; i < sizeof kExamples / sizeof kExamples[0]; ++i) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + button_width(kExamples[i].label) > right) ImGui::NewLine();
      if (secondary_button(kExamples[i].label)) set_sql(kExamples[i].sql);
      probe_item("data.sql.example." + std::to_string(i));
      item_tooltip_above(kExamples[i].sql);
    }
  }
}

void SqlConsole::draw_error() {
  const Theme& t = theme();
  const Error& err = *error_;
  const bool refused = err.code == ErrorCode::kSqlReadOnly;
  std::string head = refused ? "Refused: " : "Error";
  if (!refused && err.where.line > 0)
    head += " at line " + std::to_string(err.where.line) + ", column " + std::to_string(err.where.column);
  if (!refused) head += ": ";
  ImGui::PushStyleColor(ImGuiCol_Text, t.negative);
  text_wrapped(head + err.message);
  ImGui::PopStyleColor();
  probe_item("data.sql.error");
  if (refused) {
    muted_wrapped("The console reads the warehouse and never changes it: INSERT, UPDATE, DELETE, CREATE, DROP and "
                  "ATTACH are refused, so every figure stays the one loaded from your files.");
    return;
  }
  // The offending line, with the text from the error's column on underlined.
  const std::string line = err.where.line > 0 ? sql_line(ran_sql_, err.where.line) : std::string();
  if (!line.empty()) {
    const size_t col = static_cast<size_t>(std::max<int64_t>(1, err.where.column) - 1);
    const std::string before = line.substr(0, std::min(col, line.size()));
    const std::string after = col < line.size() ? line.substr(col) : std::string("  ");
    ImGui::TextUnformatted(before.c_str());
    ImGui::SameLine(0, 0);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushStyleColor(ImGuiCol_Text, t.negative);
    ImGui::TextUnformatted(after.c_str());
    ImGui::PopStyleColor();
    const float w = ImGui::CalcTextSize(after.c_str()).x, y = p.y + ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, y), ImVec2(p.x + w, y), t.negative, std::max(1.0f, 0.08f * em()));
  }
  if (!err.hint.empty()) muted_text(err.hint);
}

void SqlConsole::draw_grid() {
  const float e = em();
  const QueryResult& r = *result_;
  // Paging line: "Rows 1-500 of 12,345" and the page buttons.
  const int64_t shown = static_cast<int64_t>(r.rows.size());
  std::string what = shown == 0 ? std::string("No rows")
                                : "Rows " + format_count(r.first_row + 1) + "\xE2\x80\x93" + format_count(r.first_row + shown);
  if (r.total_rows >= 0) what += " of " + format_count(r.total_rows);
  else if (r.has_more) what += " of more";
  what += "  \xC2\xB7  " + format_duration(r.elapsed_ms / 1000.0);
  ImGui::AlignTextToFramePadding();
  muted_text(what);
  if (r.page > 0 || r.has_more) {
    ImGui::SameLine();
    ImGui::BeginDisabled(r.page == 0);
    if (secondary_button("Previous page")) page_request_ = r.page - 1;
    ImGui::EndDisabled();
    probe_item("data.sql.prev");
    ImGui::SameLine();
    ImGui::BeginDisabled(!r.has_more);
    if (secondary_button("Next page")) page_request_ = r.page + 1;
    ImGui::EndDisabled();
    probe_item("data.sql.next");
  }
  if (export_db_) {
    const char* label = "Export CSV";
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button_width(label)));
    if (secondary_button(label)) export_requested_ = true;
    probe_item("data.sql.export");
    item_tooltip("Every row of the result as a CSV file (not only this page)");
  }
  if (r.columns.empty()) return;
  const int cols = std::min<int>(static_cast<int>(r.columns.size()) + 1, 63);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  const float h = std::max(ImGui::GetContentRegionAvail().y, 8 * e);
  if (!ImGui::BeginTable("sql_result", cols, flags, ImVec2(0, h))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed);
  for (int c = 1; c < cols; ++c) {
    const QueryColumn& qc = r.columns[static_cast<size_t>(c - 1)];
    ImGui::TableSetupColumn(qc.name.c_str(), ImGuiTableColumnFlags_WidthFixed, 0);
  }
  // Numbers right-aligned (a column is numeric when every value on the page
  // that is not NULL is an integer or a real), text left-aligned.
  uint64_t numeric = column_bit(0);
  for (int c = 1; c < cols; ++c) {
    bool any = false, all = true;
    for (const auto& row : r.rows) {
      const SqlValue::Type t = row[static_cast<size_t>(c - 1)].type;
      if (t == SqlValue::Type::kNull) continue;
      any = true;
      all = all && (t == SqlValue::Type::kInteger || t == SqlValue::Type::kReal);
    }
    if (any && all) numeric |= column_bit(c);
  }
  table_headers_row(numeric, "data.sql.column.");
  const ImU32 muted = theme().text_muted;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(r.rows.size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto& row = r.rows[static_cast<size_t>(i)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, muted);
      number_cell_text(format_count(r.first_row + i + 1));
      ImGui::PopStyleColor();
      for (int c = 1; c < cols; ++c) {
        ImGui::TableNextColumn();
        const SqlValue& v = row[static_cast<size_t>(c - 1)];
        std::string text = cell_text(v);
        // Long text is cut in the cell and shown whole on hover.
        const bool long_text = text.size() > 60;
        if (long_text) text = text.substr(0, 57) + "...";
        if (v.type == SqlValue::Type::kNull) ImGui::PushStyleColor(ImGuiCol_Text, muted);
        if (v.type == SqlValue::Type::kInteger || v.type == SqlValue::Type::kReal) number_cell_text(text);
        else ImGui::TextUnformatted(text.c_str());
        if (v.type == SqlValue::Type::kNull) ImGui::PopStyleColor();
        if (i == 0) probe_item("data.sql.cell.0." + std::to_string(c));
        if (long_text) item_tooltip(cell_text(v));
      }
    }
  ImGui::EndTable();
}

void SqlConsole::draw(const SqlTarget& target, PlatformServices& platform) {
  const float e = em();
  page_request_ = -1;
  draw_toolbar(target);
  // The editor: a third of the height, at least five lines.
  const float editor_h = std::clamp(ImGui::GetContentRegionAvail().y * 0.3f, 6 * ImGui::GetTextLineHeightWithSpacing(), 16 * e);
  // Ctrl+Enter validates a multi-line field (ImGui): that runs the query, and
  // the editor takes the keyboard back on the next frame.
  if (refocus_) ImGui::SetKeyboardFocusHere();
  refocus_ = false;
  if (ImGui::InputTextMultiline("##sql_editor", sql_, sizeof sql_, ImVec2(-1, editor_h),
                                ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_EnterReturnsTrue)) {
    run_requested_ = true;
    refocus_ = true;
  }
  probe_item("data.sql.editor");
  if (run_requested_ && target.db) run(*target.db);
  run_requested_ = false;
  if (page_request_ >= 0 && target.db) load_page(*target.db, page_request_);
  ImGui::Dummy(ImVec2(0, 0.2f * e));
  export_db_ = target.db != nullptr;
  export_requested_ = false;
  if (error_) draw_error();
  else if (result_) draw_grid();
  if (export_requested_ && target.db) {
    auto csv = query_to_csv(*target.db, ran_sql_);
    if (csv) platform.download(target.file_base + "-query.csv", *csv, "text/csv");
    else error_ = csv.take_error();
  }
  else
    muted_text(target.db ? "Write a SELECT (or pick an example) and press Run or Ctrl+Enter."
                         : "The console opens when SQLite is filled; you can write your query meanwhile.");
}

void SqlConsole::write_json(JsonWriter& w) const {
  w.begin_object();
  w.field("sql", std::string(sql_));
  w.field("ran", ran_sql_);
  w.key("columns").begin_array();
  if (result_)
    for (const QueryColumn& c : result_->columns) w.value(c.name);
  w.end_array();
  w.key("rows").begin_array();
  if (result_)
    for (size_t i = 0; i < result_->rows.size() && i < 50; ++i) {
      w.begin_array();
      for (const SqlValue& v : result_->rows[i]) {
        if (v.type == SqlValue::Type::kNull) w.null();
        else w.value(cell_text(v));
      }
      w.end_array();
    }
  w.end_array();
  w.field("page", result_ ? result_->page : int64_t{0});
  w.field("page_rows", result_ ? static_cast<int64_t>(result_->rows.size()) : int64_t{0});
  w.field("total_rows", result_ ? result_->total_rows : int64_t{-1});
  w.field("has_more", result_ ? result_->has_more : false);
  w.key("error");
  if (error_) {
    w.begin_object();
    w.field("message", error_->message);
    w.field("line", error_->where.line);
    w.field("column", error_->where.column);
    w.field("read_only", error_->code == ErrorCode::kSqlReadOnly);
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
}

}  // namespace starcart
