// Roles from headers (several languages, JSON paths) and from value shapes,
// checked against types, assigned one column per role.
#include <doctest.h>

#include "ingest/header_synonyms.h"
#include "ingest/role_detection.h"
#include "ingest/value_shapes.h"

using namespace starcart;

namespace {

std::vector<RoleGuess> roles(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  return detect_roles(header, rows);
}

}  // namespace

TEST_CASE("headers in German, Portuguese, Spanish, French and Dutch") {
  auto g = roles({"Bestellnummer", "Anzahl", "Preis", "Kundennummer"}, {{"A1", "2", "3,50", "K1"}});
  CHECK(g[0].role == Role::kOrderId);
  CHECK(g[1].role == Role::kQuantity);
  CHECK(g[2].role == Role::kUnitPrice);
  CHECK(g[3].role == Role::kCustomerId);
  CHECK(g[0].confidence == doctest::Approx(0.95));
  CHECK(g[0].reason == "header 'Bestellnummer' is a name for Order ID");
  auto pt = roles({"pedido", "quantidade", "pre\xC3\xA7o", "data"}, {{"1", "2", "10,00", "01/02/2024"}});
  CHECK(pt[0].role == Role::kOrderId);
  CHECK(pt[1].role == Role::kQuantity);
  CHECK(pt[2].role == Role::kUnitPrice);  // "preço" folds to "preco"
  CHECK(pt[3].role == Role::kOrderDate);
  CHECK(roles({"cantidad"}, {{"1"}})[0].role == Role::kQuantity);
  CHECK(roles({"Quantit\xC3\xA9"}, {{"1"}})[0].role == Role::kQuantity);
  CHECK(roles({"Aantal"}, {{"1"}})[0].role == Role::kQuantity);
}

TEST_CASE("normalize_header folds case, punctuation and accents") {
  CHECK(normalize_header("Customer ID") == "customerid");
  CHECK(normalize_header("St\xC3\xBC" "ck") == "stuck");
  CHECK(normalize_header("Order #") == "order");
  CHECK(normalize_header("line_items.price") == "lineitemsprice");
}

TEST_CASE("nested JSON names use their last part") {
  auto c = header_role_candidates("billing_address.country");
  REQUIRE(c.size() == 1);
  CHECK(c[0].role == Role::kCountry);
  CHECK(c[0].confidence == doctest::Approx(0.85));
  CHECK(header_role_candidates("customer.id")[0].role == Role::kCustomerId);
  CHECK(header_role_candidates("line_items.name")[0].role == Role::kProductName);
}

TEST_CASE("value shapes find roles the header does not name") {
  auto g = roles({"a", "b", "c", "d", "e"},
                 {{"ann@example.com", "France", "EUR", "credit_card", "delivered"},
                  {"bob@example.org", "DE", "EUR", "boleto", "canceled"},
                  {"cy@example.net", "United Kingdom", "USD", "voucher", "shipped"}});
  CHECK(g[0].role == Role::kEmail);
  CHECK(g[1].role == Role::kCountry);
  CHECK(g[2].role == Role::kCurrency);
  CHECK(g[3].role == Role::kPaymentType);
  CHECK(g[4].role == Role::kOrderStatus);
  CHECK(g[0].reason == "100% of 3 sampled values are email addresses");
}

TEST_CASE("header and values agreeing raise the confidence") {
  auto g = roles({"Country"}, {{"France"}, {"Spain"}});
  CHECK(g[0].role == Role::kCountry);
  CHECK(g[0].confidence == doctest::Approx(0.99));
}

TEST_CASE("1-5 scores are review scores only under a rating header") {
  std::vector<std::vector<std::string>> rows = {{"5"}, {"1"}, {"4"}};
  CHECK(roles({"stars_given"}, rows)[0].role == Role::kReviewScore);
  CHECK(roles({"bucket"}, rows)[0].role == Role::kNone);
}

TEST_CASE("'#1001' values are order numbers (Shopify's Name)") {
  auto g = roles({"Name", "Total"}, {{"#1001", "10.00"}, {"#1001", "10.00"}, {"#1002", "5.00"}});
  CHECK(g[0].role == Role::kOrderId);
  CHECK(g[0].confidence == doctest::Approx(0.75));
}

TEST_CASE("a header whose values contradict its role loses it") {
  auto g = roles({"Quantity", "Qty"}, {{"lots", "2"}, {"few", "3"}});
  CHECK(g[0].role == Role::kNone);  // text under a quantity header
  CHECK(g[1].role == Role::kQuantity);
}

TEST_CASE("each role goes to one column: the most confident, then the leftmost") {
  auto g = roles({"Billing Country", "Shipping Country"}, {{"FR", "FR"}});
  CHECK(g[0].role == Role::kCountry);
  CHECK(g[1].role == Role::kNone);
}

TEST_CASE("the only date column of a file is its order date") {
  auto g = roles({"when", "what"}, {{"2024-01-02", "x"}});
  CHECK(g[0].role == Role::kOrderDate);
  CHECK(g[0].confidence == doctest::Approx(0.5));
}

TEST_CASE("order statuses that mean the order did not count, or was refunded") {
  CHECK(status_means_cancelled("canceled"));
  CHECK(status_means_cancelled("Cancelled"));
  CHECK(status_means_cancelled("unavailable"));
  CHECK_FALSE(status_means_cancelled("delivered"));
  CHECK(status_means_refunded("Refunded"));
  CHECK_FALSE(status_means_refunded("partially_refunded"));
}

TEST_CASE("experiment and supplier headers: variant, ab_group, test group, vendor, brand") {
  std::vector<std::vector<std::string>> rows = {{"control", "Acme"}, {"B", "Globex"}};
  for (const char* h : {"Variant", "experiment_group", "AB Group", "test_group", "ab_bucket", "arm"})
    CHECK(roles({h, "x"}, rows)[0].role == Role::kVariant);
  for (const char* h : {"Supplier", "Vendor", "brand", "Supplier Name", "Manufacturer"})
    CHECK(roles({"x", h}, rows)[1].role == Role::kSupplier);
  CHECK(role_from_key("variant") == Role::kVariant);
  CHECK(role_from_key("supplier") == Role::kSupplier);
}
