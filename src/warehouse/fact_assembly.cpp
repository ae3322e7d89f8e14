#include "warehouse/fact_assembly.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "ingest/value_shapes.h"
#include "warehouse/dataset_lookups.h"
#include "warehouse/event_assembly.h"
#include "core/sort_rows.h"

namespace starcart {

namespace {

// UCI's cancellations: 'C' and the invoice number (C536379). A hex id that
// happens to start with 'c' (Olist's c2f5a9b1...) is not one.
bool is_cancellation_id(std::string_view id) {
  if (id.size() < 2 || (id[0] != 'C' && id[0] != 'c')) return false;
  for (size_t i = 1; i < id.size(); ++i)
    if (id[i] < '0' || id[i] > '9') return false;
  return true;
}

}  // namespace

LineKind classify_line(std::string_view order_id, int64_t quantity, Money unit_price) {
  if (unit_price <= 0 || quantity == 0) return LineKind::kExcluded;
  if (is_cancellation_id(order_id) || quantity < 0) return LineKind::kReturn;
  return LineKind::kSale;
}

namespace {

// (2) Table dictionary id -> store dictionary id, for one column.
std::vector<uint32_t> map_dictionary(const Column* col, Dictionary& into, bool uppercase) {
  std::vector<uint32_t> map;
  if (col == nullptr || col->kind != ColumnKind::kText) return map;
  map.resize(col->dict.size());
  for (uint32_t id = 0; id < col->dict.size(); ++id)
    map[id] = uppercase ? into.intern(upper_ascii(col->dict.at(id))) : into.intern(col->dict.at(id));
  return map;
}

// A role column of a line table with its dictionary mapped into the store.
struct Mapped {
  const Column* col = nullptr;
  std::vector<uint32_t> map;
  Mapped() = default;
  Mapped(const Table& t, Role r, Dictionary& into, bool upper = false)
      : col(t.column(r)), map(map_dictionary(col, into, upper)) {}
  uint32_t at(size_t row) const { return map.empty() ? 0 : map[col->ids[row]]; }
};

int64_t value_at(const Column* c, size_t r) {
  return c == nullptr || c->kind == ColumnKind::kText || c->kind == ColumnKind::kDate ? kNullValue : c->values[r];
}

// One line before it is appended.
struct LineFacts {
  uint32_t order = 0, product = 0, customer = 0, country = 0, category = 0, channel = 0, campaign = 0,
           payment = 0, state = 0, city = 0, status = 0, name = 0;
  Day day = 0;
  int32_t second = -1, quantity = 0;
  Money unit_price = 0, discount = 0, value = 0, shipping = 0;
  Money unit_cost = kNullValue;  // kNullValue: the data gives no cost
  uint32_t return_reason = 0;
  uint32_t variant = 0;   // A/B test arm as written (0 = none)
  uint32_t supplier = 0;  // the product's supplier on this line (0 = none)
  LineKind kind = LineKind::kSale;
  uint16_t file = 0;
  int64_t line = 0;
};

// The columns every line has; the optional ones (push_optional) are
// allocated by the first line with a value.
void reserve_lines(FactStore& s, size_t n) {
  for (auto* v : {&s.order, &s.product, &s.customer, &s.country, &s.category}) v->reserve(n);
  s.day.reserve(n);
  s.second.reserve(n);
  s.quantity.reserve(n);
  s.unit_price.reserve(n);
  s.value.reserve(n);
  s.kind.reserve(n);
  s.source_file.reserve(n);
  s.source_line.reserve(n);
  // An optional column an earlier file started grows with the lines.
  for (auto* v : {&s.channel, &s.campaign, &s.payment, &s.state, &s.city, &s.status, &s.return_reason, &s.variant})
    if (!v->empty()) v->reserve(n);
  for (auto* v : {&s.discount, &s.shipping, &s.unit_cost})
    if (!v->empty()) v->reserve(n);
}

// Appends line `at`'s value to a column that stays empty while every line
// before has `none`: files without the column (Online Retail has no channel,
// state, status, discount...) never allocate it, even during the load. The
// first value fills the lines before it with `none`, with room for as many
// lines as the always-present columns; from then on every line appends, so
// a column is either empty or as long as the others.
template <class T>
void push_optional(std::vector<T>& v, size_t at, T value, T none, size_t room) {
  if (v.empty()) {
    if (value == none) return;
    v.reserve(std::max(room, at + 1));
    v.resize(at, none);
  }
  v.push_back(value);
}
template <class T>
T optional_at(const std::vector<T>& v, size_t i, T none) {
  return v.empty() ? none : v[i];
}

// Per-line product attributes kept only until each product's most frequent
// value is picked (step 5). Suppliers are optional (push_optional).
struct LineAttrs {
  std::vector<uint32_t> name, supplier;
  void reserve(size_t n) {
    name.reserve(n);
    if (!supplier.empty()) supplier.reserve(n);
  }
};

void push(FactStore& s, LineAttrs& names, const LineFacts& f) {
  const size_t at = s.order.size(), room = s.order.capacity();
  s.order.push_back(f.order);
  s.product.push_back(f.product);
  s.customer.push_back(f.customer);
  s.country.push_back(f.country);
  s.category.push_back(f.category);
  push_optional(s.channel, at, f.channel, 0u, room);
  push_optional(s.campaign, at, f.campaign, 0u, room);
  push_optional(s.payment, at, f.payment, 0u, room);
  push_optional(s.state, at, f.state, 0u, room);
  push_optional(s.city, at, f.city, 0u, room);
  push_optional(s.status, at, f.status, 0u, room);
  s.day.push_back(f.day);
  s.second.push_back(f.second);
  s.quantity.push_back(f.quantity);
  s.unit_price.push_back(f.unit_price);
  push_optional(s.discount, at, f.discount, Money{0}, room);
  push_optional(s.shipping, at, f.shipping, Money{0}, room);
  s.value.push_back(f.value);
  s.kind.push_back(f.kind);
  s.source_file.push_back(f.file);
  s.source_line.push_back(f.line);
  push_optional(s.unit_cost, at, f.unit_cost, Money{kNullValue}, room);
  push_optional(s.return_reason, at, f.return_reason, 0u, room);
  push_optional(s.variant, at, f.variant, 0u, room);
  names.name.push_back(f.name);
  push_optional(names.supplier, at, f.supplier, 0u, room);
}

// Counts of one join, reported as a KeyMatch.
struct JoinCount {
  int64_t matched = 0, unmatched = 0;
  std::string example;
  void hit(bool found, std::string_view key) {
    if (found) {
      ++matched;
    } else {
      if (unmatched++ == 0) example = std::string(key);
    }
  }
};

void report(FactStore& s, const std::string& from, const std::string& to, Role key, const JoinCount& c) {
  if (c.matched + c.unmatched == 0) return;
  s.relations.push_back(KeyMatch{from, to, std::string(role_info(key).key), c.matched, c.unmatched, c.example});
}

// A row of a table as text, for rows rejected during assembly (the reader's
// raw bytes are gone by then).
std::string row_text(const Table& t, size_t r) {
  std::string out;
  for (const Column& c : t.columns) {
    if (!out.empty()) out += ',';
    switch (c.kind) {
      case ColumnKind::kText: out += cell_text(&c, r); break;
      case ColumnKind::kInteger: if (c.values[r] != kNullValue) out += std::to_string(c.values[r]); break;
      case ColumnKind::kMoney: if (c.values[r] != kNullValue) out += money_to_exact_string(c.values[r]); break;
      case ColumnKind::kDate: if (c.days[r] != kNullDay) out += format_iso_date(c.days[r]); break;
    }
  }
  return out;
}

// (2)-(3) The lines of one order-line table.
class LineBuilder {
 public:
  LineBuilder(FactStore& s, LineAttrs& names, const DatasetLookups& look, LoadedFile& lf, uint16_t file)
      : s_(s), names_(names), look_(look), t_(lf.table), file_(file) {}

