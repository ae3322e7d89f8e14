#include "warehouse/event_assembly.h"

#include <string>

#include "core/format.h"
#include "warehouse/dataset_lookups.h"
#include "warehouse/funnel_steps.h"

namespace starcart {

namespace {

int64_t value_at(const Column* c, size_t r) {
  return c == nullptr || (c->kind != ColumnKind::kInteger && c->kind != ColumnKind::kMoney) ? kNullValue
                                                                                             : c->values[r];
}

// Moves row r of the table from loaded to rejected, with why.
void reject(Table& t, size_t r, const Column* col, std::string reason) {
  RejectedRow rr;
  rr.file = t.source;
  rr.line = t.source_line[r];
  rr.code = ErrorCode::kBadValue;
  rr.reason = std::move(reason);
  if (col != nullptr) {
    for (size_t k = 0; k < t.columns.size(); ++k)
      if (&t.columns[k] == col) rr.column = static_cast<int>(k) + 1;
    rr.column_name = col->name;
  }
  for (const Column& c : t.columns) {
    if (!rr.raw.empty()) rr.raw += ',';
    if (c.kind == ColumnKind::kText) rr.raw += std::string(cell_text(&c, r));
    else if (c.kind == ColumnKind::kDate) { if (c.days[r] != kNullDay) rr.raw += format_iso_date(c.days[r]); }
    else if (c.values[r] != kNullValue) rr.raw += std::to_string(c.values[r]);
  }
  t.rejected.push_back(std::move(rr));
  --t.counts.rows_loaded;
  ++t.counts.rows_rejected;
}

// A product of the lines or the catalogue by SKU (upper-cased like the
// lines'), else 0.
uint32_t known_product(FactStore& s, const Catalogue& catalogue, std::string_view sku) {
  if (sku.empty()) return 0;
  const std::string upper = upper_ascii(sku);
  if (auto id = s.products.find(upper)) return *id;
  return catalogue.count(upper) ? s.products.intern(upper) : 0;
}

}  // namespace

Catalogue products_catalogue(const std::vector<LoadedFile>& files) {
  Catalogue out;
  for (const LoadedFile& lf : files) {
    if (lf.profile.kind != FileKind::kProducts) continue;
    const Column* sku = lf.table.column(Role::kSku);
    if (sku == nullptr || sku->kind != ColumnKind::kText) continue;
    for (uint32_t id = 1; id < sku->dict.size(); ++id) out.insert(upper_ascii(sku->dict.at(id)));
  }
  return out;
}

void add_events_file(FactStore& s, const Catalogue& catalogue, LoadedFile& lf, uint16_t file) {
  Table& t = lf.table;
  const Column* type = t.column(Role::kEventType);
  const Column* date = t.column(Role::kOrderDate);
  if (date != nullptr && date->kind != ColumnKind::kDate) date = nullptr;
  const Column* session = t.column(Role::kSessionId);
  const Column* visitor = t.column(Role::kCustomerId);
  if (visitor == nullptr) visitor = t.column(Role::kCustomerUniqueId);
  const Column* sku = t.column(Role::kSku);
  const Column* order = t.column(Role::kOrderId);
  if (session != nullptr) s.events_have_sessions = true;
  // Per distinct raw name: its step, decided once.
  std::vector<uint32_t> type_id;
  std::vector<FunnelStep> type_step;
  if (type != nullptr && type->kind == ColumnKind::kText) {
    type_id.resize(type->dict.size());
    type_step.resize(type->dict.size());
    for (uint32_t id = 0; id < type->dict.size(); ++id) {
      type_id[id] = s.event_types.intern(type->dict.at(id));
      type_step[id] = funnel_step_of(type->dict.at(id));
    }
  }
  const size_t rows = static_cast<size_t>(t.rows());
  int64_t unknown = 0;
  s.events.reserve(s.events.size() + rows);
  for (size_t r = 0; r < rows; ++r) {
    if (type_id.empty() || type->ids[r] == 0) {
      reject(t, r, type, "the event has no type");
      continue;
    }
    if (date == nullptr || date->days[r] == kNullDay) {
      reject(t, r, date, date == nullptr ? "the file has no event time column: map one as Order date"
                                         : "the event has no time");
      continue;
    }
    EventFact e;
    e.day = date->days[r];
    e.second = date->seconds[r];
    e.raw_type = type_id[type->ids[r]];
    e.step = type_step[type->ids[r]];
    const std::string_view visitor_id = cell_text(visitor, r);
    const std::string_view session_id = session != nullptr ? cell_text(session, r) : visitor_id;
    e.session = session_id.empty() ? 0 : s.sessions.intern(session_id);
    if (!visitor_id.empty()) {
      auto c = s.customers.find(visitor_id);
      e.customer = c ? *c : 0;
    }
    const std::string_view product = cell_text(sku, r);
    e.product_given = !product.empty();
    e.product = known_product(s, catalogue, product);
    if (e.product_given && e.product == 0) ++unknown;
    const std::string_view order_id = cell_text(order, r);
    if (!order_id.empty()) {
      auto o = s.orders.find(order_id);
      e.order = o ? *o : 0;
    }
    e.file = file;
    e.line = t.source_line[r];
    s.events.push_back(e);
  }
  s.events_unknown_product += unknown;
  if (unknown > 0)
    t.decisions.push_back(Decision{"Product", std::to_string(unknown) + " events name a product neither the order lines nor a products file has",
                                   "kept with the unknown product (key 0)"});
}

void add_stock_file(FactStore& s, const Catalogue& catalogue, LoadedFile& lf, uint16_t file) {
  Table& t = lf.table;
  const Column* sku = t.column(Role::kSku);
  const Column* level = t.column(Role::kStockLevel);
  const Column* date = t.column(Role::kOrderDate);
  if (date != nullptr && date->kind != ColumnKind::kDate) date = nullptr;
  const Column* cost = t.column(Role::kCost);
  if (cost != nullptr && cost->kind != ColumnKind::kMoney) cost = nullptr;
  const Column* location = t.column(Role::kLocation);
  std::vector<uint32_t> location_id;
  if (location != nullptr && location->kind == ColumnKind::kText) {
    location_id.resize(location->dict.size());
    for (uint32_t id = 0; id < location->dict.size(); ++id) location_id[id] = s.locations.intern(location->dict.at(id));
  }
  const bool undated = date == nullptr;
  Day last_sale = kNullDay;
  if (undated) {
    for (size_t i = 0; i < s.lines(); ++i)
      if (s.kind[i] == LineKind::kSale && (last_sale == kNullDay || s.day[i] > last_sale)) last_sale = s.day[i];
    t.decisions.push_back(Decision{"Snapshot date", "no date column: the stock is taken as of the last day of sales",
                                   last_sale == kNullDay ? "" : format_iso_date(last_sale)});
  }
  const size_t rows = static_cast<size_t>(t.rows());
  int64_t unknown = 0;
  s.stock.reserve(s.stock.size() + rows);
  for (size_t r = 0; r < rows; ++r) {
    const int64_t on_hand = value_at(level, r);
    if (on_hand == kNullValue) {
      reject(t, r, level, "the row has no stock level");
      continue;
    }
    if (on_hand < 0) {
      reject(t, r, level, "stock level " + std::to_string(on_hand) + " is negative");
      continue;
    }
    if (undated ? last_sale == kNullDay : date->days[r] == kNullDay) {
      reject(t, r, date, "the row has no snapshot date");
      continue;
    }
    const std::string_view product = cell_text(sku, r);
    if (product.empty()) {
      reject(t, r, sku, "the row names no product");
      continue;
    }
    StockFact f;
    f.day = undated ? last_sale : date->days[r];
    f.product = known_product(s, catalogue, product);
    if (f.product == 0) ++unknown;
    f.location = location_id.empty() ? 0 : location_id[location->ids[r]];
    f.on_hand = on_hand;
    f.unit_cost = value_at(cost, r);
    f.file = file;
    f.line = t.source_line[r];
    s.stock.push_back(f);
  }
  s.stock_unknown_product += unknown;
  if (unknown > 0)
    t.decisions.push_back(Decision{"Product", std::to_string(unknown) + " stock rows name a product neither the order lines nor a products file has",
                                   "kept with the unknown product (key 0)"});
}

void add_spend_file(FactStore& s, LoadedFile& lf, uint16_t file) {
  Table& t = lf.table;
  const Column* date = t.column(Role::kOrderDate);
  if (date != nullptr && date->kind != ColumnKind::kDate) date = nullptr;
  const Column* amount = nullptr;
  for (Role r : {Role::kSpend, Role::kCost, Role::kLineTotal}) {
    const Column* c = t.column(r);
    if (c != nullptr && c->kind == ColumnKind::kMoney) {
      amount = c;
      break;
    }
  }
  const Column* channel = t.column(Role::kChannel);
  const Column* campaign = t.column(Role::kCampaign);
  const size_t rows = static_cast<size_t>(t.rows());
  s.spend.reserve(s.spend.size() + rows);
  for (size_t r = 0; r < rows; ++r) {
    if (date == nullptr || date->days[r] == kNullDay) {
      reject(t, r, date, "the row has no date");
      continue;
    }
    const int64_t money = value_at(amount, r);
    if (money == kNullValue) {
      reject(t, r, amount, "the row has no spend amount");
      continue;
    }
    if (money < 0) {
      reject(t, r, amount, "spend " + format_money(money) + " is negative");
      continue;
    }
    SpendFact f;
    f.day = date->days[r];
    f.channel = s.spend_channels.intern(cell_text(channel, r));
    f.campaign = s.spend_campaigns.intern(cell_text(campaign, r));
    f.amount = money;
    f.file = file;
    f.line = t.source_line[r];
    s.spend.push_back(f);
  }
}

void add_delivery_dates(FactStore& s, const std::vector<LoadedFile>& files) {
  for (const LoadedFile& lf : files) {
    const FileKind k = lf.profile.kind;
    if (k != FileKind::kOrders && k != FileKind::kOrderLines && k != FileKind::kOrderItems) continue;
    const Table& t = lf.table;
    const Column* order = t.column(Role::kOrderId);
    const Column* promised = t.column(Role::kPromisedDelivery);
    const Column* delivered = t.column(Role::kDeliveredAt);
    if (promised != nullptr && promised->kind != ColumnKind::kDate) promised = nullptr;
    if (delivered != nullptr && delivered->kind != ColumnKind::kDate) delivered = nullptr;
    if (order == nullptr || (promised == nullptr && delivered == nullptr)) continue;
    if (s.order_promised.empty()) {
      s.order_promised.assign(s.orders.size(), kNullDay);
      s.order_delivered.assign(s.orders.size(), kNullDay);
    }
    for (size_t r = 0; r < static_cast<size_t>(t.rows()); ++r) {
      auto id = s.orders.find(cell_text(order, r));
      if (!id || *id >= s.order_promised.size()) continue;  // an order with no lines: nothing to measure
      if (promised != nullptr && s.order_promised[*id] == kNullDay) s.order_promised[*id] = promised->days[r];
      if (delivered != nullptr && s.order_delivered[*id] == kNullDay) s.order_delivered[*id] = delivered->days[r];
    }
  }
}

}  // namespace starcart
