#include "warehouse/fact_orders_load.h"

#include "warehouse/dim_load.h"

namespace starcart {

const std::vector<std::string>& OrderFacts::columns() {
  static const std::vector<std::string> kColumns = {
      "order_key",   "order_id",     "date_key",        "time_of_day", "customer_key", "geography_key",
      "channel_key", "payment_key",  "order_kind",      "line_count",  "item_count",   "units",
      "gross_e4",    "discount_e4",  "revenue_e4",      "return_units", "return_value_e4", "cost_e4",
      "file_key",    "load_id"};
  return kColumns;
}

OrderFacts::OrderFacts(LoadContext& c) : c_(c) {
  const FactStore& s = c.store;
  c.order_key.assign(s.orders.size(), 0);
  c.line_number.resize(c.lines.size());
  std::vector<uint32_t> slot(s.orders.size(), UINT32_MAX);  // order id -> index in orders_
  std::vector<uint32_t> lines_seen(s.orders.size(), 0);
  for (size_t k = 0; k < c.lines.size(); ++k) {
    const uint32_t i = c.lines[k];
    const uint32_t o = s.order[i];
    if (slot[o] == UINT32_MAX) {
      slot[o] = static_cast<uint32_t>(orders_.size());
      OrderTotals t;
      t.order = o;
      t.order_key = c.next_order_key++;
      t.day = s.day[i];
      t.second = s.second[i];
      t.file_key = c.file_key[s.source_file[i]];
      c.order_key[o] = t.order_key;
      orders_.push_back(t);
    }
    c.line_number[k] = ++lines_seen[o];
    OrderTotals& t = orders_[slot[o]];
    if (t.customer_key == 0) t.customer_key = c.customer_key[s.customer[i]];
    if (t.geography_key == 0) t.geography_key = c.line_geography[k];
    if (t.channel_key == 0) t.channel_key = c.line_channel[k];
    if (t.payment_key == 0) t.payment_key = c.payment_key[s.payment[i]];
    ++t.line_count;
    const int64_t q = s.quantity[i];
    switch (s.kind[i]) {
      case LineKind::kSale:
        ++t.item_count;
        t.units += q;
        t.gross += money_times(s.unit_price[i], q);
        t.discount += s.discount[i];
        t.revenue += s.value[i];
        if (!s.unit_cost.empty() && s.unit_cost[i] != kNullValue) t.cost += money_times(s.unit_cost[i], q);
        else t.cost_known = false;
        break;
      case LineKind::kReturn:
        t.has_return = true;
        t.return_units += q < 0 ? -q : q;
        t.return_value += s.value[i];
        break;
      case LineKind::kExcluded: break;
    }
  }
  c.summary.orders_appended = static_cast<int64_t>(orders_.size());
}

void OrderFacts::cell(int64_t row, int column, CellWriter& out) const {
  const OrderTotals& t = orders_[static_cast<size_t>(row)];
  switch (column) {
    case 0: out.integer(t.order_key); break;
    case 1: out.text(c_.store.orders.at(t.order)); break;
    case 2: out.integer(date_key(t.day)); break;
    case 3:
      if (t.second >= 0) out.integer(t.second);
      else out.null();
      break;
    case 4: out.integer(t.customer_key); break;
    case 5: out.integer(t.geography_key); break;
    case 6: out.integer(t.channel_key); break;
    case 7: out.integer(t.payment_key); break;
    case 8: out.text(t.item_count > 0 ? "sale" : t.has_return ? "return" : "excluded"); break;
    case 9: out.integer(t.line_count); break;
    case 10: out.integer(t.item_count); break;
    case 11: out.integer(t.units); break;
    case 12: out.integer(t.gross); break;
    case 13: out.integer(t.discount); break;
    case 14: out.integer(t.revenue); break;
    case 15: out.integer(t.return_units); break;
    case 16: out.integer(t.return_value); break;
    case 17:
      if (t.item_count > 0 && t.cost_known) out.integer(t.cost);
      else out.null();
      break;
    case 18: out.integer(t.file_key); break;
    case 19: out.integer(c_.summary.load_id); break;
    default: out.null();
  }
}

}  // namespace starcart
