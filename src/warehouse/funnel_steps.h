// Event names to funnel steps. Shops and trackers name the same step many
// ways (GA4 view_item / add_to_cart / begin_checkout / add_payment_info /
// purchase; the public "eCommerce behavior" logs view / cart / purchase;
// Segment "Product Viewed", "Checkout Started", "Order Completed"). The raw
// name is kept next to the step in fact_events.
#pragma once

#include <string_view>

#include "warehouse/fact_store.h"

namespace starcart {

// Case, spaces, '-' and '_' are ignored ("Add To Cart" = add_to_cart).
FunnelStep funnel_step_of(std::string_view event_name);

// "view", "add_to_cart", "begin_checkout", "payment_info", "purchase",
// "remove_from_cart", "other": fact_events.step and report JSON keys.
const char* funnel_step_key(FunnelStep step);
// "Viewed", "Added to cart", ...: UI labels.
const char* funnel_step_label(FunnelStep step);

}  // namespace starcart
