// The Overview's Insights panel (issue 11): the ranked insights of the
// current filter, one row each (kind, then the sentence with its numbers).
// A click on a row returns its index: the App applies the insight's link
// (tab + filter + options), as a chart click cross-filters.
#pragma once

#include <optional>

#include "analytics/insights/insights.h"
#include "imgui.h"

namespace starcart {

// A plain label for a kind: "Mover", "Anomaly", "Cohort", "Segment", "Returns".
const char* insight_kind_label(InsightKind k);

class InsightsPanel {
 public:
  // `insights` null: not computed yet (drawn as loading). Returns the clicked row.
  std::optional<size_t> draw(const Insights* insights, ImVec2 size);
};

}  // namespace starcart