  Status run();

 private:
  uint32_t intern_or(uint32_t own, Dictionary& d, std::string_view fallback) {
    return own != 0 || fallback.empty() ? own : d.intern(fallback);
  }
  uint32_t person(std::string_view customer_id, std::string_view email);
  void refund_line(const LineFacts& sale, Money amount, Day day, int32_t second);
  void reject(size_t r, const std::string& reason);
  // What a status says about its order, computed once per status id.
  enum : uint8_t { kUnknown, kPlain, kCancelled, kRefunded };
  uint8_t status_meaning(uint32_t status) {
    if (status == 0) return kPlain;
    if (status_meaning_.size() <= status) status_meaning_.resize(status + 1, kUnknown);
    uint8_t& m = status_meaning_[status];
    if (m == kUnknown) {
      const std::string_view text = s_.order_statuses.at(status);
      m = status_means_cancelled(text) ? kCancelled : status_means_refunded(text) ? kRefunded : kPlain;
    }
    return m;
  }
  std::vector<uint8_t> status_meaning_;

  FactStore& s_;
  LineAttrs& names_;
  const DatasetLookups& look_;
  Table& t_;
  uint16_t file_;
  std::unordered_map<std::string_view, uint32_t> person_cache_;
  JoinCount order_join_, customer_join_, product_join_;
};

uint32_t LineBuilder::person(std::string_view customer_id, std::string_view email) {
  if (customer_id.empty()) {
    if (email.empty()) return 0;  // a guest
    std::string e(email);
    for (char& c : e)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s_.customers.intern(e);
  }
  auto it = person_cache_.find(customer_id);
  if (it != person_cache_.end()) return it->second;
  // Olist: the person is customer_unique_id; customer_id is per order. An id
  // the customers file does not know stays its own (unknown) member.
  std::string_view key = customer_id;
  if (look_.has_customers()) {
    RefHit c = look_.customer(customer_id);
    std::string_view unique = c.text(Role::kCustomerUniqueId);
    if (!unique.empty()) key = unique;
  }
  uint32_t id = s_.customers.intern(key);
  person_cache_.emplace(customer_id, id);
  return id;
}

void LineBuilder::refund_line(const LineFacts& sale, Money amount, Day day, int32_t second) {
  LineFacts f = sale;
  f.product = 0;
  f.name = 0;
  f.quantity = 0;
  f.unit_price = 0;
  f.discount = 0;
  f.shipping = 0;
  f.unit_cost = kNullValue;
  f.value = amount < 0 ? -amount : amount;
  f.kind = LineKind::kReturn;
  f.day = day;
  f.second = second;
  push(s_, names_, f);
}

void LineBuilder::reject(size_t r, const std::string& reason) {
  RejectedRow rr;
  rr.file = t_.source;
  rr.line = t_.source_line[r];
  rr.code = ErrorCode::kBadValue;
  rr.reason = reason;
  rr.raw = row_text(t_, r);
  t_.rejected.push_back(std::move(rr));
  --t_.counts.rows_loaded;
  ++t_.counts.rows_rejected;
}

Status LineBuilder::run() {
  const Table& t = t_;
  std::string missing;
  auto need = [&](bool ok, Role r) {
    if (ok) return;
    if (!missing.empty()) missing += ", ";
    missing += role_info(r).label;
  };
  // No order id: a customer's lines of one day are one order (CDNOW).
  const bool day_orders = t.column(Role::kOrderId) == nullptr && t.column(Role::kCustomerId) != nullptr &&
                          t.column(Role::kOrderDate) != nullptr;
  need(t.column(Role::kOrderId) != nullptr || day_orders, Role::kOrderId);
  need(t.column(Role::kOrderDate) != nullptr || look_.has_orders(), Role::kOrderDate);
  need(t.column(Role::kUnitPrice) != nullptr || t.column(Role::kLineTotal) != nullptr, Role::kUnitPrice);
  if (!missing.empty()) return make_error(ErrorCode::kMissingRole, "no column found for " + missing, Location{t.source});

  const Column* order_col = t.column(Role::kOrderId);
  const Column* date = t.column(Role::kOrderDate);
  const Column* qty = t.column(Role::kQuantity);
  const Column* price = t.column(Role::kUnitPrice);
  const Column* total = t.column(Role::kLineTotal);
  const Column* discount = t.column(Role::kDiscount);
  const Column* shipping = t.column(Role::kShipping);
  const Column* refund = t.column(Role::kRefundAmount);
  const Column* cancelled = t.column(Role::kCancelledAt);
  const Column* customer_col = t.column(Role::kCustomerId);
  const Column* unique_col = t.column(Role::kCustomerUniqueId);
  const Column* email_col = t.column(Role::kEmail);
  const Column* sku_col = t.column(Role::kSku);
  Mapped order(t, Role::kOrderId, s_.orders), product(t, Role::kSku, s_.products, true),
      name(t, Role::kProductName, s_.product_names), country(t, Role::kCountry, s_.countries),
      category(t, Role::kCategory, s_.categories), channel(t, Role::kChannel, s_.channels),
      campaign(t, Role::kCampaign, s_.campaigns), payment(t, Role::kPaymentType, s_.payment_types),
      state(t, Role::kState, s_.states), city(t, Role::kCity, s_.cities), status(t, Role::kOrderStatus, s_.order_statuses),
      reason(t, Role::kReturnReason, s_.return_reasons), variant(t, Role::kVariant, s_.variants),
      supplier(t, Role::kSupplier, s_.suppliers);
  const Column* cost = t.column(Role::kCost);
  if (cost != nullptr && cost->kind != ColumnKind::kMoney) cost = nullptr;
  // Order lookups resolved once per distinct order id.
  std::vector<RefHit> order_hit;
  if (look_.has_orders() && order_col != nullptr) {
    order_hit.resize(order_col->dict.size());
    for (uint32_t id = 1; id < order_col->dict.size(); ++id) order_hit[id] = look_.order(order_col->dict.at(id));
  }
  Mapped customer(t, Role::kCustomerId, s_.customers);
  // No reference file and no person column: the line's own columns say everything.
  const bool simple = !look_.has_orders() && !look_.has_customers() && !look_.has_payments() && unique_col == nullptr;
  reserve_lines(s_, s_.lines() + static_cast<size_t>(t.rows()));
  names_.reserve(s_.lines() + static_cast<size_t>(t.rows()));
  std::vector<uint8_t> refunded_order;  // per store order id: its refund line is written
  const size_t rows = static_cast<size_t>(t.rows());
  int64_t lines_from_rows = 0;  // lines that stand for a row (refund lines do not)
  for (size_t r = 0; r < rows; ++r) {
    LineFacts f;
    f.file = file_;
    f.line = t.source_line[r];
    f.order = !day_orders ? order.at(r)
                          : s_.orders.intern(std::string(cell_text(customer_col, r)) + " " +
                                             format_iso_date(date->days[r]));
    const std::string_view order_text = s_.orders.at(f.order);
    const RefHit o = order_hit.empty() ? RefHit{} : order_hit[order_col->ids[r]];
    if (!order_hit.empty()) order_join_.hit(bool(o), order_text);
    // Date: the line's own, else its order's.
    f.day = kNullDay;
    if (date != nullptr && date->days[r] != kNullDay) {
      f.day = date->days[r];
      f.second = date->seconds[r];
    } else if (o) {
      const Column* od = o.ref->col(Role::kOrderDate);
      if (od != nullptr && od->kind == ColumnKind::kDate && od->days[o.row] != kNullDay) {
        f.day = od->days[o.row];
        f.second = od->seconds[o.row];
      }
    }
    if (f.day == kNullDay) {
      reject(r, o || order_hit.empty() ? "the line has no order date"
                                       : "order '" + std::string(order_text) + "' is in no orders file, so the line has no date");
      continue;
    }
    RefHit c;
    if (simple) {
      // One self-contained file (UCI, Shopify, generic): dictionary maps only.
      f.customer = customer.at(r);
      if (f.customer == 0 && email_col != nullptr) f.customer = person({}, cell_text(email_col, r));
      f.country = country.at(r);
      f.state = state.at(r);
      f.city = city.at(r);
      f.channel = channel.at(r);
      f.campaign = campaign.at(r);
      f.status = status.at(r);
      f.payment = payment.at(r);
      f.variant = variant.at(r);
    } else {
      // Customer: the line's person, else its customer id, else its order's; email last (Shopify).
      std::string_view unique = cell_text(unique_col, r);
      const std::string_view customer_id =
          !cell_text(customer_col, r).empty() ? cell_text(customer_col, r) : o.text(Role::kCustomerId);
      f.customer = !unique.empty() ? s_.customers.intern(unique) : person(customer_id, cell_text(email_col, r));
      if (look_.has_customers() && unique.empty() && !customer_id.empty()) {
        c = look_.customer(customer_id);
        customer_join_.hit(bool(c), customer_id);
      }
      f.country = intern_or(country.at(r), s_.countries, !o.text(Role::kCountry).empty() ? o.text(Role::kCountry) : c.text(Role::kCountry));
      f.state = intern_or(state.at(r), s_.states, !o.text(Role::kState).empty() ? o.text(Role::kState) : c.text(Role::kState));
      f.city = intern_or(city.at(r), s_.cities, !o.text(Role::kCity).empty() ? o.text(Role::kCity) : c.text(Role::kCity));
      f.channel = intern_or(channel.at(r), s_.channels, o.text(Role::kChannel));
      f.campaign = intern_or(campaign.at(r), s_.campaigns, o.text(Role::kCampaign));
      f.status = intern_or(status.at(r), s_.order_statuses, o.text(Role::kOrderStatus));
      // The arm: the line's, else its order's, else its customer's (a
      // customers file is where an assignment per person is written).
      f.variant = intern_or(variant.at(r), s_.variants,
                            !o.text(Role::kVariant).empty() ? o.text(Role::kVariant) : c.text(Role::kVariant));
      std::string_view pay = look_.has_payments() ? look_.main_payment_type(order_text) : std::string_view();
      f.payment = intern_or(payment.at(r), s_.payment_types, !pay.empty() ? pay : o.text(Role::kPaymentType));
    }
    // Product: SKU (upper-cased), else the name; attributes from a products file.
    f.name = name.at(r);
    f.product = product.at(r);
    if (sku_col == nullptr && f.name != 0) f.product = s_.products.intern(upper_ascii(s_.product_names.at(f.name)));
    RefHit p;
    if (look_.has_products() && (sku_col != nullptr || f.name != 0)) {
      std::string_view key = sku_col != nullptr ? cell_text(sku_col, r) : s_.product_names.at(f.name);
      p = look_.product(key);
      product_join_.hit(bool(p), key);
    }
    if (f.name == 0 && !p.text(Role::kProductName).empty()) f.name = s_.product_names.intern(p.text(Role::kProductName));
    std::string_view cat = category.at(r) != 0 ? s_.categories.at(category.at(r)) : p.text(Role::kCategory);
    cat = look_.translate_category(cat);
    f.supplier = intern_or(supplier.at(r), s_.suppliers, p.text(Role::kSupplier));
    f.category = cat.empty() ? 0 : s_.categories.intern(cat);
    // Amounts: no quantity column means one unit per line (Olist order items).
    int64_t q = qty == nullptr ? 1 : value_at(qty, r);
    if (q == kNullValue || q > std::numeric_limits<int32_t>::max() || q < std::numeric_limits<int32_t>::min()) q = 0;
    Money pr = 0;
    if (value_at(price, r) != kNullValue) pr = value_at(price, r);
    else if (value_at(total, r) != kNullValue && q != 0) pr = div_round(value_at(total, r), q);
    f.quantity = static_cast<int32_t>(q);
    f.unit_price = pr;
    f.discount = value_at(discount, r) != kNullValue ? value_at(discount, r) : 0;
    f.shipping = value_at(shipping, r) != kNullValue ? value_at(shipping, r) : 0;
    f.unit_cost = value_at(cost, r);
    f.return_reason = reason.at(r);
    // (3) Kinds: the line rule, then the order's status.
    f.kind = classify_line(order_text, q, pr);
    const uint8_t meaning = status_meaning(f.status);
    if (f.kind != LineKind::kExcluded && meaning == kCancelled) f.kind = LineKind::kExcluded;
    const Money gross = money_times(pr, q < 0 ? -q : q);
    f.value = f.kind == LineKind::kSale ? gross - f.discount : gross;
    push(s_, names_, f);
    ++lines_from_rows;
    // Refunds become return lines: the order's refunded amount once per
    // order (dated when it was cancelled, if written), or a "refunded" line.
    if (f.kind != LineKind::kSale) continue;
    Day refund_day = f.day;
    int32_t refund_second = f.second;
    if (cancelled != nullptr && cancelled->days[r] != kNullDay) {
      refund_day = cancelled->days[r];
      refund_second = cancelled->seconds[r];
    }
    if (refund != nullptr) {
      const Money amount = value_at(refund, r);
      if (refunded_order.size() <= f.order) refunded_order.resize(s_.orders.size() + 1, 0);
      if (amount != kNullValue && amount != 0 && !refunded_order[f.order]) {
        refunded_order[f.order] = 1;
        refund_line(f, amount, refund_day, refund_second);
      }
    } else if (meaning == kRefunded) {
      refund_line(f, f.value, refund_day, refund_second);
    }
  }
  // Nothing lost: every loaded row is a line, every other row is counted.
  if (lines_from_rows != t.counts.rows_loaded || !t.counts.balanced())
    return make_error(ErrorCode::kBadValue, "rows and lines do not balance (read " + std::to_string(t.counts.rows_read) +
                                                ", lines " + std::to_string(lines_from_rows) + "): please report this file",
                      Location{t.source});
  const std::string orders_file = look_.orders().empty() ? "" : look_.orders()[0].table->source;
  report(s_, t.source, orders_file, Role::kOrderId, order_join_);
  if (!look_.customers().empty()) report(s_, t.source, look_.customers()[0].table->source, Role::kCustomerId, customer_join_);
  if (!look_.products().empty()) report(s_, t.source, look_.products()[0].table->source, Role::kSku, product_join_);
  return ok_status();
}

// (4) Every payment row, and the orders they name that have no lines.
void add_payments(FactStore& s, const DatasetLookups& look) {
  for (const Table* t : look.payment_tables()) {
    const Column* order = t->column(Role::kOrderId);
    const Column* seq = t->column(Role::kPaymentSequential);
    const Column* type = t->column(Role::kPaymentType);
    const Column* inst = t->column(Role::kInstallments);
    const Column* value = t->column(Role::kPaymentValue);
    JoinCount join;
    for (size_t r = 0; r < static_cast<size_t>(t->rows()); ++r) {
      std::string_view id = cell_text(order, r);
      if (id.empty()) continue;
      auto known = s.orders.find(id);
      join.hit(known.has_value(), id);
      OrderPayment p;
      p.order = known ? *known : s.orders.intern(id);
      p.sequential = value_at(seq, r) == kNullValue ? 0 : static_cast<int32_t>(value_at(seq, r));
      p.type = s.payment_types.intern(cell_text(type, r));
      p.installments = value_at(inst, r) == kNullValue ? 0 : static_cast<int32_t>(value_at(inst, r));
      p.value = value_at(value, r) == kNullValue ? 0 : value_at(value, r);
      s.payments.push_back(p);
    }
    report(s, t->source, "order lines", Role::kOrderId, join);
  }
}

// (5) The most frequent value of `attr` per product (ties: the first seen).
void pick_per_product(const std::vector<uint32_t>& product, const std::vector<uint32_t>& attr,
                      size_t products, std::vector<uint32_t>& out) {
  out.assign(products, 0);
  if (attr.empty()) return;  // an optional column no line has
  std::unordered_map<uint64_t, uint32_t> counts;
  std::vector<uint32_t> best_count(products, 0);
  for (size_t i = 0; i < product.size(); ++i) {
    if (attr[i] == 0) continue;
    uint64_t key = (static_cast<uint64_t>(product[i]) << 32) | attr[i];
    uint32_t c = ++counts[key];
    if (c > best_count[product[i]]) {
      best_count[product[i]] = c;
      out[product[i]] = attr[i];
    }
  }
}

// (7) Lines in date order (stable: file order within a day). Analyses then
// meet each month's lines together, which makes distinct counts per period a
// single pass, and date filters become a binary search.
template <class T>
void permute(std::vector<T>& v, const std::vector<uint32_t>& order) {
  std::vector<T> out(v.size());
  for (size_t i = 0; i < order.size(); ++i) out[i] = v[order[i]];
  v.swap(out);
}

void sort_lines_by_day(FactStore& s) {
  const size_t n = s.lines();
  if (n == 0) return;
  bool sorted = true;
  for (size_t i = 1; i < n && sorted; ++i) sorted = s.day[i - 1] <= s.day[i];
  if (sorted) return;
  const auto [lo_it, hi_it] = std::minmax_element(s.day.begin(), s.day.end());
  const Day lo = *lo_it, hi = *hi_it;
  std::vector<uint32_t> order(n);
  if (static_cast<int64_t>(hi) - lo < int64_t{1} << 24) {
    // Counting sort by day: the range of days is small next to the lines.
    std::vector<uint32_t> start(static_cast<size_t>(hi - lo) + 2, 0);
    for (Day d : s.day) ++start[static_cast<size_t>(d - lo) + 1];
    for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    for (size_t i = 0; i < n; ++i) order[start[static_cast<size_t>(s.day[i] - lo)]++] = static_cast<uint32_t>(i);
  } else {
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(i);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return s.day[a] < s.day[b]; });
  }
  permute(s.order, order);
  permute(s.product, order);
  permute(s.customer, order);
  permute(s.country, order);
  permute(s.category, order);
  for (auto* v : {&s.channel, &s.campaign, &s.payment, &s.state, &s.city})
    if (!v->empty()) permute(*v, order);
  if (!s.status.empty()) permute(s.status, order);
  permute(s.day, order);
  permute(s.second, order);
  permute(s.quantity, order);
  permute(s.unit_price, order);
  if (!s.discount.empty()) permute(s.discount, order);
  if (!s.shipping.empty()) permute(s.shipping, order);
  permute(s.value, order);
  permute(s.kind, order);
  permute(s.source_file, order);
  permute(s.source_line, order);
  if (!s.unit_cost.empty()) permute(s.unit_cost, order);
  if (!s.return_reason.empty()) permute(s.return_reason, order);
  if (!s.variant.empty()) permute(s.variant, order);
}

