#include "ingest/layouts.h"

#include <algorithm>

#include "ingest/role_detection.h"

namespace starcart {

namespace {

using R = Role;

const std::vector<LayoutSpec>& layouts() {
  static const std::vector<LayoutSpec> kLayouts = {
      {"starcart demo shop", FileKind::kOrderLines,
       {"invoiceno", "stockcode", "description", "quantity", "invoicedate", "unitprice", "customerid", "country",
        "category", "channel", "paymenttype"},
       {{"campaign", R::kCampaign}, {"variant", R::kVariant}, {"supplier", R::kSupplier}, {"state", R::kState}}},
      {"UCI Online Retail", FileKind::kOrderLines,
       {"invoiceno", "stockcode", "description", "quantity", "invoicedate", "unitprice", "customerid", "country"},
       {}},
      {"UCI Online Retail II", FileKind::kOrderLines,
       {"invoice", "stockcode", "description", "quantity", "invoicedate", "price", "customerid", "country"},
       {}},
      {"Shopify orders export", FileKind::kOrderLines,
       {"name", "email", "financialstatus", "lineitemquantity", "lineitemname", "lineitemprice"},
       {{"name", R::kOrderId}, {"createdat", R::kOrderDate}, {"email", R::kEmail},
        {"financialstatus", R::kOrderStatus}, {"fulfillmentstatus", R::kNone}, {"paidat", R::kNone},
        {"lineitemquantity", R::kQuantity}, {"lineitemprice", R::kUnitPrice}, {"lineitemname", R::kProductName},
        {"lineitemsku", R::kSku}, {"lineitemdiscount", R::kDiscount}, {"discountamount", R::kNone},
        {"discountcode", R::kCampaign}, {"billingcountry", R::kCountry}, {"shippingcountry", R::kNone},
        {"billingprovince", R::kState}, {"shippingprovince", R::kNone}, {"billingcity", R::kCity},
        {"shippingcity", R::kNone}, {"billingzip", R::kPostalCode}, {"shippingzip", R::kNone},
        {"billingphone", R::kPhone}, {"shippingphone", R::kNone}, {"billingname", R::kPersonName},
        {"shippingname", R::kNone}, {"paymentmethod", R::kPaymentType}, {"source", R::kChannel},
        {"refundedamount", R::kRefundAmount}, {"cancelledat", R::kCancelledAt}, {"currency", R::kCurrency},
        {"total", R::kNone}, {"subtotal", R::kNone}, {"shipping", R::kNone}, {"taxes", R::kNone},
        {"id", R::kNone}, {"lineitemcompareatprice", R::kNone}},
       true},
      {"WooCommerce orders (Analytics)", FileKind::kOrderLines,
       {"order", "status", "customer", "itemssold", "netsales"},
       {{"date", R::kOrderDate}, {"order", R::kOrderId}, {"status", R::kOrderStatus}, {"customer", R::kCustomerId},
        {"customertype", R::kNone}, {"products", R::kProductName}, {"itemssold", R::kQuantity},
        {"coupons", R::kCampaign}, {"netsales", R::kLineTotal}}},
      {"Olist order items", FileKind::kOrderItems,
       {"orderid", "orderitemid", "productid", "sellerid", "price", "freightvalue"},
       {{"orderid", R::kOrderId}, {"productid", R::kSku}, {"price", R::kUnitPrice}, {"freightvalue", R::kShipping},
        {"shippinglimitdate", R::kNone}}},
      {"Olist orders", FileKind::kOrders, {"orderid", "customerid", "orderstatus", "orderpurchasetimestamp"},
       {{"orderid", R::kOrderId}, {"customerid", R::kCustomerId}, {"orderstatus", R::kOrderStatus},
        {"orderpurchasetimestamp", R::kOrderDate}, {"orderdeliveredcustomerdate", R::kDeliveredAt},
        {"orderestimateddeliverydate", R::kPromisedDelivery}, {"orderapprovedat", R::kNone},
        {"orderdeliveredcarrierdate", R::kNone}}},
      {"Olist customers", FileKind::kCustomers,
       {"customerid", "customeruniqueid", "customerzipcodeprefix", "customercity"},
       {{"customerid", R::kCustomerId}, {"customeruniqueid", R::kCustomerUniqueId},
        {"customerzipcodeprefix", R::kPostalCode}, {"customercity", R::kCity}, {"customerstate", R::kState}}},
      {"Olist payments", FileKind::kPayments,
       {"orderid", "paymentsequential", "paymenttype", "paymentinstallments", "paymentvalue"},
       {{"orderid", R::kOrderId}, {"paymentsequential", R::kPaymentSequential}, {"paymenttype", R::kPaymentType},
        {"paymentinstallments", R::kInstallments}, {"paymentvalue", R::kPaymentValue}}},
      {"Olist category translation", FileKind::kCategoryTranslation,
       {"productcategoryname", "productcategorynameenglish"},
       {{"productcategoryname", R::kCategory}}},
      {"Olist products", FileKind::kProducts, {"productid", "productcategoryname"},
       {{"productid", R::kSku}, {"productcategoryname", R::kCategory}, {"productphotosqty", R::kNone}}},
      {"Olist reviews", FileKind::kReviews, {"reviewid", "orderid", "reviewscore"},
       {{"orderid", R::kOrderId}, {"reviewscore", R::kReviewScore}, {"reviewid", R::kNone},
        {"reviewcommenttitle", R::kNone}, {"reviewcommentmessage", R::kNone}, {"reviewcreationdate", R::kNone},
        {"reviewanswertimestamp", R::kNone}}},
      {"Olist sellers", FileKind::kOther, {"sellerid", "sellerzipcodeprefix", "sellercity"},
       {{"sellerzipcodeprefix", R::kNone}, {"sellercity", R::kNone}, {"sellerstate", R::kNone}}},
      // The CDNOW research log (Fader & Hardie): one row per purchase, no order
      // number; an order is a customer's purchases on one day.
      {"CDNOW transactions", FileKind::kOrderLines, {"customerid", "date", "numberofcds", "dollarvalue"},
       {{"customerid", R::kCustomerId}, {"date", R::kOrderDate}, {"numberofcds", R::kQuantity},
        {"dollarvalue", R::kLineTotal}}},
      {"Olist geolocation", FileKind::kOther, {"geolocationzipcodeprefix", "geolocationlat", "geolocationlng"},
       {{"geolocationzipcodeprefix", R::kNone}, {"geolocationcity", R::kNone}, {"geolocationstate", R::kNone}}},
  };
  return kLayouts;
}

}  // namespace

const char* file_kind_name(FileKind k) {
  switch (k) {
    case FileKind::kOrderLines: return "order lines";
    case FileKind::kOrderItems: return "order items";
    case FileKind::kOrders: return "orders";
    case FileKind::kCustomers: return "customers";
    case FileKind::kProducts: return "products";
    case FileKind::kPayments: return "payments";
    case FileKind::kReturns: return "returns";
    case FileKind::kCampaigns: return "campaigns";
    case FileKind::kEvents: return "events";
    case FileKind::kInventory: return "inventory";
    case FileKind::kReviews: return "reviews";
    case FileKind::kCategoryTranslation: return "category translation";
    case FileKind::kSpend: return "marketing spend";
    case FileKind::kOther: return "other";
  }
  return "?";
}

const LayoutSpec* find_layout(const std::vector<std::string>& header) {
  std::vector<std::string> norm;
  for (const std::string& h : header) norm.push_back(normalize_header(h));
  for (const LayoutSpec& l : layouts()) {
    bool all = std::all_of(l.required.begin(), l.required.end(), [&](std::string_view c) {
      return std::find(norm.begin(), norm.end(), c) != norm.end();
    });
    if (all) return &l;
  }
  return nullptr;
}

std::string detect_layout(const std::vector<std::string>& header) {
  const LayoutSpec* l = find_layout(header);
  return l ? std::string(l->name) : "generic order lines";
}

bool is_line_item_column(std::string_view normalized) {
  return normalized.rfind("lineitem", 0) == 0 || normalized == "vendor";
}

const std::vector<std::string>& online_retail_header() {
  static const std::vector<std::string> kHeader = {"InvoiceNo", "StockCode", "Description", "Quantity",
                                                   "InvoiceDate", "UnitPrice", "CustomerID", "Country"};
  return kHeader;
}

}  // namespace starcart
