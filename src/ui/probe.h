// What tests and scripts can see of the drawn UI (window.starcart.ui): the
// screen rectangles of named widgets (so a browser test clicks what a user
// would click) and the item each chart has under the mouse. The App owns one
// probe and hangs it on ImGui's IO (UserData) for the frame, so widgets deep
// in panels can report to it without globals; with no probe set, reporting
// does nothing.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "imgui.h"

namespace starcart {

class JsonWriter;

class UiProbe {
 public:
  struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
  };
  void begin_frame();
  void item(const std::string& key, ImVec2 min, ImVec2 max) { items_[key] = {min.x, min.y, max.x - min.x, max.y - min.y}; }
  void hover(const std::string& chart, int index) { hovered_[chart] = index; }
  void click(const std::string& chart, int index) { clicked_[chart] = index; }
  // The title of the tooltip drawn this frame ("" when none).
  void tooltip(const std::string& title) { tooltip_ = title; }
  const std::string& tooltip() const { return tooltip_; }
  // Text as drawn (wrapped lines joined by '\n'), for tests that read what
  // the user reads.
  void text(const std::string& key, const std::string& value) { texts_[key] = value; }
  // A widget waiting on time (a tooltip's hover delay) asks for another
  // frame: an idle page draws none by itself (the App reads this).
  void request_frame() { frame_requested_ = true; }
  bool frame_requested() const { return frame_requested_; }
  // Whether a text field had the keyboard at the end of the frame.
  void set_text_input(bool on) { text_input_ = on; }
  // {"items": {key: [x, y, w, h]}, "hovered": {chart: index}, "clicked": {chart: index},
  //  "text_input": bool, "tooltip": title, "texts": {key: text}}
  void write_json(JsonWriter& w) const;
  const std::map<std::string, Rect>& items() const { return items_; }
  const std::map<std::string, std::string>& texts() const { return texts_; }
  // Cards (ui/panels/card.h) drawn this frame, in drawing order: what the
  // Share menu offers as charts to export.
  struct Card {
    std::string id, title;
    Rect rect;
  };
  void card(const std::string& id, const std::string& title, ImVec2 min, ImVec2 max) {
    cards_.push_back({id, title, {min.x, min.y, max.x - min.x, max.y - min.y}});
    items_["card." + id] = cards_.back().rect;
  }
  const std::vector<Card>& cards() const { return cards_; }
  int hovered(const std::string& chart) const;

 private:
  std::map<std::string, Rect> items_;
  std::map<std::string, int> hovered_;
  std::map<std::string, std::string> texts_;
  std::map<std::string, int> clicked_;  // kept until the next click anywhere
  bool text_input_ = false;
  bool frame_requested_ = false;
  std::string tooltip_;
  std::vector<Card> cards_;
};

// The probe of the current frame, or nullptr.
UiProbe* current_probe();
// Records ImGui's last item under `key`.
void probe_item(const std::string& key);
// Records what a chart has under the mouse (-1: nothing) and what was clicked.
void probe_chart(const char* chart_id, int hovered, int clicked);

}  // namespace starcart
