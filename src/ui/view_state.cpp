#include "ui/view_state.h"

namespace starcart {

const char* tab_key(Tab tab) {
  switch (tab) {
    case Tab::kOverview: return "overview";
    case Tab::kImport: return "import";
    case Tab::kCustomers: return "customers";
    case Tab::kCohorts: return "cohorts";
    case Tab::kProducts: return "products";
    case Tab::kGeography: return "geography";
    case Tab::kTrends: return "trends";
    case Tab::kReturns: return "returns";
    case Tab::kPayments: return "payments";
    case Tab::kData: return "data";
    case Tab::kPredict: return "predict";
    case Tab::kCompare: return "compare";
    case Tab::kExperiments: return "experiments";
    case Tab::kOperations: return "operations";
    case Tab::kMarketing: return "marketing";
  }
  return "overview";
}

}  // namespace starcart
