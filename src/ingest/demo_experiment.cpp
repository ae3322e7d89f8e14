#include "ingest/demo_experiment.h"

#include "core/state_codes.h"
#include "ingest/demo_catalogue.h"

namespace starcart::demo {

namespace {

// splitmix64's finalizer: a well-mixed 64-bit hash of an integer.
uint64_t mix(uint64_t z) {
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

}  // namespace

int arm_of(int64_t key) { return static_cast<int>(mix(static_cast<uint64_t>(key) ^ 0xAB7E57ULL) >> 40) & 1; }

std::string_view arm_name(int arm) { return arm == 0 ? "control" : "one-page-checkout"; }

int repeat_chance(int propensity, int customer_id, int month) {
  if (!test_running(month) || arm_of(customer_id) == 0) return propensity;
  return propensity * 125 / 100;
}

std::string_view supplier_of(int index, int category) {
  const int k = static_cast<int>(mix(static_cast<uint64_t>(index) ^ 0x5E991ULL) % kSuppliersPerCategory);
  return kSuppliers[category * kSuppliersPerCategory + k];
}

std::string_view state_for(std::string_view country, int64_t key) {
  const std::vector<StateInfo>& states =
      states_of(country == "United States" ? "US" : country == "Brazil" ? "BR" : "");
  if (states.empty()) return {};
  int total = 0;
  for (const StateInfo& s : states) total += s.weight;
  int r = static_cast<int>(mix(static_cast<uint64_t>(key) ^ 0x57A7EULL) % static_cast<uint64_t>(total));
  for (const StateInfo& s : states) {
    if (r < s.weight) return s.code;
    r -= s.weight;
  }
  return states.back().code;
}

}  // namespace starcart::demo
