#include "ui/panels/basket_card.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/format.h"
#include "imgui.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace starcart {

namespace {

// The minimum-support slider's range (shares of orders).
constexpr double kMinSupportLow = 0.0005, kMinSupportHigh = 0.2;

// The card width (in em) from which pairs and triples sit side by side with
// about 9 em per product name; narrower, side by side cut the names to a few
// letters ("WHI…" at 1,024 px), and stacked each table showed two rows.
constexpr float kSideBySideEm = 56;

// The table switch's buttons and the width they take (the slider's line
// leaves it room).
const char* const kSwitchLabels[] = {"Pairs", "Triples"};  // their counts are in the summary line

float table_switch_width() {
  return button_width(kSwitchLabels[0]) + ImGui::GetStyle().ItemSpacing.x + button_width(kSwitchLabels[1]);
}

// Narrow cards show one table at a time at full width, chosen by a switch at
// the right end of the slider's line (the title line, with buttons, would
// take a table row); the choice is kept in the card window's storage.
// Returns whether the triples are shown.
bool table_switch() {
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID id = ImGui::GetID("show_triples");
  bool triples = storage->GetBool(id, false);
  const char* const* labels = kSwitchLabels;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - table_switch_width());
  for (int k = 0; k < 2; ++k) {
    const bool on = triples == (k == 1);
    ImGui::PushID(k);
    if (on ? primary_button(labels[k]) : secondary_button(labels[k])) triples = k == 1;
    ImGui::PopID();
    probe_item(k == 0 ? "basket.show.pairs" : "basket.show.triples");
    if (k == 0) ImGui::SameLine();
  }
  storage->SetBool(id, triples);
  return triples;
}

// Names share what the figures (fit to their header and values) leave.
bool begin_table(const char* id, int columns, ImVec2 size) {
  return ImGui::BeginTable(id, columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit |
                               ImGuiTableFlags_BordersInnerH,
                           size);
}

void name_column(const char* name) { ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthStretch, 1.0f); }
void figure_column(const char* name) { ImGui::TableSetupColumn(name, ImGuiTableColumnFlags_WidthFixed); }


void pairs_table(const basket::Basket& b, ImVec2 size) {
  if (!begin_table("##pairs", 4, size)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  name_column("Product");
  name_column("With");
  figure_column("Orders");
  figure_column("Lift");
  table_headers_row(column_bit(2) | column_bit(3));
  for (const basket::ProductPair& p : b.pairs) {
    ImGui::TableNextRow();
    next_text_cell(p.a_name);
    next_text_cell(p.b_name);
    next_number_cell(format_count(p.orders));
    next_number_cell(format_fixed(p.lift, 2));
  }
  ImGui::EndTable();
}

void triples_table(const basket::Basket& b, ImVec2 size) {
  if (!begin_table("##triples", 5, size)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  name_column("With both");
  name_column("and");
  name_column("Also buy");
  figure_column("Conf.");
  figure_column("Lift");
  static const char* const kTips[] = {nullptr, nullptr, nullptr,
                                      "Confidence: of the orders with the first two, the share that also has the third",
                                      nullptr};
  table_headers_row(column_bit(3) | column_bit(4), nullptr, kTips);
  for (const basket::ProductTriple& t : b.triples) {
    ImGui::TableNextRow();
    next_text_cell(t.x_name);
    next_text_cell(t.y_name);
    next_text_cell(t.z_name);
    next_number_cell(format_percent(t.confidence, 0));
    next_number_cell(format_fixed(t.lift, 2));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s + %s -> %s\nIn %s orders (%s of all); %s of the %s orders with the first two", t.x_name.c_str(),
                        t.y_name.c_str(), t.z_name.c_str(), format_count(t.orders).c_str(),
                        format_percent(t.support, 2).c_str(), format_percent(t.confidence, 1).c_str(),
                        format_count(t.antecedent_orders).c_str());
  }
  ImGui::EndTable();
}

}  // namespace

