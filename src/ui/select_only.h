// Cross-filtering by one value (a country on the map, a payment type in the
// mix): the filter keeps only that value of the dimension; when it already
// keeps only that value, the same click clears the dimension.
#pragma once

#include <string>

#include "ui/filter_model.h"

namespace starcart {

inline void select_only(Filter& f, Dimension d, const std::string& value) {
  std::vector<std::string>& v = filter_values(f, d);
  if (v.size() == 1 && v[0] == value) v.clear();
  else v.assign(1, value);
}

}  // namespace starcart
