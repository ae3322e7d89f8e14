#include "warehouse/fact_orders_load.h"

#include "warehouse/dim_load.h"

namespace starcart {

const std::vector<std::string>& OrderFacts::columns() {
  static const std::vector<std::string> kColumns = {
      "order_id",     "date_key",        "time_of_day", "customer_key", "geography_key",
      "channel_key", "payment_key",  "order_kind",      "first_line_key", "line_count", "item_count", "units",
      "gross_e4",    "discount_e4",  "revenue_e4",      "return_units", "return_value_e4", "cost_e4",
      "file_key",    "load_id"};
  return kColumns;
}

namespace {

template <class T>
void permute(std::vector<T>& v, const std::vector<uint32_t>& from) {
  std::vector<T> out(v.size());
  for (size_t k = 0; k < from.size(); ++k) out[k] = v[from[k]];
  v.swap(out);
}

}  // namespace

OrderFacts::OrderFacts(LoadContext& c) : c_(c) {
  const FactStore& s = c.store;
  const size_t n = c.lines.size();
  // (a) Orders in the order of their first line (so keys follow dates).
  std::vector<uint32_t> slot(s.orders.size(), UINT32_MAX);
  std::vector<uint32_t> line_slot(n);
  std::vector<uint32_t> block(1, 0);  // per slot + 1: its lines, then where its block starts
  for (size_t k = 0; k < n; ++k) {
    const uint32_t o = s.order[c.lines[k]];
    if (slot[o] == UINT32_MAX) {
      slot[o] = static_cast<uint32_t>(block.size() - 1);
      block.push_back(0);
    }
    line_slot[k] = slot[o];
    ++block[slot[o] + 1];
  }
  for (size_t k = 1; k < block.size(); ++k) block[k] += block[k - 1];
  // (b) Each order's lines together, in load order within the order: an
  // order's lines are then one line_key range.
  std::vector<uint32_t> from(n);
  {
    std::vector<uint32_t> next(block.begin(), block.end() - 1);
    for (size_t k = 0; k < n; ++k) from[next[line_slot[k]]++] = static_cast<uint32_t>(k);
  }
  permute(c.lines, from);
  permute(c.line_geography, from);
  permute(c.line_channel, from);

  // (c) Totals.
  c.order_key.assign(s.orders.size(), 0);
  c.line_number.resize(n);
  orders_.resize(block.size() - 1);
  for (size_t b = 0; b + 1 < block.size(); ++b) {
    OrderTotals& t = orders_[b];
    const uint32_t first = c.lines[block[b]];
    t.order = s.order[first];
    t.order_key = c.next_order_key++;
    t.first_line_key = c.next_line_key + block[b];
    t.day = s.day[first];
    t.second = s.second[first];
    t.file_key = c.file_key[s.source_file[first]];
    c.order_key[t.order] = t.order_key;
    for (uint32_t k = block[b]; k < block[b + 1]; ++k) {
      const uint32_t i = c.lines[k];
      c.line_number[k] = k - block[b] + 1;
      if (t.customer_key == 0) t.customer_key = c.customer_key[s.customer[i]];
      if (t.geography_key == 0) t.geography_key = c.line_geography[k];
      if (t.channel_key == 0) t.channel_key = c.line_channel[k];
      if (t.payment_key == 0) t.payment_key = c.payment_key[id_at(s.payment, i)];
      ++t.line_count;
      const int64_t q = s.quantity[i];
      switch (s.kind[i]) {
        case LineKind::kSale:
          ++t.item_count;
          t.units += q;
          t.gross += money_times(s.unit_price[i], q);
          if (!s.discount.empty()) t.discount += s.discount[i];
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
  }
  c.summary.orders_appended = static_cast<int64_t>(orders_.size());
}

void OrderFacts::row(int64_t row, RowWriter& out) const {
  const OrderTotals& t = orders_[static_cast<size_t>(row)];
  out.text(c_.store.orders.at(t.order));
  out.integer(date_key(t.day));
  if (t.second >= 0) out.integer(t.second);
  else out.null();
  out.integer(t.customer_key);
  out.integer(t.geography_key);
  out.integer(t.channel_key);
  out.integer(t.payment_key);
  out.text(t.item_count > 0 ? "sale" : t.has_return ? "return" : "excluded");
  out.integer(t.first_line_key);
  out.integer(t.line_count);
  out.integer(t.item_count);
  out.integer(t.units);
  out.integer(t.gross);
  out.integer(t.discount);
  out.integer(t.revenue);
  out.integer(t.return_units);
  out.integer(t.return_value);
  if (t.item_count > 0 && t.cost_known) out.integer(t.cost);
  else out.null();
  out.integer(t.file_key);
  out.integer(c_.summary.load_id);
}

}  // namespace starcart
