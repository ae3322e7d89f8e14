#include "ui/fonts.h"

#include <cstddef>

extern const unsigned char kFontInterRegular[];
extern const size_t kFontInterRegular_size;
extern const unsigned char kFontInterSemiBold[];
extern const size_t kFontInterSemiBold_size;

namespace starcart {

namespace {

Fonts g_fonts;

// Latin, Latin-1, Latin Extended-A, punctuation, currency signs, arrows and a
// few shapes: what the subset in scripts/deps keeps.
const ImWchar kRanges[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x2000, 0x206F, 0x20A0, 0x20BF,
                           0x2190, 0x2199, 0x2212, 0x2212, 0x25A0, 0x25CF, 0x2713, 0x2715, 0};

ImFont* add(ImFontAtlas* atlas, const unsigned char* data, size_t size, float px, float ratio) {
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // static data
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  return atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), px * ratio, &cfg,
                                     kRanges);
}

}  // namespace

Fonts build_fonts(float ratio) {
  if (ratio < 1) ratio = 1;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts f;
  f.pixel_ratio = ratio;
  f.body = add(io.Fonts, kFontInterRegular, kFontInterRegular_size, 15.0f, ratio);
  f.strong = add(io.Fonts, kFontInterSemiBold, kFontInterSemiBold_size, 15.0f, ratio);
  f.small = add(io.Fonts, kFontInterRegular, kFontInterRegular_size, 12.5f, ratio);
  f.title = add(io.Fonts, kFontInterSemiBold, kFontInterSemiBold_size, 20.0f, ratio);
  f.figure = add(io.Fonts, kFontInterSemiBold, kFontInterSemiBold_size, 28.0f, ratio);
  io.Fonts->Build();
  io.FontDefault = f.body;
  io.FontGlobalScale = 1.0f / ratio;
  g_fonts = f;
  return f;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace starcart