basket::BasketOptions basket_options_of(const std::map<std::string, std::string>& options) {
  basket::BasketOptions o;
  auto it = options.find(kMinSupportOption);
  if (it == options.end()) return o;
  char* end = nullptr;
  const double v = std::strtod(it->second.c_str(), &end);
  if (end != it->second.c_str() && *end == 0 && v >= kMinSupportLow && v <= kMinSupportHigh) o.min_support = v;
  return o;
}

bool draw_basket(const basket::Basket& b, std::map<std::string, std::string>& options) {
  const float e = ImGui::GetFontSize();
  const bool one_table = !b.triples.empty() && ImGui::GetContentRegionAvail().x < kSideBySideEm * e;
  // The minimum support: a log slider in percent of orders; the basket runs
  // again when the slider is let go (not on every step of a drag).
  bool changed = false;
  float pct = static_cast<float>(b.options.min_support * 100);
  // The value beside the slider, not in it: centred in the slider it sat
  // under the handle ("0.5█% of orders"). The slider takes what the label,
  // the value (room for the widest, "20.00% of orders", so nothing moves
  // while dragging) and the table switch leave, from 4 to 12 em.
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const char* const label = "Minimum support";
  const float value_w = ImGui::CalcTextSize("20.00% of orders").x;
  const float rest = ImGui::CalcTextSize(label).x + value_w + 2 * gap + (one_table ? table_switch_width() + 2 * gap : 0);
  const float slider_w = std::clamp(ImGui::GetContentRegionAvail().x - rest, 4 * e, 12 * e);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(slider_w);
  // No text in the slider (format ""; Ctrl+click still types a value, read
  // as "%f"). ImGui then does not round to a format: the value kept is
  // rounded to the two decimals shown beside it.
  ImGui::SliderFloat("##min_support", &pct, static_cast<float>(kMinSupportLow * 100),
                     static_cast<float>(kMinSupportHigh * 100), "",
                     ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  const double shown_pct = std::round(static_cast<double>(pct) * 100) / 100;
  probe_item("basket.min_support");
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    options[kMinSupportOption] = format_fixed(shown_pct / 100, 5);
    changed = true;
  }
  const std::string tip = "Pairs and triples bought together in at least this share of orders are listed. Lower finds "
                          "rarer combinations (and more noise); the analysis runs again when you let go (Ctrl+click to type a "
                          "percentage).";
  item_tooltip(tip);
  ImGui::SameLine();
  const std::string value = format_fixed(shown_pct, 2) + "% of orders";
  ImGui::TextUnformatted(value.c_str());
  item_tooltip(tip);
  probe_item("basket.min_support.value");
  if (UiProbe* probe = current_probe()) probe->text("basket.min_support.value", value);
  const bool show_triples = one_table && table_switch();
  const std::string summary = format_count(b.orders) + " orders, " + format_count(b.multi_item_orders) +
                              " with 2+ products: " + format_count(b.frequent_pairs) + " pairs, " +
                              format_count(b.frequent_triples) + " triples (" + format_duration(b.compute_ms / 1000.0) + ")";
  text_wrapped(summary);
  probe_item("basket.summary");
  if (UiProbe* probe = current_probe()) probe->text("basket.summary", summary);
  muted_wrapped("Lift above 1: bought together more often than by chance.");
  const ImVec2 avail(ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - 0.5f * e);
  if (show_triples) {
    triples_table(b, avail);
    probe_item("basket.triples");
  } else if (b.triples.empty() || one_table) {
    pairs_table(b, avail);
    probe_item("basket.pairs");
  } else {
    const float w = std::floor((avail.x - gap) * 0.45f);
    pairs_table(b, ImVec2(w, avail.y));
    probe_item("basket.pairs");
    ImGui::SameLine();
    triples_table(b, ImVec2(avail.x - w - gap, avail.y));
    probe_item("basket.triples");
  }
  return changed;
}

}  // namespace starcart
