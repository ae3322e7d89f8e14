// The App's Geography, Trends, Returns, Payments and Data tabs (issue 7):
// each reads the analyzer's figures for the current filter (computed once per
// filter, only for the tab on screen) and turns a click on a country or a
// payment type into a filter edit for every panel.
#include "ui/app.h"

#include <algorithm>

#include "ui/charts/canvas.h"
#include "ui/charts/geo/state_geometry.h"
#include "ui/panels/experiments_tab.h"
#include "ui/rejected_rows.h"
#include "ui/select_only.h"
#include "ui/state_filter.h"

namespace starcart {

namespace {

// The tab's first frame on big data: its figures are computed in the next
// frame, this one says so (draw_tab decides, as for the other tabs).
void loading_state(const char* id) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  charts::chart_placeholder(id, ImVec2(avail.x, std::min(avail.y, 18 * ImGui::GetFontSize())), charts::ChartStatus::kLoading,
                            "");
}

}  // namespace

// The state map's shapes are not in the page: the first time the tab shows
// a country's states they are asked of the platform; until they arrive the
// map shows its loading state.
StateMapView App::state_map_view(const StateMap& m) {
  StateMapView v;
  v.data = &m;
  const std::string asset = charts::geo::state_map_asset(m.country);
  if (asset.empty() || m.rows.empty()) return v;
  StateShapes& s = state_shapes_[asset];
  if (!s.requested) {
    s.requested = true;
    platform_.fetch_asset(asset);
  }
  v.shapes = s.shapes.get();
  v.unavailable = s.error;
  return v;
}

void App::asset_arrived(const std::string& name, std::string_view bytes, const std::string& error) {
  for (const char* country : {"US", "BR"}) {
    if (charts::geo::state_map_asset(country) != name) continue;
    StateShapes& s = state_shapes_[name];
    s.requested = true;
    s.shapes.reset();
    s.error.clear();
    if (!error.empty()) {
      s.error = "its shapes (" + name + ") could not be loaded: " + error + ".";
      return;
    }
    auto shapes = charts::geo::build_state_geometry(bytes, country);
    if (shapes) s.shapes = std::make_unique<charts::geo::MapGeometry>(std::move(*shapes));
    else s.error = shapes.error().message + ".";
  }
}

void App::draw_data_tabs(float content_h) {
  bool loading = false;
  const std::string& currency = session_.store().currency_symbol;
  const uint64_t generation = session_.generation();
  if (draw_tab("Geography", "geography", Tab::kGeography, content_h, loading)) {
    if (loading) {
      loading_state("geography.loading");
    } else {
      const StateMap& states = analyzer_->state_map();
      const GeographyClick click =
          geography_.draw(analyzer_->geography(), world(), state_map_view(states), view_.filter, currency);
      if (click.country) {
        select_only(view_.filter, Dimension::kCountry, *click.country);
        filter_changed_ = true;
      } else if (click.state_info) {
        click_state(view_.filter, states.country, *click.state_info,
                    click.state ? click.state->spellings : std::vector<std::string_view>{});
        filter_changed_ = true;
      }
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (draw_tab("Trends", "trends", Tab::kTrends, content_h, loading)) {
    if (loading) loading_state("trends.loading");
    else trends_.draw(analyzer_->trends(), &analyzer_->forecast(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (draw_tab("Returns", "returns", Tab::kReturns, content_h, loading)) {
    if (loading) loading_state("returns.loading");
    else returns_.draw(*analyzer_, generation, currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (draw_tab("Payments", "payments", Tab::kPayments, content_h, loading)) {
    if (loading) {
      loading_state("payments.loading");
    } else if (auto type = payments_.draw(*analyzer_, generation, currency)) {
      select_only(view_.filter, Dimension::kPayment, *type);
      filter_changed_ = true;
    }
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (!session_.store().variant.empty() &&
      draw_tab("Experiments", "experiments", Tab::kExperiments, content_h, loading)) {
    if (loading) loading_state("experiments.loading");
    else draw_experiments_tab(analyzer_->experiment(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  // Operations only when the data has an event log, a stock file or delivery dates.
  if (has_operations_data(session_.store()) &&
      draw_tab("Operations", "operations", Tab::kOperations, content_h, loading)) {
    if (loading) loading_state("operations.loading");
    else operations_.draw(analyzer_->operations(), currency);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  // The Data tab computes no figures: it never needs the loading frame.
  if (draw_tab("Data", "data", Tab::kData, content_h, loading)) {
    if (data_.draw(session_, console_database(), load_report_, platform_, focus_search_)) download_rejected_rows();
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
}

}  // namespace starcart
