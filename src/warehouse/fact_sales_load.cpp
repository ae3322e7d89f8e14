#include "warehouse/fact_sales_load.h"

#include "warehouse/dim_load.h"

namespace starcart {

const char* line_kind_name(LineKind k) {
  switch (k) {
    case LineKind::kSale: return "sale";
    case LineKind::kReturn: return "return";
    case LineKind::kExcluded: return "excluded";
  }
  return "excluded";
}

const std::vector<std::string>& LineFacts::columns() {
  static const std::vector<std::string> kColumns = {
      "order_key",     "order_id",    "line_number", "date_key",      "time_of_day",
      "customer_key",  "product_key", "geography_key", "channel_key", "payment_key",     "quantity",
      "unit_price_e4", "discount_e4", "line_revenue_e4", "unit_cost_e4", "line_kind",     "file_key",
      "source_line"};
  return kColumns;
}

LineFacts::LineFacts(const LoadContext& c) : c_(c), first_line_key_(c.next_line_key) {
  // yyyymmdd per day of the range, computed once instead of once a line.
  if (c.has_dates) {
    first_day_ = c.data_first_day;
    date_key_.resize(static_cast<size_t>(c.data_last_day - c.data_first_day) + 1);
    for (size_t d = 0; d < date_key_.size(); ++d) date_key_[d] = date_key(first_day_ + static_cast<Day>(d));
  }
}

void LineFacts::row(int64_t row, RowWriter& out) const {
  const FactStore& s = c_.store;
  const size_t k = static_cast<size_t>(row);
  const uint32_t i = c_.lines[k];
  out.integer(c_.order_key[s.order[i]]);
  out.text(s.orders.at(s.order[i]));
  out.integer(c_.line_number[k]);
  out.integer(s.day[i] == kNullDay ? 0 : date_key_[static_cast<size_t>(s.day[i] - first_day_)]);
  if (s.second[i] >= 0) out.integer(s.second[i]);
  else out.null();
  out.integer(c_.customer_key[s.customer[i]]);
  out.integer(c_.product_key[s.product[i]]);
  out.integer(c_.line_geography[k]);
  out.integer(c_.line_channel[k]);
  out.integer(c_.payment_key[id_at(s.payment, i)]);
  out.integer(s.quantity[i]);
  out.integer(s.unit_price[i]);
  out.integer(s.discount.empty() ? 0 : s.discount[i]);
  out.integer(s.value[i]);
  if (!s.unit_cost.empty() && s.unit_cost[i] != kNullValue) out.integer(s.unit_cost[i]);
  else out.null();
  out.text(line_kind_name(s.kind[i]));
  out.integer(c_.file_key[s.source_file[i]]);
  out.integer(s.source_line[i]);
}

}  // namespace starcart
