// Fixed tables the demo shop draws from: categories with product words and
// price ranges, countries, channels with campaigns, payment types. Weights
// are integers (per 10,000 or relative), so generation stays integer-only.
#pragma once

#include <cstdint>

namespace starcart::demo {

struct CategoryDef {
  const char* name;
  const char* const* nouns;
  int noun_count;
  int64_t min_price_cents;
  int64_t max_price_cents;
};

struct Weighted {
  const char* name;
  int weight;
};

extern const CategoryDef kCategories[];
extern const int kCategoryCount;
extern const char* const kAdjectives[];
extern const int kAdjectiveCount;
extern const char* const kColours[];
extern const int kColourCount;

extern const Weighted kCountries[];
extern const int kCountryCount;
extern const Weighted kChannels[];
extern const int kChannelCount;
extern const Weighted kPayments[];
extern const int kPaymentCount;

// Suppliers, three per category (index category * 3 + k): a product's
// supplier is fixed by its catalogue position, so adding the column draws
// nothing from the generator's random stream.
extern const char* const kSuppliers[];
extern const int kSuppliersPerCategory;

// Relative order volume by calendar month (1..12): the November peak.
extern const int kSeasonality[12];

}  // namespace starcart::demo
