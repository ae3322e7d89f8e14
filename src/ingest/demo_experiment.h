// The demo shop's A/B test, suppliers and states (issue 11), kept apart from
// the generator's random stream: every choice here is a hash of an id the
// generator already has (customer id, invoice number, product position), so
// adding these columns draws nothing from the stream. Only the test's effect
// changes what is generated: during the test, customers in the treatment arm
// order again a little more often (their monthly repeat chance × 1.25), so
// the repeat conversion, revenue per customer and orders of the arm rise —
// a real, modest effect the readout should find on large demos and may call
// "no clear difference" on small ones.
#pragma once

#include <cstdint>
#include <string_view>

namespace starcart::demo {

// The test runs in months kTestFirstMonth..kTestLastMonth of the 24 (0 =
// January of the first year): April to August of the second year.
inline constexpr int kTestFirstMonth = 15;
inline constexpr int kTestLastMonth = 19;
inline bool test_running(int month) { return month >= kTestFirstMonth && month <= kTestLastMonth; }

// Arm of a customer (by id) or of a guest order (by invoice): 0 = control, 1 = treatment.
int arm_of(int64_t key);
std::string_view arm_name(int arm);  // "control", "one-page-checkout"

// The monthly repeat chance (per 10,000) with the test's effect applied.
int repeat_chance(int propensity, int customer_id, int month);

// Supplier of the product at catalogue position `index` in `category`.
std::string_view supplier_of(int index, int category);

// A state code for a customer or guest order in `country` (written as in the
// demo's country list), weighted by population; "" outside the US and Brazil.
std::string_view state_for(std::string_view country, int64_t key);

}  // namespace starcart::demo
