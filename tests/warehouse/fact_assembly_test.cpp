// Optional per-line columns (channel, campaign, payment, state, city,
// status, discount, shipping, cost, return reason, arm) are allocated only
// when some line has a value: an Online Retail file carries none of them.
// When one file of a dataset has the column and another does not, the
// column covers every line, 0 on the other file's lines.
#include <doctest.h>

#include <string>
#include <vector>

#include "support/test_data.h"
#include "warehouse/dataset_load_job.h"

namespace starcart {
namespace {

TEST_CASE("an Online Retail file leaves every optional per-line column empty") {
  FactStore s = test::load_fixture("csv/online_retail_small.csv");
  REQUIRE(s.lines() == 10);  // 11 rows, one exact duplicate (see dataset_load_job_test)
  CHECK(s.channel.empty());
  CHECK(s.campaign.empty());
  CHECK(s.payment.empty());
  CHECK(s.state.empty());
  CHECK(s.city.empty());
  CHECK(s.status.empty());
  CHECK(s.discount.empty());
  CHECK(s.shipping.empty());
  CHECK(s.unit_cost.empty());
  CHECK(s.return_reason.empty());
  CHECK(s.variant.empty());
  CHECK(id_at(s.channel, 3) == 0);
}

TEST_CASE("a column one file of two has covers every line: 0 on the lines of the file without it") {
  std::vector<InputFile> files;
  files.push_back(InputFile{"a.csv",
                            "order_id,order_date,sku,quantity,unit_price\n"
                            "A1,2024-01-02,P1,1,10.00\n"
                            "A2,2024-01-04,P2,2,5.00\n",
                            std::nullopt, nullptr});
  files.push_back(InputFile{"b.csv",
                            "order_id,order_date,sku,quantity,unit_price,channel,state\n"
                            "B1,2024-01-01,P1,1,10.00,,\n"
                            "B2,2024-01-03,P2,3,5.00,Email,Ohio\n",
                            std::nullopt, nullptr});
  DatasetLoadJob job(std::move(files));
  StepState st = StepState::kRunning;
  while ((st = job.step(1000)) == StepState::kRunning) {
  }
  REQUIRE(st == StepState::kDone);
  FactStore s = job.take_store();
  REQUIRE(s.lines() == 4);
  REQUIRE(s.channel.size() == 4);
  REQUIRE(s.state.size() == 4);
  CHECK(s.campaign.empty());
  CHECK(s.payment.empty());
  // Lines are in date order: B1 (Jan 1), A1, B2, A2.
  std::string got;
  for (size_t i = 0; i < s.lines(); ++i)
    got += std::string(s.orders.at(s.order[i])) + ":" + std::string(s.channels.at(s.channel[i])) + ":" +
           std::string(s.states.at(s.state[i])) + " ";
  CHECK(got == "B1:: A1:: B2:Email:Ohio A2:: ");
}

}  // namespace
}  // namespace starcart
