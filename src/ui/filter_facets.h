// The values a filter can choose from: per dimension, the values that occur
// on lines that count (never excluded lines), with how many lines carry
// each, most frequent first; and the data's date span for the presets.
// Computed once per dataset (one pass over the lines). Pure.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "ui/filter_model.h"
#include "warehouse/fact_store.h"

namespace starcart {

struct FacetValue {
  std::string name;
  int64_t lines = 0;
};

struct Facets {
  std::array<std::vector<FacetValue>, kDimensionCount> values;
  Day first_day = 0, last_day = 0;
  const std::vector<FacetValue>& of(Dimension d) const { return values[static_cast<size_t>(d)]; }
};

Facets compute_facets(const FactStore& store);

}  // namespace starcart
