// The data-quality report of the Data tab, read from the warehouse's dq_
// tables once per dataset: the rules (severity, what they check, rows
// checked and failing, example rows on hover) and the profile of every
// column (type, NULL share, distinct values, minimum, maximum).
#pragma once

#include <string>

#include "warehouse/data_quality.h"

namespace starcart {

class QualityPanel {
 public:
  // `db`: nullptr while SQLite is being filled.
  void draw(Database* db, double fill_fraction, uint64_t generation);
  int64_t failing_rules() const { return loaded_ ? report_.failing_rules() : -1; }

 private:
  void draw_rules();
  void draw_profile();

  QualityReport report_;
  std::string error_;
  uint64_t generation_ = 0;
  bool loaded_ = false;
};

}  // namespace starcart
