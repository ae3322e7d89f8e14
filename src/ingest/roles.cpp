#include "ingest/roles.h"

namespace starcart {

namespace {

// Indexed by Role; keep in the enum's order.
constexpr RoleInfo kRoles[] = {
    {"none", "(not used)", RoleType::kText, false},
    {"order_id", "Order ID", RoleType::kId, false},
    {"order_date", "Order date", RoleType::kDate, false},
    {"customer_id", "Customer ID", RoleType::kId, true},
    {"sku", "Product ID / SKU", RoleType::kId, false},
    {"product_name", "Product name", RoleType::kText, false},
    {"category", "Category", RoleType::kText, false},
    {"quantity", "Quantity", RoleType::kInteger, false},
    {"unit_price", "Unit price", RoleType::kMoney, false},
    {"line_total", "Line total", RoleType::kMoney, false},
    {"discount", "Discount", RoleType::kMoney, false},
    {"shipping", "Shipping", RoleType::kMoney, false},
    {"tax", "Tax", RoleType::kMoney, false},
    {"currency", "Currency", RoleType::kText, false},
    {"country", "Country", RoleType::kText, false},
    {"state", "State / region", RoleType::kText, false},
    {"city", "City", RoleType::kText, false},
    {"postal_code", "Postal code", RoleType::kText, true},
    {"payment_type", "Payment type", RoleType::kText, false},
    {"payment_value", "Payment value", RoleType::kMoney, false},
    {"installments", "Installments", RoleType::kInteger, false},
    {"channel", "Channel / source", RoleType::kText, false},
    {"campaign", "Campaign", RoleType::kText, false},
    {"order_status", "Order status", RoleType::kText, false},
    {"return_flag", "Return flag", RoleType::kText, false},
    {"return_reason", "Return reason", RoleType::kText, false},
    {"cost", "Cost", RoleType::kMoney, false},
    {"email", "Email", RoleType::kText, true},
    {"person_name", "Name", RoleType::kText, true},
    {"phone", "Phone", RoleType::kText, true},
    {"customer_unique_id", "Customer (person) ID", RoleType::kId, true},
    {"payment_sequential", "Payment number", RoleType::kInteger, false},
    {"review_score", "Review score", RoleType::kInteger, false},
    {"refund_amount", "Refunded amount", RoleType::kMoney, false},
    {"cancelled_at", "Cancelled at", RoleType::kDate, false},
    {"stock_level", "Stock level", RoleType::kInteger, false},
    {"event_type", "Event type", RoleType::kText, false},
    {"variant", "Experiment variant", RoleType::kText, false},
    {"supplier", "Supplier / vendor", RoleType::kText, false},
    {"session_id", "Session / visitor ID", RoleType::kId, false},
    {"location", "Warehouse / location", RoleType::kText, false},
    {"delivered_at", "Delivered at", RoleType::kDate, false},
    {"promised_delivery", "Promised delivery", RoleType::kDate, false},
    {"spend", "Marketing spend", RoleType::kMoney, false},
};
static_assert(sizeof(kRoles) / sizeof(kRoles[0]) == kRoleCount, "kRoles must list every Role");

}  // namespace

const RoleInfo& role_info(Role role) { return kRoles[static_cast<size_t>(role)]; }

std::optional<Role> role_from_key(std::string_view key) {
  for (size_t i = 0; i < kRoleCount; ++i)
    if (kRoles[i].key == key) return static_cast<Role>(i);
  return std::nullopt;
}

}  // namespace starcart
