#include "ui/probe.h"

#include "core/json_writer.h"

namespace starcart {

namespace {
std::string chart_key(const char* id) {
  std::string s = id ? id : "";
  while (!s.empty() && s[0] == '#') s.erase(0, 1);
  return s;
}
}  // namespace

void UiProbe::begin_frame() {
  items_.clear();
  hovered_.clear();
  texts_.clear();
  frame_requested_ = false;
  cards_.clear();
  tooltip_.clear();
}

int UiProbe::hovered(const std::string& chart) const {
  auto it = hovered_.find(chart);
  return it == hovered_.end() ? -1 : it->second;
}

void UiProbe::write_json(JsonWriter& w) const {
  w.begin_object();
  w.key("items").begin_object();
  for (const auto& [key, r] : items_) {
    w.key(key).begin_array();
    w.value(static_cast<double>(r.x), 1).value(static_cast<double>(r.y), 1);
    w.value(static_cast<double>(r.w), 1).value(static_cast<double>(r.h), 1);
    w.end_array();
  }
  w.end_object();
  w.key("hovered").begin_object();
  for (const auto& [key, i] : hovered_) w.field(key, i);
  w.end_object();
  w.key("clicked").begin_object();
  for (const auto& [key, i] : clicked_) w.field(key, i);
  w.end_object();
  w.field("text_input", text_input_);
  w.field("tooltip", tooltip_);
  w.key("texts").begin_object();
  for (const auto& [key, t] : texts_) w.field(key, t);
  w.end_object();
  w.end_object();
}

UiProbe* current_probe() {
  if (!ImGui::GetCurrentContext()) return nullptr;
  return static_cast<UiProbe*>(ImGui::GetIO().UserData);
}

void probe_item(const std::string& key) {
  if (UiProbe* p = current_probe()) p->item(key, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void probe_chart(const char* chart_id, int hovered, int clicked) {
  UiProbe* p = current_probe();
  if (!p) return;
  const std::string key = chart_key(chart_id);
  if (hovered >= 0) p->hover(key, hovered);
  if (clicked >= 0) p->click(key, clicked);
}

}  // namespace starcart
