// Browser input to ImGui: mouse, wheel, keyboard, focus and resize events
// from the HTML5 API, turned into ImGui IO events. Every event asks for a
// few frames (the page draws only when something changes, DESIGN 10).
#pragma once

namespace starcart::web {

// Registers the callbacks; `wake` is called whenever input arrives.
void install_input_callbacks(void (*wake)());

// Applies ImGui's requested mouse cursor to the canvas (CSS cursor).
void update_mouse_cursor();

// Pasted text: typed into the text field that has the keyboard, if any.
void paste_text(const char* text);

}  // namespace starcart::web
