// The filter bar on every tab: the period (presets relative to the data's
// last date, or a custom range), multi-select drop-downs with search for
// countries, categories, channels and payment types (only values present in
// the data, most frequent first, with line counts), and the active filters
// as removable chips with "Clear all".
#pragma once

#include <string>

#include "ui/filter_facets.h"
#include "ui/view_state.h"

namespace starcart {

class FilterBar {
 public:
  // Draws the bar; edits view.filter and view.date_preset. `focus_search`
  // puts the keyboard in the open drop-down's search field. Returns true
  // when the filter changed.
  bool draw(ViewState& view, const Facets& facets, bool focus_search);

 private:
  bool draw_period(ViewState& view, const Facets& facets);
  bool draw_dimension(ViewState& view, const Facets& facets, Dimension dim, bool focus_search);
  bool draw_chips(ViewState& view);

  char search_[96] = {};
  int search_dim_ = -1;   // the drop-down the search text belongs to
  char from_[16] = {}, to_[16] = {};
  std::string date_error_;
};

}  // namespace starcart
