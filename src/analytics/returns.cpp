#include "analytics/returns.h"
#include "core/sort_rows.h"

#include <algorithm>

namespace starcart {

namespace {

struct GroupTotals {
  std::vector<Money> returned, revenue;
  std::vector<int64_t> return_lines, return_units, sale_lines;
  explicit GroupTotals(size_t n)
      : returned(n, 0), revenue(n, 0), return_lines(n, 0), return_units(n, 0), sale_lines(n, 0) {}
  void add(uint32_t g, LineKind kind, Money v, int32_t q) {
    if (kind == LineKind::kReturn) {
      returned[g] += v;
      ++return_lines[g];
      return_units[g] += q < 0 ? -static_cast<int64_t>(q) : q;
    } else {
      revenue[g] += v;
      ++sale_lines[g];
    }
  }
};

std::optional<double> ratio(double a, double b) {
  if (b == 0) return std::nullopt;
  return a / b;
}

std::vector<ReturnRow> rows(const GroupTotals& t, const Dictionary& dict) {
  std::vector<ReturnRow> out;
  for (uint32_t g = 0; g < t.returned.size(); ++g) {
    if (t.return_lines[g] == 0) continue;
    ReturnRow r;
    r.id = g;
    r.key = dict.at(g);
    r.return_value = t.returned[g];
    r.return_lines = t.return_lines[g];
    r.return_units = t.return_units[g];
    r.revenue = t.revenue[g];
    r.sale_lines = t.sale_lines[g];
    r.rate_value = ratio(static_cast<double>(r.return_value), static_cast<double>(r.revenue));
    r.rate_lines = ratio(static_cast<double>(r.return_lines), static_cast<double>(r.sale_lines));
    out.push_back(r);
  }
  sort_rows(out, [](const ReturnRow& a, const ReturnRow& b) {
    if (a.return_value != b.return_value) return a.return_value > b.return_value;
    return a.key < b.key;
  });
  return out;
}

}  // namespace

Returns compute_returns(const FactIndex& x, const Selection& sel) {
  const FactStore& s = x.facts();
  Returns out;
  GroupTotals product(s.products.size()), category(s.categories.size()), country(s.countries.size());
  Money revenue = 0;
  int64_t sale_lines = 0;
  for (uint32_t i : sel.lines) {
    const LineKind k = s.kind[i];
    const Money v = s.value[i];
    const int32_t q = s.quantity[i];
    product.add(s.product[i], k, v, q);
    category.add(s.category[i], k, v, q);
    country.add(s.country[i], k, v, q);
    if (k == LineKind::kReturn) {
      out.return_value += v;
      ++out.return_lines;
    } else {
      revenue += v;
      ++sale_lines;
    }
  }
  out.rate_value = ratio(static_cast<double>(out.return_value), static_cast<double>(revenue));
  out.rate_lines = ratio(static_cast<double>(out.return_lines), static_cast<double>(sale_lines));
  out.by_product = rows(product, s.products);
  for (ReturnRow& r : out.by_product)
    if (r.id < s.product_name.size()) r.name = s.product_names.at(s.product_name[r.id]);
  out.by_category = rows(category, s.categories);
  out.by_country = rows(country, s.countries);
  return out;
}

}  // namespace starcart
