#include "warehouse/fact_returns_load.h"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <unordered_map>

#include "warehouse/dim_load.h"
#include "warehouse/flat_set.h"

namespace starcart {

const std::vector<std::string>& return_columns() {
  static const std::vector<std::string> kColumns = {
      "return_key",    "line_key", "order_key", "date_key",          "customer_key",       "product_key", "quantity",
      "value_e4",      "reason",   "original_line_key", "original_order_key", "link_rule", "days_after_sale"};
  return kColumns;
}

namespace {

uint64_t pair_key(int64_t a, int64_t b) { return (static_cast<uint64_t>(a) << 32) | static_cast<uint32_t>(b); }

// A sale that a return may point to, ordered by when it happened.
struct SaleRef {
  uint64_t pair;  // (customer_key, product_key)
  Day day;
  int32_t second;
  int64_t line_key, order_key;
  auto order() const { return std::tie(pair, day, second, line_key); }
};

// (2) Sales of the returned (customer, product) pairs that the warehouse has:
// one pass over its sale lines (only on loads after the first).
Status warehouse_sales(Database& db, const FlatSet64& pairs, int64_t first_new_line,
                       std::vector<SaleRef>& out) {
  FlatSet64 customers;
  pairs.for_each([&](uint64_t p) { customers.insert(p >> 32); });
  auto st = db.prepare(
      "SELECT line_key, order_key, date_key, coalesce(time_of_day, -1), customer_key, product_key FROM fact_sales "
      "WHERE line_kind = 'sale' AND customer_key <> 0 AND line_key < ?1");
  if (!st) return st.take_error();
  st->bind_int64(1, first_new_line);
  return st->each_row([&] {
    const int64_t customer = st->column_int64(4);
    if (!customers.contains(static_cast<uint64_t>(customer))) return;
    const uint64_t p = pair_key(customer, st->column_int64(5));
    if (!pairs.contains(p)) return;
    out.push_back(SaleRef{p, day_from_date_key(st->column_int64(2)), static_cast<int32_t>(st->column_int64(3)),
                          st->column_int64(0), st->column_int64(1)});
  });
}

}  // namespace

Result<RowBuffer> build_returns(LoadContext& c, const LineFacts& lines) {
  const FactStore& s = c.store;
  RowBuffer rows(static_cast<int>(return_columns().size()));
  std::vector<size_t> returns;  // indices into c.lines
  std::vector<uint8_t> order_has_return(s.orders.size(), 0);
  for (size_t k = 0; k < c.lines.size(); ++k) {
    if (s.kind[c.lines[k]] != LineKind::kReturn) continue;
    returns.push_back(k);
    order_has_return[s.order[c.lines[k]]] = 1;
  }
  if (returns.empty()) return rows;

  // (1) Sales in orders that also hold returns, by (order, product).
  std::unordered_map<uint64_t, size_t> same_order;
  FlatSet64 pairs;
  std::vector<uint8_t> returner(s.customers.size(), 0);  // store customer ids with a return
  for (size_t k : returns) {
    const uint32_t i = c.lines[k];
    const int64_t ck = c.customer_key[s.customer[i]];
    if (ck == 0) continue;
    pairs.insert(pair_key(ck, c.product_key[s.product[i]]));
    returner[s.customer[i]] = 1;
  }
  std::vector<SaleRef> sales;
  for (size_t k = 0; k < c.lines.size(); ++k) {
    const uint32_t i = c.lines[k];
    if (s.kind[i] != LineKind::kSale) continue;
    const int64_t pk = c.product_key[s.product[i]];
    if (order_has_return[s.order[i]]) same_order.emplace(pair_key(c.order_key[s.order[i]], pk), k);
    if (!returner[s.customer[i]]) continue;
    const uint64_t p = pair_key(c.customer_key[s.customer[i]], pk);
    if (pairs.contains(p)) sales.push_back(SaleRef{p, s.day[i], s.second[i], lines.line_key(k), c.order_key[s.order[i]]});
  }
  if (!c.summary.first_build)
    if (auto st = warehouse_sales(c.db, pairs, lines.line_key(0), sales); !st) return st.take_error();
  std::sort(sales.begin(), sales.end(), [](const SaleRef& a, const SaleRef& b) { return a.order() < b.order(); });

  auto next = c.db.query_int("SELECT coalesce(max(return_key), 0) + 1 FROM fact_returns");
  if (!next) return next.take_error();
  int64_t return_key = *next;
  for (size_t k : returns) {
    const uint32_t i = c.lines[k];
    const int64_t ck = c.customer_key[s.customer[i]], pk = c.product_key[s.product[i]];
    const int64_t ok = c.order_key[s.order[i]];
    const SaleRef* link = nullptr;
    SaleRef own{};
    const char* rule = nullptr;
    if (auto it = same_order.find(pair_key(ok, pk)); it != same_order.end()) {
      const size_t sk = it->second;
      own = SaleRef{0, s.day[c.lines[sk]], 0, lines.line_key(sk), ok};
      link = &own;
      rule = "same order";
    } else if (ck != 0) {
      const SaleRef probe{pair_key(ck, pk), s.day[i], s.second[i], lines.line_key(k), 0};
      auto after = std::lower_bound(sales.begin(), sales.end(), probe,
                                    [](const SaleRef& a, const SaleRef& b) { return a.order() < b.order(); });
      if (after != sales.begin() && std::prev(after)->pair == probe.pair) {
        link = &*std::prev(after);
        rule = "latest earlier sale";
      }
    }
    const int64_t q = s.quantity[i];
    rows.integer(return_key++).integer(lines.line_key(k)).integer(ok).integer(date_key(s.day[i]));
    rows.integer(ck).integer(pk).integer(q < 0 ? -q : q).integer(s.value[i]);
    if (!s.return_reason.empty()) rows.text_or_null(s.return_reasons.at(s.return_reason[i]));
    else rows.null();
    if (link) {
      rows.integer(link->line_key).integer(link->order_key).text(rule);
      if (s.day[i] != kNullDay && link->day != kNullDay) rows.integer(s.day[i] - link->day);
      else rows.null();
      ++c.summary.returns_linked;
    } else {
      rows.null().null().null().null();
    }
  }
  c.summary.returns_appended = static_cast<int64_t>(returns.size());
  return rows;
}

}  // namespace starcart
