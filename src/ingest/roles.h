// E-commerce column roles: what a column means, independent of its header.
// Detection (header synonyms, value shapes) lives in role_detection.h; the
// mapping the user can edit is a RoleMap.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace starcart {

enum class Role : uint8_t {
  kNone = 0,
  kOrderId,
  kOrderDate,
  kCustomerId,
  kSku,
  kProductName,
  kCategory,
  kQuantity,
  kUnitPrice,
  kLineTotal,
  kDiscount,
  kShipping,
  kTax,
  kCurrency,
  kCountry,
  kState,
  kCity,
  kPostalCode,
  kPaymentType,
  kPaymentValue,
  kInstallments,
  kChannel,
  kCampaign,
  kOrderStatus,
  kReturnFlag,
  kReturnReason,
  kCost,
  kEmail,
  kPersonName,
  kPhone,
  // Added with multi-file datasets and known layouts (append only: the
  // numbering of the roles above is stable).
  kCustomerUniqueId,   // the person behind per-order customer ids (Olist)
  kPaymentSequential,  // 1..n payment rows of one order
  kReviewScore,        // 1-5 stars
  kRefundAmount,       // order-level refunded amount (Shopify)
  kCancelledAt,        // when an order was cancelled (Shopify)
  kStockLevel,         // units on hand (inventory files)
  kEventType,          // page_view, add_to_cart... (event logs)
  // Added with the A/B test readout and the supplier dimension (issue 11).
  kVariant,            // A/B test arm of the line's customer ("control", "B")
  kSupplier,           // supplier / vendor / brand of the product
  kSessionId,          // a visit or anonymous visitor of an event log
  kLocation,           // warehouse / store holding stock (inventory files)
  kDeliveredAt,        // when the customer received the order (Olist)
  kPromisedDelivery,   // the delivery date promised at purchase (Olist estimate)
  // Added with marketing spend files (issue 10).
  kSpend,              // money spent on a channel / campaign on a day
  kCount
};

inline constexpr size_t kRoleCount = static_cast<size_t>(Role::kCount);

// The value type a role requires; role columns are converted to it and a
// value that does not convert rejects its row.
enum class RoleType : uint8_t { kText, kId, kInteger, kMoney, kDate };

struct RoleInfo {
  std::string_view key;    // "order_id": CLI --map keys, report JSON
  std::string_view label;  // "Order ID": UI
  RoleType type;
  bool pii;                // masked in exports when masking is on
};

const RoleInfo& role_info(Role role);
std::optional<Role> role_from_key(std::string_view key);

// Column index per role; -1 when the role is not mapped.
struct RoleMap {
  std::array<int, kRoleCount> column;
  RoleMap() { column.fill(-1); }
  int operator[](Role r) const { return column[static_cast<size_t>(r)]; }
  int& operator[](Role r) { return column[static_cast<size_t>(r)]; }
  bool has(Role r) const { return (*this)[r] >= 0; }
};

}  // namespace starcart
