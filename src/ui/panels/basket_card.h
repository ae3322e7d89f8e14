// "Bought together" (market basket): the minimum-support slider, the
// basket's summary and its pairs and triples tables. On the Products tab
// (issue 10; it was on Predict before).
//
// The slider's value lives in the view's options under the key
// "predict.min_support" (a share of orders, 0.0005 to 0.2): the key keeps
// the name it had when the card was on the Predict tab, so links made then
// (`o.predict.min_support=...`) still open with their minimum support.
#pragma once

#include <map>
#include <string>

#include "analytics/basket/basket.h"

namespace starcart {

inline constexpr const char* kMinSupportOption = "predict.min_support";

// The basket options a view asks for: kMinSupportOption in the view's chart
// options when it is a number in range; the defaults otherwise.
basket::BasketOptions basket_options_of(const std::map<std::string, std::string>& options);

// Draws the card's content (the caller owns the card). Side by side, the
// pairs and triples tables when the card is wide enough, else one above
// the other. True when the slider changed `options` (the basket then runs
// again with basket_options_of(options)).
bool draw_basket(const basket::Basket& b, std::map<std::string, std::string>& options);

}  // namespace starcart
