// Known export layouts, recognised by their header: the name is shown to the
// user ("UCI Online Retail") so they can see we understood their file.
#pragma once

#include <string>
#include <vector>

namespace starcart {

// The layout name for a header; "generic order lines" when none matches.
std::string detect_layout(const std::vector<std::string>& header);

// The columns of the UCI Online Retail file, in order.
const std::vector<std::string>& online_retail_header();

}  // namespace starcart
