// Known export layouts, recognised by their header: the name is shown to the
// user ("Shopify orders export") so they can see we understood their file, and
// the layout fixes what detection alone would get wrong: Shopify's "Name" is
// the order number and its "Total" is the order's, not the line's; its
// order-level fields are written on an order's first row only.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/roles.h"

namespace starcart {

// What one file of a dataset holds (dataset classification).
enum class FileKind : uint8_t {
  kOrderLines,   // one row per order line, dated (UCI Online Retail, Shopify, generic)
  kOrderItems,   // order lines without dates: the date is in an orders file (Olist)
  kOrders,       // one row per order: date, customer, status
  kCustomers,
  kProducts,
  kPayments,
  kReturns,
  kCampaigns,
  kEvents,
  kInventory,
  kReviews,
  kCategoryTranslation,  // category name -> English (Olist)
  kSpend,                // marketing spend per day and channel / campaign
  kOther,                // read and counted, not part of the facts
};

const char* file_kind_name(FileKind k);  // "order lines", "orders", "customers"...

struct LayoutSpec {
  std::string_view name;
  FileKind kind;
  std::vector<std::string_view> required;               // normalized names that must all be present
  std::vector<std::pair<std::string_view, Role>> roles;  // normalized name -> role; kNone blocks detection
  bool carry_down = false;  // order-level fields are on an order's first row only (Shopify)
};

// The known layout whose columns the header holds (most specific first);
// nullptr for a generic file.
const LayoutSpec* find_layout(const std::vector<std::string>& header);

// The layout name for a header; "generic order lines" when none matches.
std::string detect_layout(const std::vector<std::string>& header);

// Whether a Shopify column is written on every line (line items, vendor) or
// only on an order's first row (everything else).
bool is_line_item_column(std::string_view normalized);

// The columns of the UCI Online Retail file, in order.
const std::vector<std::string>& online_retail_header();

}  // namespace starcart
