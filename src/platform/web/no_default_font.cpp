// ImFontAtlas::Build() calls AddFontDefault() when no font was added, which
// links ImGui's built-in ProggyClean font (12 kB of base85 text, ~10 kB of
// the page gzipped) although the page always adds its Inter fonts first
// (src/ui/fonts.cpp). The web link wraps that one call (-Wl,--wrap in
// cmake/web.cmake) to this stub, so the font data is dropped from the page.
// Native builds keep ImGui's own AddFontDefault.
#include <imgui.h>

// The Itanium-mangled name of ImFontAtlas::AddFontDefault(const ImFontConfig*):
// --wrap redirects every call of it here; `this` comes first, as in the method.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
  return nullptr;  // unreachable in the page: fonts.cpp adds Inter before the atlas builds
}
