// Products: the revenue ranking as a sortable table with a search field
// (`/` focuses it), revenue by category as bars (a click toggles the
// category in the filter) and the ABC / Pareto chart with the class summary.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analytics/products.h"
#include "imgui.h"
#include "ui/product_table.h"

namespace starcart {

class ProductsTab {
 public:
  // `version` changes whenever `p` does (the table view is cached on it).
  // Returns true when a click changed `filter`.
  // `loading`: draw the loading state.
  bool draw(const ProductAnalysis& p, uint64_t version, const std::string& currency, Filter& filter, bool focus_search,
            bool loading = false);
  // Puts `text` in the search field (a product clicked elsewhere: its SKU).
  void set_search(const std::string& text);

 private:
  void draw_table(const ProductAnalysis& p, uint64_t version, const std::string& currency, bool focus_search);
  bool draw_categories(const ProductAnalysis& p, const std::string& currency, Filter& filter, ImVec2 size);
  void draw_pareto(const ProductAnalysis& p, const std::string& currency, ImVec2 size);

  bool loading_ = false;
  char search_[96] = "";
  ProductColumn sort_by_ = ProductColumn::kRank;
  bool ascending_ = true;
  std::vector<uint32_t> view_;
  uint64_t view_version_ = ~uint64_t{0};
  std::string view_search_;
  // The widest cell of each column (header or value), for the figures of
  // widths_version_ at em widths_em_: they choose the columns (products_tab.cpp).
  struct Widths {
    float rank = 0, sku = 0, name = 0, category = 0, revenue = 0, units = 0, share = 0, abc = 0;
  };
  Widths widths_;
  float widths_em_ = 0;
  uint64_t widths_version_ = ~uint64_t{0};
};

}  // namespace starcart
