// Data quality, step 2: the rules. What needs every order line is gathered
// during the profile's pass over fact_sales (SalesChecks); the rest are small
// SQL queries over dimensions, indexes and the audit tables.
//
// Rules (rule_id, severity):
//   non_positive_price (warning)  unit price <= 0: excluded from every figure
//   zero_quantity (warning)       quantity 0: excluded from every figure
//   future_date (error)           order date after the reference day
//   orphan_key (error)            a key with no row in the table it refers to
//   duplicate_key (error)         a natural key on more than one row
//   order_lines_scattered (error) an order's lines are not one line_key range
//                                 (loads write them together; marts rely on it)
//   price_outlier (warning)       a sale price above 10x or below 1/10 of the
//                                 product's median sale price (products with
//                                 at least 5 sale lines)
//   quantity_outlier (warning)    a sale quantity above Q3 x (Q3/Q1)^3: Tukey's
//                                 far-out fence (3 IQR) on log(quantity), in
//                                 integers (from 100 sale lines on)
//   order_several_customers (warning)  one order id, several customer ids
//   guest_sale (info)             sale lines without a customer id
//   unlinked_return (info)        returns not linked to a sale
//   unbalanced_file (error)       rows read != loaded + rejected + duplicates
//   rejected_row (warning)        rows ingest could not read
//   duplicate_source_row (info)   exact duplicate source rows, loaded once
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "warehouse/data_quality.h"
#include "warehouse/dq_profile.h"

namespace starcart {

class SalesChecks {
 public:
  // Finds the columns it reads among fact_sales' columns.
  explicit SalesChecks(const std::vector<ProfiledColumn>& columns);
  void add_row(const Statement& row);

  // 12 bytes: a million sale lines are held until the rules run (4 MB less
  // than a 64-bit price at the data-quality step, the top of the SQLite
  // build's memory). A price past 32 bits (214,748.3647) is kWidePrice here
  // and kept apart: read prices with price_of(). Line keys are bits
  // (sale_key()): rows arrive in line_key order.
  struct SaleLine {
    int32_t price;
    int32_t product;
    int32_t quantity;
  };
  static constexpr int32_t kWidePrice = INT32_MIN;
  struct Found {
    int64_t count = 0;
    std::vector<int64_t> first_keys;  // the first few line keys, in scan order
    void add(int64_t key, size_t limit) {
      if (first_keys.size() < limit) first_keys.push_back(key);
      ++count;
    }
  };

  int64_t rows = 0, sale_lines = 0, guest_sale_lines = 0;
  Found non_positive_price, zero_quantity, guest_sales;
  // (order_key, line_key) of lines sharing (order_key, line_number) with
  // another line of the same run of their order.
  std::vector<std::pair<int64_t, int64_t>> duplicate_lines;
  std::vector<int64_t> scattered_orders;  // order keys seen again after other orders' lines
  std::vector<std::pair<int64_t, int64_t>> date_counts;  // (date_key, lines), date order after finish()
  std::vector<SaleLine> sales;
  std::vector<int64_t> order_customer;  // per order_key: the first non-guest customer; -1 = several
  size_t keep = 5;
  // Room for this many lines (an upper bound: no growth by copies).
  void reserve(size_t lines) {
    sales.reserve(lines);
    sale_bits_.reserve(lines / 64 + 1);
  }
  void finish();
  // The line key of sales[k] (after finish()).
  int64_t sale_key(size_t k) const;
  // The unit price (e4) of sales[k].
  int64_t price_of(size_t k) const;

 private:
  int line_key_ = -1, order_key_ = -1, customer_key_ = -1, product_key_ = -1, date_key_ = -1, quantity_ = -1,
      price_ = -1, kind_ = -1;
  int64_t last_date_key_ = -1;
  void close_order();
  int64_t current_order_ = -1;
  std::vector<std::pair<int64_t, int64_t>> current_lines_;  // (line_number, line_key) of the current order
  // Orders whose run of lines ended: a bit per order key (keys are dense:
  // 177,611 orders at 1M lines, 22 kB instead of a 4 MB set); keys past
  // kClosedBitsMax in the set.
  static constexpr int64_t kClosedBitsMax = int64_t{1} << 26;
  std::vector<uint64_t> closed_bits_;
  FlatSet64 closed_orders_;
  bool is_closed(int64_t order) const;
  // Bit (key - first_sale_key_) is set for each sale line; sale_rank_[w] is
  // the number of bits set before word w.
  int64_t first_sale_key_ = 0;
  std::vector<uint64_t> sale_bits_;
  std::vector<uint32_t> sale_rank_;
  std::vector<std::pair<uint32_t, int64_t>> wide_prices_;  // (index into sales, price) in index order
  int line_number_ = -1;
};

// The rules in groups, so that a job can run one group per slice.
enum class RuleGroup : uint8_t { kFactSales, kOrphanKeys, kDuplicateKeys, kLoads, kCount };

// Evaluates one group of rules into `report` (kFactSales first: it sets the
// reference day). `profilers` hold the profiled tables (with the values of
// their foreign-key columns); `sales` the pass over fact_sales.
Status evaluate_rules(RuleGroup group, Database& db, const QualityOptions& options,
                      const std::vector<TableProfiler>& profilers, const SalesChecks& sales, QualityReport& report);

}  // namespace starcart
