#include "warehouse/fact_store.h"

namespace starcart {

LoadCounts FactStore::totals() const {
  LoadCounts c;
  for (const SourceFile& f : files) {
    c.rows_read += f.counts.rows_read;
    c.rows_loaded += f.counts.rows_loaded;
    c.rows_rejected += f.counts.rows_rejected;
    c.duplicates += f.counts.duplicates;
  }
  return c;
}

size_t FactStore::memory_bytes() const {
  auto v = [](const auto& vec) { return vec.capacity() * sizeof(vec[0]); };
  size_t b = v(order) + v(product) + v(customer) + v(country) + v(category) + v(channel) + v(campaign) +
             v(payment) + v(state) + v(city) + v(day) + v(second) + v(quantity) + v(unit_price) + v(discount) + v(value) +
             v(kind) + v(source_file) + v(source_line) + v(product_name) + v(product_category) + v(unit_cost) +
             v(return_reason) + v(variant) + v(product_supplier) + v(status) + v(shipping);
  b += v(events) + v(stock) + v(spend) + v(order_promised) + v(order_delivered);
  for (const Dictionary* d : {&event_types, &sessions, &locations, &spend_channels, &spend_campaigns}) b += d->memory_bytes();
  for (const Dictionary* d : {&orders, &products, &product_names, &customers, &countries, &categories,
                              &channels, &campaigns, &payment_types, &states, &cities, &return_reasons, &variants,
                              &suppliers})
    b += d->memory_bytes();
  return b;
}

}  // namespace starcart
