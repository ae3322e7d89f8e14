#include "ingest/file_kinds.h"

namespace starcart {

namespace {

std::string names(const RoleMap& m, std::initializer_list<Role> roles) {
  std::string out;
  for (Role r : roles) {
    if (!m.has(r)) continue;
    if (!out.empty()) out += ", ";
    out += role_info(r).label;
  }
  return out;
}

}  // namespace

FileKind classify_file(const RoleMap& m, const LayoutSpec* layout, std::string& reason) {
  if (layout != nullptr) {
    reason = "known layout " + std::string(layout->name);
    return layout->kind;
  }
  const bool order = m.has(Role::kOrderId);
  const bool money = m.has(Role::kUnitPrice) || m.has(Role::kLineTotal) || m.has(Role::kQuantity);
  if (m.has(Role::kReviewScore)) {
    reason = "has " + names(m, {Role::kReviewScore, Role::kOrderId});
    return FileKind::kReviews;
  }
  if (m.has(Role::kEventType)) {
    reason = "has " + names(m, {Role::kEventType, Role::kCustomerId, Role::kOrderDate});
    return FileKind::kEvents;
  }
  // A returns file names the order and a reason or flag but no selling
  // price (its quantity is what came back): checked before order lines, or
  // its quantities would be read as sales.
  if (order && (m.has(Role::kReturnReason) || m.has(Role::kReturnFlag)) && !m.has(Role::kUnitPrice) &&
      !m.has(Role::kLineTotal)) {
    reason = "has " + names(m, {Role::kOrderId, Role::kReturnReason, Role::kReturnFlag, Role::kQuantity}) +
             ", no selling price";
    return FileKind::kReturns;
  }
  if (order) {
    if (money) {
      const bool dated = m.has(Role::kOrderDate);
      reason = "has " + names(m, {Role::kOrderId, Role::kOrderDate, Role::kSku, Role::kQuantity, Role::kUnitPrice,
                                  Role::kLineTotal}) +
               (dated ? "" : ", no date");
      return dated ? FileKind::kOrderLines : FileKind::kOrderItems;
    }
    if (m.has(Role::kPaymentValue) || (m.has(Role::kPaymentType) && !m.has(Role::kOrderDate))) {
      reason = "has " + names(m, {Role::kOrderId, Role::kPaymentType, Role::kPaymentValue}) + ", no prices";
      return FileKind::kPayments;
    }
    if (m.has(Role::kReturnReason) || m.has(Role::kReturnFlag)) {
      reason = "has " + names(m, {Role::kOrderId, Role::kReturnReason, Role::kReturnFlag});
      return FileKind::kReturns;
    }
    reason = "has " + names(m, {Role::kOrderId, Role::kOrderDate, Role::kCustomerId, Role::kOrderStatus}) +
             ", no prices";
    return FileKind::kOrders;
  }
  if (m.has(Role::kCustomerId) || m.has(Role::kCustomerUniqueId)) {
    if (!m.has(Role::kSku)) {
      reason = "has " + names(m, {Role::kCustomerId, Role::kCustomerUniqueId, Role::kCountry, Role::kCity}) +
               ", no order id";
      return FileKind::kCustomers;
    }
  }
  if (m.has(Role::kSku) || m.has(Role::kProductName)) {
    if (m.has(Role::kStockLevel)) {
      reason = "has " + names(m, {Role::kSku, Role::kStockLevel}) + ", no order id";
      return FileKind::kInventory;
    }
    reason = "has " + names(m, {Role::kSku, Role::kProductName, Role::kCategory}) + ", no order id";
    return FileKind::kProducts;
  }
  // Marketing spend: dated money per channel or campaign, with no order,
  // customer or product key (those returned above). A spend column says it
  // outright; else a cost or amount column next to a channel or campaign.
  const bool channel = m.has(Role::kChannel) || m.has(Role::kCampaign);
  if (m.has(Role::kOrderDate) && channel &&
      (m.has(Role::kSpend) || m.has(Role::kCost) || m.has(Role::kLineTotal))) {
    reason = "has " + names(m, {Role::kOrderDate, Role::kChannel, Role::kCampaign, Role::kSpend, Role::kCost,
                                Role::kLineTotal}) +
             ", no order id";
    return FileKind::kSpend;
  }
  if (m.has(Role::kCampaign)) {
    reason = "has " + names(m, {Role::kCampaign, Role::kChannel, Role::kCost}) + ", no order id";
    return FileKind::kCampaigns;
  }
  reason = "no order, customer or product key found";
  return FileKind::kOther;
}

}  // namespace starcart
