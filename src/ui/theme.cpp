#include "ui/theme.h"

#include "ui/fonts.h"

namespace starcart {

namespace {
Theme g_theme;

ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }
}  // namespace

Theme light_theme() {
  Theme t;
  t.dark = false;
  t.background = IM_COL32(243, 245, 248, 255);
  t.surface = IM_COL32(255, 255, 255, 255);
  t.surface_alt = IM_COL32(236, 240, 245, 255);
  t.border = IM_COL32(220, 225, 232, 255);
  t.text = IM_COL32(24, 30, 40, 255);
  t.text_muted = IM_COL32(96, 106, 120, 255);
  t.accent = IM_COL32(0, 114, 178, 255);  // Okabe-Ito blue: the one accent
  t.accent_soft = IM_COL32(0, 114, 178, 40);
  t.positive = IM_COL32(0, 130, 90, 255);
  t.negative = IM_COL32(200, 70, 0, 255);
  t.grid = IM_COL32(228, 232, 238, 255);
  t.axis = IM_COL32(170, 178, 190, 255);
  t.other = IM_COL32(168, 175, 186, 255);
  return t;
}

Theme dark_theme() {
  Theme t;
  t.dark = true;
  t.background = IM_COL32(20, 23, 28, 255);
  t.surface = IM_COL32(30, 34, 41, 255);
  t.surface_alt = IM_COL32(40, 45, 54, 255);
  t.border = IM_COL32(55, 61, 72, 255);
  t.text = IM_COL32(230, 234, 240, 255);
  t.text_muted = IM_COL32(150, 160, 175, 255);
  t.accent = IM_COL32(86, 180, 233, 255);  // Okabe-Ito sky blue reads better on dark
  t.accent_soft = IM_COL32(86, 180, 233, 50);
  t.positive = IM_COL32(60, 190, 140, 255);
  t.negative = IM_COL32(240, 120, 60, 255);
  t.grid = IM_COL32(45, 50, 60, 255);
  t.axis = IM_COL32(95, 105, 120, 255);
  t.other = IM_COL32(112, 121, 136, 255);
  return t;
}

const Theme& theme() { return g_theme; }

float em() {
  const Fonts& f = fonts();
  return f.body ? f.body->FontSize * ImGui::GetIO().FontGlobalScale : 15.0f;
}

void apply_theme(const Theme& t) {
  g_theme = t;
  ImGuiStyle style;  // fresh: never compound earlier changes
  if (t.dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  // Sizes in ems of the body font (CSS pixels follow the pixel ratio).
  const float e = em();
  style.WindowRounding = 0;
  style.ChildRounding = 0.5f * e;
  style.FrameRounding = 0.4f * e;
  style.PopupRounding = 0.4f * e;
  style.GrabRounding = 0.4f * e;
  style.TabRounding = 0.4f * e;
  style.ScrollbarRounding = 0.4f * e;
  style.ScrollbarSize = 0.9f * e;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 0;
  style.WindowPadding = ImVec2(1.0f * e, 1.0f * e);
  style.FramePadding = ImVec2(0.7f * e, 0.4f * e);
  style.ItemSpacing = ImVec2(0.65f * e, 0.55f * e);
  style.ItemInnerSpacing = ImVec2(0.4f * e, 0.4f * e);
  style.CellPadding = ImVec2(0.55f * e, 0.3f * e);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = v4(t.background);
  c[ImGuiCol_ChildBg] = v4(t.surface);
  c[ImGuiCol_PopupBg] = v4(t.surface);
  c[ImGuiCol_Border] = v4(t.border);
  c[ImGuiCol_Text] = v4(t.text);
  c[ImGuiCol_TextDisabled] = v4(t.text_muted);
  c[ImGuiCol_FrameBg] = v4(t.surface_alt);
  // Plain buttons (and combo arrows) are quiet; primary_button() paints the accent.
  c[ImGuiCol_Button] = v4(t.surface_alt);
  ImVec4 hover = v4(t.accent);
  hover.w = t.dark ? 0.35f : 0.22f;
  c[ImGuiCol_ButtonHovered] = hover;
  hover.w = t.dark ? 0.5f : 0.35f;
  c[ImGuiCol_ButtonActive] = hover;
  c[ImGuiCol_FrameBgHovered] = v4(t.accent_soft);
  c[ImGuiCol_FrameBgActive] = v4(t.accent_soft);
  c[ImGuiCol_CheckMark] = v4(t.accent);
  c[ImGuiCol_SliderGrab] = v4(t.accent);
  c[ImGuiCol_HeaderHovered] = v4(t.accent_soft);
  c[ImGuiCol_HeaderActive] = v4(t.accent_soft);
  c[ImGuiCol_TextSelectedBg] = v4(t.accent_soft);
  c[ImGuiCol_NavHighlight] = v4(t.accent);
  c[ImGuiCol_Separator] = v4(t.border);
  c[ImGuiCol_TableBorderLight] = v4(t.border);
  c[ImGuiCol_TableBorderStrong] = v4(t.border);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Tab] = v4(t.surface_alt);
  c[ImGuiCol_TabHovered] = v4(t.accent_soft);
  c[ImGuiCol_TabActive] = v4(t.surface);
  c[ImGuiCol_Header] = v4(t.accent_soft);
  c[ImGuiCol_PlotHistogram] = v4(t.accent);
  c[ImGuiCol_TableHeaderBg] = v4(t.surface_alt);
  // Alternate rows lighter than frames, so combos in tables stay visible.
  ImVec4 alt = v4(t.surface_alt);
  alt.w = 0.5f;
  c[ImGuiCol_TableRowBgAlt] = alt;
  ImGui::GetStyle() = style;
}

}  // namespace starcart