// A line of the store as LineFacts (the template of a return).
LineFacts line_at(const FactStore& s, const LineAttrs& names, size_t i) {
  LineFacts f;
  f.order = s.order[i]; f.product = s.product[i]; f.customer = s.customer[i]; f.country = s.country[i];
  f.category = s.category[i]; f.channel = id_at(s.channel, i); f.campaign = id_at(s.campaign, i);
  f.payment = id_at(s.payment, i); f.state = id_at(s.state, i); f.city = id_at(s.city, i);
  f.status = id_at(s.status, i); f.name = names.name[i]; f.supplier = id_at(names.supplier, i);
  f.variant = id_at(s.variant, i);
  f.day = s.day[i]; f.second = s.second[i]; f.quantity = s.quantity[i]; f.unit_price = s.unit_price[i];
  f.discount = optional_at(s.discount, i, Money{0}); f.value = s.value[i];
  f.shipping = optional_at(s.shipping, i, Money{0}); f.unit_cost = optional_at(s.unit_cost, i, Money{kNullValue});
  f.return_reason = id_at(s.return_reason, i); f.kind = s.kind[i];
  f.file = s.source_file[i]; f.line = s.source_line[i];
  return f;
}

bool flag_says_returned(const Column* c, size_t r) {
  if (c == nullptr) return true;
  if (c->kind == ColumnKind::kInteger) return c->values[r] != kNullValue && c->values[r] != 0;
  std::string v(cell_text(c, r));
  for (char& ch : v)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return v == "1" || v == "true" || v == "yes" || v == "y" || v == "t" || v == "returned" || v == "x";
}

