#include "ingest/layouts.h"

#include <algorithm>

#include "ingest/role_detection.h"

namespace starcart {

namespace {

struct Layout {
  const char* name;
  std::vector<std::string> columns;  // normalized names that must all be present
};

const std::vector<Layout>& layouts() {
  static const std::vector<Layout> kLayouts = {
      {"starcart demo shop", {"invoiceno", "stockcode", "description", "quantity", "invoicedate",
                              "unitprice", "customerid", "country", "category", "channel", "paymenttype"}},
      {"UCI Online Retail", {"invoiceno", "stockcode", "description", "quantity", "invoicedate",
                             "unitprice", "customerid", "country"}},
      {"UCI Online Retail II", {"invoice", "stockcode", "description", "quantity", "invoicedate",
                                "price", "customerid", "country"}},
      {"Shopify orders export", {"name", "email", "financialstatus", "paidat", "lineitemquantity",
                                 "lineitemname", "lineitemprice"}},
      {"Olist order items", {"orderid", "orderitemid", "productid", "sellerid", "price", "freightvalue"}},
      {"Olist orders", {"orderid", "customerid", "orderstatus", "orderpurchasetimestamp"}},
      {"Olist customers", {"customerid", "customeruniqueid", "customerzipcodeprefix", "customercity"}},
      {"Olist payments", {"orderid", "paymentsequential", "paymenttype", "paymentinstallments",
                          "paymentvalue"}},
      {"Olist products", {"productid", "productcategoryname"}},
  };
  return kLayouts;
}

}  // namespace

std::string detect_layout(const std::vector<std::string>& header) {
  std::vector<std::string> norm;
  for (const std::string& h : header) norm.push_back(normalize_header(h));
  for (const Layout& l : layouts()) {
    bool all = std::all_of(l.columns.begin(), l.columns.end(), [&](const std::string& c) {
      return std::find(norm.begin(), norm.end(), c) != norm.end();
    });
    if (all) return l.name;
  }
  return "generic order lines";
}

const std::vector<std::string>& online_retail_header() {
  static const std::vector<std::string> kHeader = {"InvoiceNo", "StockCode", "Description", "Quantity",
                                                   "InvoiceDate", "UnitPrice", "CustomerID", "Country"};
  return kHeader;
}

}  // namespace starcart
