#include "ui/widgets.h"

#include <algorithm>

#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/text_wrap.h"
#include "ui/theme.h"

namespace starcart {

namespace {
bool button(const char* label, ImVec2 size, ImU32 fill, ImU32 text) {
  ImGui::PushStyleColor(ImGuiCol_Button, fill);
  ImGui::PushStyleColor(ImGuiCol_Text, text);
  bool pressed = ImGui::Button(label, size);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(2);
  return pressed;
}
}  // namespace

bool primary_button(const char* label, ImVec2 size) {
  return button(label, size, theme().accent, theme().dark ? IM_COL32(10, 20, 30, 255) : IM_COL32(255, 255, 255, 255));
}

bool secondary_button(const char* label, ImVec2 size) {
  return button(label, size, theme().surface_alt, theme().text);
}

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void centered_text(const char* text, float x0, float width, ImU32 color) {
  float w = ImGui::CalcTextSize(text).x;
  ImGui::SetCursorPosX(x0 + std::max(0.0f, (width - w) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

// Inter has no ▾ or ✕: both are drawn, in the space a few trailing spaces
// reserve in the button's label.
void draw_chevron(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddLine(ImVec2(c.x - s, c.y - s * 0.5f), ImVec2(c.x, c.y + s * 0.5f), col, 1.5f);
  dl->AddLine(ImVec2(c.x, c.y + s * 0.5f), ImVec2(c.x + s, c.y - s * 0.5f), col, 1.5f);
}

void draw_cross(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddLine(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), col, 1.5f);
  dl->AddLine(ImVec2(c.x - s, c.y + s), ImVec2(c.x + s, c.y - s), col, 1.5f);
}

bool dropdown_button(const char* id, const std::string& label, bool active) {
  const Theme& t = theme();
  const std::string text = label + "      ##" + id;
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.accent_soft);
  const bool pressed = button(text.c_str(), ImVec2(0, 0), active ? t.accent_soft : t.surface, active ? t.accent : t.text);
  ImGui::PopStyleColor(2);
  // A hairline frame so the buttons read as controls on the page colour.
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRect(a, b, active ? t.accent : t.border, ImGui::GetStyle().FrameRounding, 0, 1.0f);
  const float e = em();
  draw_chevron(dl, ImVec2(b.x - ImGui::GetStyle().FramePadding.x - 0.3f * e, (a.y + b.y) * 0.5f), 0.25f * e,
               active ? t.accent : t.text_muted);
  return pressed;
}

bool chip(const char* id, const std::string& label) {
  const Theme& t = theme();
  const std::string text = label + "     ##" + id;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFrameHeight() * 0.5f);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, t.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, t.accent);
  const ImU32 ink = t.dark ? t.text : t.accent;
  const bool pressed = button(text.c_str(), ImVec2(0, 0), t.accent_soft, ink);
  const bool hovered = ImGui::IsItemHovered();
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const float e = em();
  draw_cross(ImGui::GetWindowDrawList(), ImVec2(b.x - ImGui::GetStyle().FramePadding.x - 0.25f * e, (a.y + b.y) * 0.5f),
             0.22f * e, hovered ? (t.dark ? t.background : IM_COL32(255, 255, 255, 255)) : ink);
  return pressed;
}

float chip_width(const std::string& label) { return button_width((label + "     ").c_str()); }

bool theme_toggle_button(const char* id, bool dark) {
  const Theme& t = theme();
  const float h = ImGui::GetFrameHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(h, h));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c(p.x + h * 0.5f, p.y + h * 0.5f);
  dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), hovered ? t.accent_soft : t.surface, ImGui::GetStyle().FrameRounding);
  const float r = h * 0.28f;
  dl->AddCircle(c, r, t.text, 0, 1.5f);
  // The half that is "lit" shows which theme is on: left for light, right for dark.
  const float a0 = dark ? -1.5708f : 1.5708f;
  dl->PathArcTo(c, r, a0, a0 + 3.14159f, 24);
  dl->PathFillConvex(t.text);
  if (hovered) ImGui::SetTooltip(dark ? "Switch to the light theme" : "Switch to the dark theme");
  return pressed;
}

bool search_field(const char* id, char* buf, size_t size, const char* hint, bool focus, float width) {
  if (focus) {
    // The focus request only lands in the focused window's focus scope: a
    // field inside a child (a card) needs its window focused first, or '/'
    // after a click elsewhere (a tab) would focus nothing.
    ImGui::SetWindowFocus();
    ImGui::SetKeyboardFocusHere();
  }
  ImGui::SetNextItemWidth(width);
  return ImGui::InputTextWithHint(id, hint, buf, size);
}

void muted_text(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme().text_muted);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

std::vector<std::string_view> wrap_lines(std::string_view text, float width) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  return wrap_at_spaces(text, width, [](std::string_view s) {
    return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
  });
}

ImVec2 wrapped_size(std::string_view text, float width) {
  float w = 0;
  const std::vector<std::string_view> lines = wrap_lines(text, width);
  for (std::string_view l : lines) w = std::max(w, ImGui::CalcTextSize(l.data(), l.data() + l.size()).x);
  return ImVec2(w, static_cast<float>(lines.size()) * ImGui::GetTextLineHeight());
}

