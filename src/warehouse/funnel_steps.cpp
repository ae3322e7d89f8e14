#include "warehouse/funnel_steps.h"

#include <string>

namespace starcart {

namespace {

struct Name {
  std::string_view squashed;  // lower case, letters and digits only
  FunnelStep step;
};

constexpr Name kNames[] = {
    // 1 view
    {"view", FunnelStep::kView}, {"pageview", FunnelStep::kView}, {"viewitem", FunnelStep::kView},
    {"productview", FunnelStep::kView}, {"productviewed", FunnelStep::kView}, {"viewed", FunnelStep::kView},
    {"detail", FunnelStep::kView}, {"viewproduct", FunnelStep::kView}, {"productdetailview", FunnelStep::kView},
    {"viewcontent", FunnelStep::kView}, {"pdpview", FunnelStep::kView},
    // 2 add to cart
    {"cart", FunnelStep::kAddToCart}, {"addtocart", FunnelStep::kAddToCart}, {"addtobasket", FunnelStep::kAddToCart},
    {"addedtocart", FunnelStep::kAddToCart}, {"productadded", FunnelStep::kAddToCart},
    {"addtobag", FunnelStep::kAddToCart},
    // 3 checkout
    {"begincheckout", FunnelStep::kBeginCheckout}, {"checkout", FunnelStep::kBeginCheckout},
    {"initiatecheckout", FunnelStep::kBeginCheckout}, {"checkoutstarted", FunnelStep::kBeginCheckout},
    {"startcheckout", FunnelStep::kBeginCheckout},
    // 4 shipping / payment details
    {"addpaymentinfo", FunnelStep::kPaymentInfo}, {"addshippinginfo", FunnelStep::kPaymentInfo},
    {"paymentinfoentered", FunnelStep::kPaymentInfo}, {"paymentinfo", FunnelStep::kPaymentInfo},
    {"shippinginfo", FunnelStep::kPaymentInfo}, {"payment", FunnelStep::kPaymentInfo},
    {"checkoutstepcompleted", FunnelStep::kPaymentInfo},
    // 5 purchase
    {"purchase", FunnelStep::kPurchase}, {"transaction", FunnelStep::kPurchase}, {"order", FunnelStep::kPurchase},
    {"ordercompleted", FunnelStep::kPurchase}, {"checkoutcompleted", FunnelStep::kPurchase},
    {"buy", FunnelStep::kPurchase}, {"purchased", FunnelStep::kPurchase}, {"orderplaced", FunnelStep::kPurchase},
    // out of the funnel
    {"removefromcart", FunnelStep::kRemoveFromCart}, {"removefrombasket", FunnelStep::kRemoveFromCart},
    {"productremoved", FunnelStep::kRemoveFromCart},
};

}  // namespace

FunnelStep funnel_step_of(std::string_view event_name) {
  std::string s;
  s.reserve(event_name.size());
  for (char c : event_name) {
    if (c >= 'A' && c <= 'Z') s += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s += c;
  }
  for (const Name& n : kNames)
    if (n.squashed == s) return n.step;
  return FunnelStep::kOther;
}

const char* funnel_step_key(FunnelStep step) {
  switch (step) {
    case FunnelStep::kView: return "view";
    case FunnelStep::kAddToCart: return "add_to_cart";
    case FunnelStep::kBeginCheckout: return "begin_checkout";
    case FunnelStep::kPaymentInfo: return "payment_info";
    case FunnelStep::kPurchase: return "purchase";
    case FunnelStep::kRemoveFromCart: return "remove_from_cart";
    case FunnelStep::kOther: return "other";
  }
  return "other";
}

const char* funnel_step_label(FunnelStep step) {
  switch (step) {
    case FunnelStep::kView: return "Viewed";
    case FunnelStep::kAddToCart: return "Added to cart";
    case FunnelStep::kBeginCheckout: return "Began checkout";
    case FunnelStep::kPaymentInfo: return "Gave payment info";
    case FunnelStep::kPurchase: return "Purchased";
    case FunnelStep::kRemoveFromCart: return "Removed from cart";
    case FunnelStep::kOther: return "Other";
  }
  return "Other";
}

}  // namespace starcart