// (3b) A returns file: each row becomes a return line of its order, on the
// order's customer, geography and channel. The product is the row's SKU (its
// price from the order's line of that SKU), else the order's first sale
// line; the value is the row's amount when it has one, else quantity (1 when
// not given) x that price; the date is the row's, else the order's. A row
// whose order has no lines, or that cannot be valued, is rejected with why.
void add_returns_file(FactStore& s, LineAttrs& names, LoadedFile& lf, uint16_t file) {
  Table& t = lf.table;
  const Column* order_col = t.column(Role::kOrderId);
  if (order_col == nullptr) return;
  const Column* sku_col = t.column(Role::kSku);
  const Column* qty_col = t.column(Role::kQuantity);
  const Column* date_col = t.column(Role::kOrderDate);
  const Column* flag_col = t.column(Role::kReturnFlag);
  const Column* amount_col = nullptr;
  for (Role r : {Role::kRefundAmount, Role::kLineTotal, Role::kPaymentValue})
    if (!amount_col) amount_col = t.column(r);
  const Column* price_col = t.column(Role::kUnitPrice);
  Mapped reason(t, Role::kReturnReason, s.return_reasons);
  // The sale lines of each order, grouped once (counting sort by order id).
  const size_t n_orders = s.orders.size();
  std::vector<uint32_t> start(n_orders + 1, 0);
  const size_t n_lines = s.lines();
  for (size_t i = 0; i < n_lines; ++i)
    if (s.kind[i] == LineKind::kSale) ++start[s.order[i] + 1];
  for (size_t k = 0; k < n_orders; ++k) start[k + 1] += start[k];
  std::vector<uint32_t> by_order(start[n_orders]);
  std::vector<uint32_t> next(start.begin(), start.end() - 1);
  for (size_t i = 0; i < n_lines; ++i)
    if (s.kind[i] == LineKind::kSale) by_order[next[s.order[i]]++] = static_cast<uint32_t>(i);
  JoinCount orders_found;
  int64_t not_returns = 0;
  auto reject = [&](size_t r, std::string reason_text) {
    RejectedRow rr;
    rr.file = t.source;
    rr.line = t.source_line[r];
    rr.code = ErrorCode::kBadValue;
    rr.reason = std::move(reason_text);
    rr.raw = row_text(t, r);
    t.rejected.push_back(std::move(rr));
    --t.counts.rows_loaded;
    ++t.counts.rows_rejected;
  };
  const size_t rows = order_col->ids.size();
  for (size_t r = 0; r < rows; ++r) {
    if (!flag_says_returned(flag_col, r)) {
      ++not_returns;
      continue;
    }
    const std::string_view order_text = cell_text(order_col, r);
    const std::optional<uint32_t> order = s.orders.find(order_text);
    const bool known = order && *order < n_orders && start[*order] < start[*order + 1];
    orders_found.hit(known, order_text);
    if (!known) {
      reject(r, "order '" + std::string(order_text) + "' has no sale lines in the order files: the return cannot be placed");
      continue;
    }
    const uint32_t* first = by_order.data() + start[*order];
    const uint32_t* last = by_order.data() + start[*order + 1];
    const uint32_t* match = first;
    std::string sku(sku_col ? cell_text(sku_col, r) : std::string_view());
    for (char& ch : sku)  // SKUs are upper-cased in the store (85123a and 85123A are one product)
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (!sku.empty()) {
      const std::optional<uint32_t> product = s.products.find(sku);
      match = std::find_if(first, last, [&](uint32_t i) { return product && s.product[i] == *product; });
    }
    LineFacts f = line_at(s, names, match != last ? *match : *first);
    if (!sku.empty() && match == last) {  // a product the order's lines do not have
      f.product = s.products.intern(sku);
      f.name = 0;
      f.category = 0;
      f.unit_price = value_at(price_col, r) == kNullValue ? 0 : value_at(price_col, r);
      f.unit_cost = kNullValue;
    }
    const int64_t q_given = value_at(qty_col, r);
    const int64_t q = q_given == kNullValue || q_given == 0 ? 1 : (q_given < 0 ? -q_given : q_given);
    const int64_t amount = value_at(amount_col, r);
    Money value = amount != kNullValue ? (amount < 0 ? -amount : amount) : q * f.unit_price;
    if (value <= 0) {
      reject(r, "the return of order '" + std::string(order_text) + "' has no amount and no known price: map an amount column");
      continue;
    }
    f.quantity = -static_cast<int32_t>(q);
    f.discount = 0;
    f.shipping = 0;
    f.value = value;
    f.kind = LineKind::kReturn;
    if (date_col && date_col->days[r] != kNullDay) {
      f.day = date_col->days[r];
      f.second = date_col->seconds[r];
    }
    f.return_reason = reason.at(r);
    f.file = file;
    f.line = t.source_line[r];
    push(s, names, f);
  }
  report(s, t.source, "order lines", Role::kOrderId, orders_found);
  if (not_returns > 0)
    t.decisions.push_back(Decision{"Return flag", std::to_string(not_returns) + " rows say the item was not returned: no return line",
                                   ""});
}

