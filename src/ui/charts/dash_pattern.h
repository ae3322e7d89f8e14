// The dashes of a dashed polyline: where each "on" stretch of a dash/gap
// pattern (dash px on, dash px off, continuing across vertices) starts and
// ends. Pure geometry, no drawing, so it is tested without ImGui.
//
// Why a file of its own: the first version walked each segment with a float
// cursor (s += distance to the next dash edge). When that distance fell below
// half an ulp of the cursor, s + left == s and the loop never ended — on most
// dash lengths (0.35 em with em != 15, e.g. a 1.25 device pixel ratio) it hung
// the page on the first dashed line (the Predict tab's forecast band). Here
// the dashes are counted by an integer index in double precision, so the loop
// runs exactly ceil((phase + len) / period) times per segment.
#pragma once

#include <vector>

#include "imgui.h"

namespace starcart::charts {

struct DashSpan {
  ImVec2 a, b;
};

// The "on" pieces of the pattern along `pts`. A non-finite or non-positive
// dash gives the whole polyline as one piece per segment; segments of zero
// or non-finite length are skipped; at most `max_spans` pieces are returned
// (a line far off screen cannot make a frame unbounded).
std::vector<DashSpan> dash_spans(const std::vector<ImVec2>& pts, float dash, size_t max_spans = 20000);

}  // namespace starcart::charts