void draw_wrapped(ImDrawList* dl, ImVec2 pos, ImU32 color, std::string_view text, float width) {
  for (std::string_view l : wrap_lines(text, width)) {
    dl->AddText(pos, color, l.data(), l.data() + l.size());
    pos.y += ImGui::GetTextLineHeight();
  }
}

void text_wrapped(const std::string& text, float width) {
  ImGui::PushTextWrapPos(-1.0f);  // the lines are already cut: ImGui must not cut them again
  ImGui::BeginGroup();
  // Lines of one paragraph sit at the font's line height, not an item apart.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
  for (std::string_view l : wrap_lines(text, width)) ImGui::TextUnformatted(l.data(), l.data() + l.size());
  ImGui::PopStyleVar();
  ImGui::EndGroup();
  ImGui::PopTextWrapPos();
}

void muted_wrapped(const std::string& text, float width) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme().text_muted);
  text_wrapped(text, width);
  ImGui::PopStyleColor();
}

void number_cell_text(const std::string& text) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  const float room = ImGui::GetContentRegionAvail().x;
  if (room > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - w);
  ImGui::TextUnformatted(text.c_str());
}

void table_headers_row(uint64_t right, const char* probe_prefix, const char* const* tips) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  const int n = ImGui::TableGetColumnCount();
  for (int c = 0; c < n; ++c) {
    if (!ImGui::TableSetColumnIndex(c)) continue;
    const char* name = ImGui::TableGetColumnName(c);
    if (c < 64 && (right & column_bit(c))) {
      // ImGui draws the sort arrow at the cell's right edge: keep clear of it.
      const bool sorts = !(ImGui::TableGetColumnFlags(c) & ImGuiTableColumnFlags_NoSort) && ImGui::TableGetSortSpecs();
      const float arrow = sorts ? ImGui::GetFontSize() * 0.65f + ImGui::GetStyle().FramePadding.x : 0.0f;
      const float w = ImGui::CalcTextSize(name, nullptr, true).x + arrow;
      const float room = ImGui::GetContentRegionAvail().x;
      if (room > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - w);
    }
    ImGui::PushID(c);
    ImGui::TableHeader(name);
    if (tips && tips[c]) item_tooltip(tips[c]);
    if (probe_prefix) probe_item(probe_prefix + std::to_string(c));
    ImGui::PopID();
  }
}

std::string fit_text(const std::string& text, float width) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  return fit_to_width(text, width, [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; });
}

void next_text_cell(const std::string& text) {
  ImGui::TableNextColumn();
  text_cell(text);
}

void next_number_cell(const std::string& text) {
  ImGui::TableNextColumn();
  number_cell_text(text);
}

bool text_cell(const std::string& text) {
  const std::string shown = fit_text(text);
  ImGui::TextUnformatted(shown.c_str());
  const bool cut = shown != text;
  if (cut) item_tooltip(text);
  return cut;
}

void item_tooltip(const std::string& text) {
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) || text.empty()) return;
  ImGui::BeginTooltip();
  text_wrapped(text, ImGui::GetFontSize() * 28.0f);
  ImGui::EndTooltip();
}

void item_tooltip_above(const std::string& text) {
  if (text.empty() || ImGui::GetIO().WantTextInput) return;
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) return;
  if (!ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled | ImGuiHoveredFlags_DelayNormal |
                            ImGuiHoveredFlags_NoSharedDelay)) {
    if (UiProbe* probe = current_probe()) probe->request_frame();  // the delay runs on frames
    return;
  }
  // Above the item when it fits inside the item's window; otherwise (a
  // control at the top of a tab) beside it, to the right and top-aligned:
  // above, it would cover the tab bar the user is about to use.
  // Beside, it is centred on the item's row and as wide as the room on the
  // right allows, so a sentence stays on one line and off the rows below.
  const float e = ImGui::GetFontSize();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  // Beside, its padding is slimmer so one line fits the height of the row.
  float wrap = e * 28.0f;
  const ImVec2 pad = ImGui::GetStyle().WindowPadding;
  const float tip_h = wrapped_size(text, wrap).y + 2 * pad.y;
  const bool above = a.y - 0.3f * e - tip_h >= ImGui::GetWindowPos().y;
  if (above) {
    ImGui::SetNextWindowPos(ImVec2(a.x, a.y - 0.3f * e), ImGuiCond_Always, ImVec2(0, 1));
  } else {
    const float room = ImGui::GetMainViewport()->WorkPos.x + ImGui::GetMainViewport()->WorkSize.x - b.x - 0.5f * e -
                       2 * pad.x - e;
    wrap = std::clamp(room, wrap, 60 * e);
    ImGui::SetNextWindowPos(ImVec2(b.x + 0.5f * e, 0.5f * (a.y + b.y)), ImGuiCond_Always, ImVec2(0, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad.x, 0.3f * e));
  }
  ImGui::BeginTooltip();
  if (!above) ImGui::PopStyleVar();  // the tooltip window took it; its content keeps the normal spacing
  text_wrapped(text, wrap);
  if (UiProbe* probe = current_probe()) {
    const ImVec2 p = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    probe->item("tooltip", p, ImVec2(p.x + size.x, p.y + size.y));
  }
  ImGui::EndTooltip();
}

void section_title(const char* text) {
  if (fonts().strong) ImGui::PushFont(fonts().strong);
  ImGui::TextUnformatted(text);
  if (fonts().strong) ImGui::PopFont();
}

}  // namespace starcart