// Optional per-line columns (cost, return reason): filled only when some
// file has them, so stores of files without them carry no empty vectors.
bool is_line_kind(FileKind k) { return k == FileKind::kOrderLines || k == FileKind::kOrderItems; }

}  // namespace

Result<FactStore> assemble_dataset(std::vector<LoadedFile> files) {
  FactStore s;
  // (1) Reference files.
  DatasetLookups look;
  bool any_lines = false;
  for (LoadedFile& lf : files) {
    const Table& t = lf.table;
    switch (lf.profile.kind) {
      case FileKind::kOrders: look.add_orders(t); break;
      case FileKind::kCustomers: look.add_customers(t); break;
      case FileKind::kProducts:
      case FileKind::kInventory: look.add_products(t); break;
      case FileKind::kPayments: look.add_payments(t); break;
      case FileKind::kCategoryTranslation: look.add_translation(t); break;
      default: any_lines = any_lines || is_line_kind(lf.profile.kind); break;
    }
  }
  if (!any_lines) {
    // A single file that is not order lines says what it lacks.
    if (files.size() == 1) {
      std::string missing = missing_order_line_roles(files[0].profile.roles());
      if (!missing.empty())
        return make_error(ErrorCode::kMissingRole, "no column found for " + missing, Location{files[0].table.source});
    }
    return make_error(ErrorCode::kMissingRole,
                      "no file holds order lines (an order id with prices); map the columns in the import step");
  }
  // (2)-(3) Lines.
  LineAttrs per_line_names;
  for (size_t f = 0; f < files.size(); ++f) {
    if (!is_line_kind(files[f].profile.kind)) continue;
    LineBuilder b(s, per_line_names, look, files[f], static_cast<uint16_t>(f));
    if (auto st = b.run(); !st) return st.take_error();
  }
  // (3b) Returns files, once every order's lines are known.
  for (size_t f = 0; f < files.size(); ++f)
    if (files[f].profile.kind == FileKind::kReturns) add_returns_file(s, per_line_names, files[f], static_cast<uint16_t>(f));
  // (4) Payments.
  add_payments(s, look);
  // (4b) Event logs, stock snapshots and delivery dates (event_assembly.h).
  const Catalogue catalogue = products_catalogue(files);
  for (size_t f = 0; f < files.size(); ++f) {
    if (files[f].profile.kind == FileKind::kEvents) add_events_file(s, catalogue, files[f], static_cast<uint16_t>(f));
    if (files[f].profile.kind == FileKind::kInventory) add_stock_file(s, catalogue, files[f], static_cast<uint16_t>(f));
    if (files[f].profile.kind == FileKind::kSpend) add_spend_file(s, files[f], static_cast<uint16_t>(f));
  }
  add_delivery_dates(s, files);
  // (6) Provenance, every file in the order given.
  for (LoadedFile& lf : files) {
    Table& t = lf.table;
    if (!t.counts.balanced())  // every reader keeps read = loaded + rejected + duplicates
      return make_error(ErrorCode::kBadValue, "the file's row counts do not balance: please report it", Location{t.source});
    SourceFile sf;
    sf.name = t.source;
    sf.layout = lf.profile.layout;
    sf.encoding = encoding_name(lf.profile.encoding.encoding);
    sf.bytes = t.bytes;
    sf.fingerprint = lf.fingerprint;
    sf.counts = t.counts;
    sf.decisions = t.decisions;
    sf.kind = file_kind_name(lf.profile.kind);
    sf.format = file_format_name(lf.profile.format);
    s.files.push_back(std::move(sf));
    sort_rows(t.rejected, [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    for (RejectedRow& rr : t.rejected) s.rejected.push_back(std::move(rr));
  }
  // Optional per-line columns (channel, state, status, discount, cost...) are
  // empty unless some line has a value: push_optional() never allocated them.
  // (5) Per-product name and category; lines without a category take their product's.
  pick_per_product(s.product, per_line_names.name, s.products.size(), s.product_name);
  if (s.suppliers.size() > 1) pick_per_product(s.product, per_line_names.supplier, s.products.size(), s.product_supplier);
  pick_per_product(s.product, s.category, s.products.size(), s.product_category);
  for (size_t i = 0; i < s.category.size(); ++i)
    if (s.category[i] == 0) s.category[i] = s.product_category[s.product[i]];
  bool any_day = false;
  for (size_t i = 0; i < s.lines(); ++i) {
    if (s.kind[i] == LineKind::kExcluded) {
      ++s.excluded_lines;
      continue;
    }
    if (!any_day || s.day[i] < s.first_day) s.first_day = s.day[i];
    if (!any_day || s.day[i] > s.last_day) s.last_day = s.day[i];
    any_day = true;
  }
  // (7) Date order.
  sort_lines_by_day(s);
  return s;
}

Result<FactStore> assemble_order_lines(std::vector<LoadedFile> files) { return assemble_dataset(std::move(files)); }

}  // namespace starcart
