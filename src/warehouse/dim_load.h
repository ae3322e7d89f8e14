// Load step 2, the dimensions, before any fact: (a) the unknown members on a
// first build, (b) dim_date, (c) dim_product, (d) dim_channel, (e)
// dim_payment, (f) dim_geography for the lines, (g) dim_customer with SCD
// type 2 (dim_customer_load.h), (h) the new geography members. Existing
// members keep their keys; the keys of every store id land in the context.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/job.h"
#include "warehouse/load_context.h"

namespace starcart {

class GeographyMembers;

// The steps (a) .. (h), one or more per slice.
class DimensionStep {
 public:
  explicit DimensionStep(LoadContext& c);
  ~DimensionStep();
  // true when every dimension is loaded.
  Result<bool> step(const StepClock& clock);

 private:
  LoadContext& c_;
  int next_ = 0;
  std::unique_ptr<GeographyMembers> geo_;
};

// dim_date's key of a day: yyyymmdd; 0 for a missing date.
int32_t date_key(Day d);
// The day of a yyyymmdd key; kNullDay for 0.
Day day_from_date_key(int64_t key);

// "Home > Kitchen > Knives" -> {"Home", "Kitchen > Knives"}; "Garden" -> {"Garden", ""}.
struct CategoryPath {
  std::string category, subcategory;
};
CategoryPath split_category(std::string_view text);

}  // namespace starcart
