#include "warehouse/fact_events_load.h"

#include <cstdio>

#include "warehouse/dim_load.h"
#include "warehouse/funnel_steps.h"

namespace starcart {

namespace {

void widen_range(LoadContext& c, Day d) {
  if (!c.has_dates || d < c.data_first_day) c.data_first_day = d;
  if (!c.has_dates || d > c.data_last_day) c.data_last_day = d;
  c.has_dates = true;
}

template <class Row>
void plan_rows(LoadContext& c, const std::vector<Row>& rows, std::vector<uint32_t>& out) {
  out.clear();
  for (size_t i = 0; i < rows.size(); ++i) {
    FileLoad& fl = c.summary.files[rows[i].file];
    if (fl.same_bytes_as_earlier) {
      ++fl.lines_already_loaded;
      continue;
    }
    ++fl.lines_appended;
    out.push_back(static_cast<uint32_t>(i));
    widen_range(c, rows[i].day);
  }
}

std::string event_time(Day day, int32_t second) {
  std::string out = format_iso_date(day);
  if (second < 0) return out;
  char buf[16];
  std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
  return out + buf;
}

int64_t key_of(const std::vector<int64_t>& keys, uint32_t id) { return id < keys.size() ? keys[id] : 0; }

}  // namespace

void plan_side_facts(LoadContext& c) {
  plan_rows(c, c.store.events, c.event_rows);
  plan_rows(c, c.store.stock, c.stock_rows);
  plan_rows(c, c.store.spend, c.spend_rows);
}

const std::vector<std::string>& event_columns() {
  static const std::vector<std::string> kColumns = {
      "event_key", "file_key",     "source_line", "date_key",    "event_time", "step",
      "step_no",   "raw_type",     "session_id",  "customer_key", "product_key", "order_key"};
  return kColumns;
}

Result<RowBuffer> build_events(LoadContext& c) {
  RowBuffer rows(static_cast<int>(event_columns().size()));
  if (c.event_rows.empty()) return rows;
  auto next = c.db.query_int("SELECT coalesce(max(event_key), 0) + 1 FROM fact_events");
  if (!next) return next.take_error();
  int64_t key = *next;
  const FactStore& s = c.store;
  for (uint32_t i : c.event_rows) {
    const EventFact& e = s.events[i];
    const int64_t product = key_of(c.product_key, e.product);
    if (e.product_given && product == 0) ++c.summary.events_unknown_product;
    rows.integer(key++).integer(c.file_key[e.file]).integer(e.line).integer(date_key(e.day));
    rows.text(event_time(e.day, e.second)).text(funnel_step_key(e.step));
    if (static_cast<int>(e.step) < kFunnelSteps) rows.integer(static_cast<int>(e.step) + 1);
    else rows.null();
    rows.text(s.event_types.at(e.raw_type)).text_or_null(s.sessions.at(e.session));
    rows.integer(key_of(c.customer_key, e.customer)).integer(product);
    const int64_t order = key_of(c.order_key, e.order);
    if (order > 0) rows.integer(order);
    else rows.null();
  }
  c.summary.events_appended = rows.row_count();
  return rows;
}

const std::vector<std::string>& inventory_columns() {
  static const std::vector<std::string> kColumns = {"inventory_key", "file_key", "source_line", "date_key",
                                                    "product_key",   "location", "on_hand",     "unit_cost_e4"};
  return kColumns;
}

Result<RowBuffer> build_inventory(LoadContext& c) {
  RowBuffer rows(static_cast<int>(inventory_columns().size()));
  if (c.stock_rows.empty()) return rows;
  auto next = c.db.query_int("SELECT coalesce(max(inventory_key), 0) + 1 FROM fact_inventory");
  if (!next) return next.take_error();
  int64_t key = *next;
  const FactStore& s = c.store;
  for (uint32_t i : c.stock_rows) {
    const StockFact& f = s.stock[i];
    const int64_t product = key_of(c.product_key, f.product);
    if (product == 0) ++c.summary.stock_unknown_product;
    rows.integer(key++).integer(c.file_key[f.file]).integer(f.line).integer(date_key(f.day)).integer(product);
    rows.text_or_null(s.locations.at(f.location)).integer(f.on_hand);
    if (f.unit_cost != INT64_MIN) rows.integer(f.unit_cost);
    else rows.null();
  }
  c.summary.stock_appended = rows.row_count();
  return rows;
}

}  // namespace starcart
