// What a generic file holds in a dataset, from the roles its columns play.
#include <doctest.h>

#include "ingest/file_kinds.h"
#include "ingest/file_profile.h"

using namespace starcart;

namespace {

FileKind kind_of(const std::string& csv) {
  auto p = inspect_file("f.csv", csv);
  REQUIRE(p.ok());
  return p->kind;
}

}  // namespace

TEST_CASE("generic files are classified by their roles") {
  CHECK(kind_of("order_id,order_date,sku,qty,price\n1,2024-01-02,A,1,2.00\n") == FileKind::kOrderLines);
  CHECK(kind_of("order_id,sku,qty,price\n1,A,1,2.00\n") == FileKind::kOrderItems);
  CHECK(kind_of("order_id,order_date,customer_id,status\n1,2024-01-02,K1,delivered\n") == FileKind::kOrders);
  CHECK(kind_of("order_id,payment_type,payment_value\n1,credit_card,10.00\n") == FileKind::kPayments);
  CHECK(kind_of("order_id,return_reason\n1,damaged\n") == FileKind::kReturns);
  CHECK(kind_of("customer_id,email,country\nK1,ann@example.com,France\n") == FileKind::kCustomers);
  CHECK(kind_of("sku,product_name,category\nA,Mug,Kitchen\n") == FileKind::kProducts);
  CHECK(kind_of("sku,stock\nA,12\n") == FileKind::kInventory);
  CHECK(kind_of("campaign,channel,cost\nSPRING,email,100.00\n") == FileKind::kCampaigns);
  CHECK(kind_of("event_type,customer_id,timestamp\npage_view,K1,2024-01-02 10:00:00\n") == FileKind::kEvents);
  CHECK(kind_of("review_id,order_id,rating\nr1,1,5\nr2,2,3\n") == FileKind::kReviews);
  CHECK(kind_of("a,b\nx,y\n") == FileKind::kOther);
}

TEST_CASE("the kind comes with a reason; a known layout names itself") {
  std::string reason;
  RoleMap m;
  m[Role::kCustomerId] = 0;
  CHECK(classify_file(m, nullptr, reason) == FileKind::kCustomers);
  CHECK(reason == "has Customer ID, no order id");
  auto p = inspect_file("olist_orders_dataset.csv",
                        "order_id,customer_id,order_status,order_purchase_timestamp\no1,c1,delivered,2017-10-02 10:56:33\n");
  REQUIRE(p.ok());
  CHECK(p->kind == FileKind::kOrders);
  CHECK(p->kind_reason == "known layout Olist orders");
  CHECK(std::string(file_kind_name(FileKind::kCategoryTranslation)) == "category translation");
}

TEST_CASE("marketing spend files: a day, a channel or campaign and money, no order, customer or product") {
  CHECK(kind_of("date,channel,campaign,spend\n2024-02-01,Social,fb-feb,100.00\n") == FileKind::kSpend);
  // A cost or amount column beside a channel means the spend too.
  CHECK(kind_of("date,utm_source,cost\n2024-02-01,google,12.50\n") == FileKind::kSpend);
  CHECK(kind_of("Date,Campaign,Amount\n2024-02-01,brand,12.50\n") == FileKind::kSpend);
  // Undated campaign lists stay campaigns; a dated order file stays order lines.
  CHECK(kind_of("campaign,channel,cost\nSPRING,email,100.00\n") == FileKind::kCampaigns);
  CHECK(kind_of("order_id,date,channel,price\n1,2024-02-01,Social,3.00\n") == FileKind::kOrderLines);
  std::string reason;
  RoleMap m;
  m[Role::kOrderDate] = 0;
  m[Role::kChannel] = 1;
  m[Role::kSpend] = 2;
  CHECK(classify_file(m, nullptr, reason) == FileKind::kSpend);
  CHECK(reason == "has Order date, Channel / source, Marketing spend, no order id");
  CHECK(std::string(file_kind_name(FileKind::kSpend)) == "marketing spend");
}
