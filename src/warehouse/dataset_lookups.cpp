#include "warehouse/dataset_lookups.h"

namespace starcart {

std::string_view cell_text(const Column* c, size_t row) {
  if (c == nullptr || c->kind != ColumnKind::kText || row >= c->ids.size()) return {};
  return c->dict.at(c->ids[row]);
}

std::string upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return out;
}

RefTable DatasetLookups::index(const Table& t, Role key, bool upper) {
  RefTable r;
  r.table = &t;
  const Column* k = t.column(key);
  if (k == nullptr) return r;
  const size_t n = static_cast<size_t>(t.rows());
  r.rows.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    std::string_view v = cell_text(k, i);
    if (v.empty()) continue;
    r.rows.emplace(upper ? upper_ascii(v) : std::string(v), static_cast<uint32_t>(i));
  }
  return r;
}

RefHit DatasetLookups::find(const std::vector<RefTable>& tables, std::string_view key) {
  if (key.empty()) return {};
  const std::string k(key);
  for (const RefTable& t : tables) {
    auto it = t.rows.find(k);
    if (it != t.rows.end()) return RefHit{&t, it->second};
  }
  return {};
}

void DatasetLookups::add_orders(const Table& t) { orders_.push_back(index(t, Role::kOrderId, false)); }

void DatasetLookups::add_customers(const Table& t) {
  // Olist: customers are looked up by the per-order customer_id.
  customers_.push_back(index(t, t.column(Role::kCustomerId) ? Role::kCustomerId : Role::kCustomerUniqueId, false));
}

void DatasetLookups::add_products(const Table& t) {
  products_.push_back(index(t, t.column(Role::kSku) ? Role::kSku : Role::kProductName, true));
}

void DatasetLookups::add_payments(const Table& t) {
  payment_tables_.push_back(&t);
  const Column* k = t.column(Role::kOrderId);
  if (k == nullptr) return;
  for (size_t i = 0; i < static_cast<size_t>(t.rows()); ++i) {
    std::string_view v = cell_text(k, i);
    if (!v.empty()) payments_[std::string(v)].emplace_back(&t, static_cast<uint32_t>(i));
  }
}

void DatasetLookups::add_translation(const Table& t) {
  // The first column is the name as written, the second its English name.
  if (t.columns.size() < 2) return;
  const Column* from = &t.columns[0];
  const Column* to = &t.columns[1];
  for (size_t i = 0; i < static_cast<size_t>(t.rows()); ++i) {
    std::string_view a = cell_text(from, i), b = cell_text(to, i);
    if (!a.empty() && !b.empty()) translation_.emplace(std::string(a), std::string(b));
  }
}

std::string_view DatasetLookups::translate_category(std::string_view category) const {
  if (translation_.empty() || category.empty()) return category;
  auto it = translation_.find(std::string(category));
  return it == translation_.end() ? category : std::string_view(it->second);
}

const std::vector<std::pair<const Table*, uint32_t>>* DatasetLookups::payments(std::string_view order_id) const {
  auto it = payments_.find(std::string(order_id));
  return it == payments_.end() ? nullptr : &it->second;
}

std::string_view DatasetLookups::main_payment_type(std::string_view order_id) const {
  const auto* rows = payments(order_id);
  if (rows == nullptr) return {};
  std::string_view best;
  Money best_value = 0;
  bool any = false;
  for (const auto& [t, r] : *rows) {
    const Column* type = t->column(Role::kPaymentType);
    const Column* value = t->column(Role::kPaymentValue);
    Money v = value && value->kind == ColumnKind::kMoney && value->values[r] != kNullValue ? value->values[r] : 0;
    std::string_view ty = cell_text(type, r);
    if (ty.empty()) continue;
    if (!any || v > best_value) {
      best = ty;
      best_value = v;
      any = true;
    }
  }
  return best;
}

}  // namespace starcart
