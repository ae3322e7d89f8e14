// Supported: mouse move/buttons (left, right, middle), wheel in pixel, line
// and page modes, keyboard with modifiers and text input, focus loss,
// window resize; clipboard: copy from text fields to the system clipboard,
// paste through the browser's paste event (glue.js), since a page cannot
// read the clipboard when ImGui asks; touch: one finger taps (a click) and
// drags (scrolls). Not yet: pinch zoom, IME composition.
#include "platform/web/web_input.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "imgui.h"

namespace starcart::web {

namespace {

void (*g_wake)() = nullptr;
ImGuiMouseCursor g_cursor = ImGuiMouseCursor_COUNT;  // the cursor the canvas shows

// One finger on the screen: where it started and went, and whether it has
// moved far enough to be a scroll rather than a tap.
struct Touch {
  bool down = false;
  long id = 0;
  double x0 = 0, y0 = 0, x = 0, y = 0;
  bool scrolling = false;
};
Touch g_touch;

ImGuiKey key_from_code(const char* code) {
  struct Entry { const char* code; ImGuiKey key; };
  static const Entry kKeys[] = {
      {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
      {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
      {"Escape", ImGuiKey_Escape}, {"Slash", ImGuiKey_Slash}, {"Period", ImGuiKey_Period},
      {"Comma", ImGuiKey_Comma}, {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal},
      {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
      {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
      {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
      {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
      {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3}, {"F5", ImGuiKey_F5},
  };
  for (const Entry& e : kKeys)
    if (!std::strcmp(code, e.code)) return e.key;
  if (!std::strncmp(code, "Key", 3) && code[3] >= 'A' && code[3] <= 'Z' && code[4] == 0)
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (!std::strncmp(code, "Digit", 5) && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  return ImGuiKey_None;
}

void modifiers(ImGuiIO& io, bool ctrl, bool shift, bool alt, bool meta) {
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(static_cast<float>(e->clientX), static_cast<float>(e->clientY));
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
    // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
    int button = e->button == 1 ? 2 : e->button == 2 ? 1 : e->button;
    if (button < 3) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  }
  g_wake();
  // Let the page keep mouse-downs outside the canvas (file input, overlay).
  return EM_FALSE;
}

EM_BOOL on_leave(int, const EmscriptenMouseEvent*, void*) {
  ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  g_wake();
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // ImGui counts wheel steps; browsers report pixels (about 100 per notch),
  // lines (about 3 per notch) or pages.
  double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
  g_wake();
  return EM_TRUE;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  modifiers(io, e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  ImGuiKey key = key_from_code(e->code);
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  // Printable text: "key" holds one character (UTF-8) for those keys.
  bool text = down && !e->ctrlKey && !e->metaKey && e->key[0] != 0 &&
              (e->key[1] == 0 || (static_cast<unsigned char>(e->key[0]) >= 0x80 && std::strlen(e->key) <= 4));
  if (text) io.AddInputCharactersUTF8(e->key);
  g_wake();
  // Keep browser shortcuts (copy, paste, reload, zoom) unless ImGui has focus
  // in a text field; always take Tab and Backspace when ImGui wants keys.
  if (e->ctrlKey || e->metaKey) return EM_FALSE;
  return io.WantCaptureKeyboard || key == ImGuiKey_Tab ? EM_TRUE : EM_FALSE;
}

// --- touch --------------------------------------------------------------------

const EmscriptenTouchPoint* changed_touch(const EmscriptenTouchEvent* e) {
  for (int i = 0; i < e->numTouches; ++i)
    if (e->touches[i].isChanged) return &e->touches[i];
  return nullptr;
}

EM_BOOL on_touch_start(int, const EmscriptenTouchEvent* e, void*) {
  const EmscriptenTouchPoint* t = changed_touch(e);
  if (!t || e->numTouches != 1) return EM_FALSE;  // two fingers: leave it to the browser
  ImGuiIO& io = ImGui::GetIO();
  g_touch = Touch{true, t->identifier, static_cast<double>(t->clientX), static_cast<double>(t->clientY),
                  static_cast<double>(t->clientX), static_cast<double>(t->clientY), false};
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(static_cast<float>(t->clientX), static_cast<float>(t->clientY));
  g_wake();
  return EM_TRUE;  // no emulated mouse events: the tap is made on touch end
}

EM_BOOL on_touch_move(int, const EmscriptenTouchEvent* e, void*) {
  const EmscriptenTouchPoint* t = changed_touch(e);
  if (!g_touch.down || !t || t->identifier != g_touch.id) return EM_FALSE;
  const double dx = t->clientX - g_touch.x, dy = t->clientY - g_touch.y;
  g_touch.x = t->clientX;
  g_touch.y = t->clientY;
  if (std::abs(g_touch.x - g_touch.x0) + std::abs(g_touch.y - g_touch.y0) > 8) g_touch.scrolling = true;
  if (g_touch.scrolling) {
    // ImGui scrolls about five lines (5 x 15 px) per wheel step; content
    // follows the finger.
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(dx / 75.0), static_cast<float>(dy / 75.0));
  }
  g_wake();
  return EM_TRUE;
}

EM_BOOL on_touch_end(int type, const EmscriptenTouchEvent* e, void*) {
  const EmscriptenTouchPoint* t = changed_touch(e);
  if (!g_touch.down || !t || t->identifier != g_touch.id) return EM_FALSE;
  ImGuiIO& io = ImGui::GetIO();
  if (!g_touch.scrolling && type == EMSCRIPTEN_EVENT_TOUCHEND) {
    io.AddMouseButtonEvent(0, true);  // ImGui trickles the two over two frames
    io.AddMouseButtonEvent(0, false);
  }
  g_touch.down = false;
  g_wake();
  return EM_TRUE;
}

// --- clipboard ------------------------------------------------------------------

// ImGui asks for the clipboard on Ctrl+V; the page cannot read it then, so
// it gets nothing and the paste event delivers the text instead.
const char* get_clipboard(void*) { return ""; }

void set_clipboard(void*, const char* text) {
  EM_ASM({ Module.starcartGlue.copyText(UTF8ToString($0)); }, text);
}

EM_BOOL on_blur(int, const EmscriptenFocusEvent*, void*) {
  ImGui::GetIO().AddFocusEvent(false);
  g_wake();
  return EM_FALSE;
}

EM_BOOL on_focus(int, const EmscriptenFocusEvent*, void*) {
  ImGui::GetIO().AddFocusEvent(true);
  g_wake();
  return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  g_wake();
  return EM_FALSE;
}

}  // namespace

void paste_text(const char* text) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput && text) io.AddInputCharactersUTF8(text);
}

void install_input_callbacks(void (*wake)()) {
  g_wake = wake;
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  const char* doc = EMSCRIPTEN_EVENT_TARGET_DOCUMENT;
  const char* win = EMSCRIPTEN_EVENT_TARGET_WINDOW;
  emscripten_set_mousemove_callback(doc, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mousedown_callback("#canvas", nullptr, EM_TRUE, on_mouse);
  emscripten_set_mouseup_callback(doc, nullptr, EM_TRUE, on_mouse);
  emscripten_set_mouseleave_callback(doc, nullptr, EM_TRUE, on_leave);
  emscripten_set_wheel_callback("#canvas", nullptr, EM_FALSE, on_wheel);
  emscripten_set_keydown_callback(win, nullptr, EM_TRUE, on_key);
  emscripten_set_keyup_callback(win, nullptr, EM_TRUE, on_key);
  emscripten_set_blur_callback(win, nullptr, EM_TRUE, on_blur);
  emscripten_set_focus_callback(win, nullptr, EM_TRUE, on_focus);
  emscripten_set_resize_callback(win, nullptr, EM_FALSE, on_resize);
  emscripten_set_touchstart_callback("#canvas", nullptr, EM_TRUE, on_touch_start);
  emscripten_set_touchmove_callback("#canvas", nullptr, EM_TRUE, on_touch_move);
  emscripten_set_touchend_callback("#canvas", nullptr, EM_TRUE, on_touch_end);
  emscripten_set_touchcancel_callback("#canvas", nullptr, EM_TRUE, on_touch_end);
}

void update_mouse_cursor() {
  ImGuiMouseCursor c = ImGui::GetMouseCursor();
  if (c == g_cursor) return;
  g_cursor = c;
  const char* css = "default";
  switch (c) {
    case ImGuiMouseCursor_TextInput: css = "text"; break;
    case ImGuiMouseCursor_Hand: css = "pointer"; break;
    case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
    case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
    case ImGuiMouseCursor_ResizeAll: css = "move"; break;
    case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
    default: break;
  }
  EM_ASM({ document.getElementById('canvas').style.cursor = UTF8ToString($0); }, css);
}

}  // namespace starcart::web
