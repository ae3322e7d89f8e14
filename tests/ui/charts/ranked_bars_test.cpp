// The folded "N more" bar of a ranking is drawn muted (theme().other), not
// in the accent of the real bars, in the light and the dark theme; with
// every bar on a row of its own nothing is muted.
#include <doctest.h>

#include <string>
#include <vector>

#include "../headless.h"
#include "ui/charts/ranked_bars.h"

namespace starcart::charts {

namespace {

// Whether a vertex of the frame's draw lists has exactly colour `c` (the
// fills; anti-aliased fringes carry the colour with alpha 0).
bool drawn_in(ImU32 c) {
  const ImDrawData* d = ImGui::GetDrawData();
  for (int l = 0; l < d->CmdListsCount; ++l)
    for (const ImDrawVert& v : d->CmdLists[l]->VtxBuffer)
      if (v.col == c) return true;
  return false;
}

void draw_ranking(int bars, float height) {
  RankedBarsSpec spec;
  for (int i = 0; i < bars; ++i) {
    spec.labels.push_back("Item " + std::to_string(i));
    spec.values.push_back(100.0 - i);
  }
  spec.format = ValueFormat::count();
  ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(600, 600));
  ImGui::Begin("ranking");
  ranked_bars("##rb", ImVec2(500, height), spec);
  ImGui::End();
  ImGui::Render();
}

}  // namespace

TEST_CASE("ranked bars: the folded 'N more' bar is muted in both themes") {
  test::Headless h(ImVec2(800, 700), 1.0f);
  for (bool dark : {false, true}) {
    apply_theme(dark ? dark_theme() : light_theme());
    CAPTURE(dark);
    CHECK(theme().other != theme().accent);
    // 40 bars in 8 em: far fewer rows than bars, so the tail is folded.
    draw_ranking(40, 8 * em());
    CHECK(drawn_in(theme().accent));
    CHECK(drawn_in(theme().other));
    // Three bars in 20 em: each has its row, none is muted.
    draw_ranking(3, 20 * em());
    CHECK(drawn_in(theme().accent));
    CHECK_FALSE(drawn_in(theme().other));
  }
}

}  // namespace starcart::charts
