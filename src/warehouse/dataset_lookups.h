// The reference files of a dataset (orders, customers, products, payments,
// category translations) indexed by their key, so order lines can look up
// what they do not carry themselves: Olist's order items find their date,
// status and customer in the orders file, the customer's person
// (customer_unique_id) and place in the customers file, the category in the
// products file (in English with the translation file), the payment in the
// payments file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/money.h"
#include "ingest/table.h"

namespace starcart {

// The text of a row's cell in a text column ("" for a missing column).
std::string_view cell_text(const Column* c, size_t row);
std::string upper_ascii(std::string_view s);

// One reference table indexed by a key column (first row wins).
struct RefTable {
  const Table* table = nullptr;
  std::unordered_map<std::string, uint32_t> rows;
  const Column* col(Role r) const { return table->column(r); }
};

// A hit: which table and which row.
struct RefHit {
  const RefTable* ref = nullptr;
  uint32_t row = 0;
  explicit operator bool() const { return ref != nullptr; }
  std::string_view text(Role r) const { return ref ? cell_text(ref->col(r), row) : std::string_view(); }
};

class DatasetLookups {
 public:
  void add_orders(const Table& t);
  void add_customers(const Table& t);
  void add_products(const Table& t);
  void add_payments(const Table& t);
  void add_translation(const Table& t);

  bool has_orders() const { return !orders_.empty(); }
  bool has_customers() const { return !customers_.empty(); }
  bool has_products() const { return !products_.empty(); }
  bool has_payments() const { return !payment_tables_.empty(); }
  bool has_translation() const { return !translation_.empty(); }

  RefHit order(std::string_view order_id) const { return find(orders_, order_id); }
  RefHit customer(std::string_view customer_id) const { return find(customers_, customer_id); }
  RefHit product(std::string_view sku) const { return find(products_, upper_ascii(sku)); }
  // The category in English when a translation file gives it.
  std::string_view translate_category(std::string_view category) const;

  // Payment rows of one order: (table, row) pairs in file order.
  const std::vector<std::pair<const Table*, uint32_t>>* payments(std::string_view order_id) const;
  // The type of the order's largest payment (ties: the first written).
  std::string_view main_payment_type(std::string_view order_id) const;

  const std::vector<RefTable>& orders() const { return orders_; }
  const std::vector<RefTable>& customers() const { return customers_; }
  const std::vector<RefTable>& products() const { return products_; }
  const std::vector<const Table*>& payment_tables() const { return payment_tables_; }

 private:
  static RefHit find(const std::vector<RefTable>& tables, std::string_view key);
  static RefTable index(const Table& t, Role key, bool upper);

  std::vector<RefTable> orders_, customers_, products_;
  std::vector<const Table*> payment_tables_;
  std::unordered_map<std::string, std::vector<std::pair<const Table*, uint32_t>>> payments_;
  std::unordered_map<std::string, std::string> translation_;
};

}  // namespace starcart
