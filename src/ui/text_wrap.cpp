#include "ui/text_wrap.h"

namespace starcart {

namespace {

// One paragraph (no '\n'): greedy, a word at a time.
void wrap_paragraph(std::string_view para, float max_width, const TextWidth& width_of,
                    std::vector<std::string_view>& out) {
  size_t line_begin = std::string_view::npos, line_end = 0;
  size_t i = 0;
  while (i < para.size()) {
    while (i < para.size() && para[i] == ' ') ++i;
    if (i == para.size()) break;
    size_t j = i;
    while (j < para.size() && para[j] != ' ') ++j;
    if (line_begin == std::string_view::npos) {
      line_begin = i;
      line_end = j;
    } else if (width_of(para.substr(line_begin, j - line_begin)) <= max_width) {
      line_end = j;
    } else {
      out.push_back(para.substr(line_begin, line_end - line_begin));
      line_begin = i;
      line_end = j;
    }
    i = j;
  }
  out.push_back(line_begin == std::string_view::npos ? para.substr(0, 0)
                                                       : para.substr(line_begin, line_end - line_begin));
}

}  // namespace

std::vector<std::string_view> wrap_at_spaces(std::string_view text, float max_width, const TextWidth& width_of) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    const std::string_view para = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    wrap_paragraph(para, max_width, width_of, lines);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

std::string fit_to_width(const std::string& text, float width, const TextWidth& width_of) {
  if (width_of(text) <= width) return text;
  const std::string ellipsis = "\xE2\x80\xA6";
  std::string s = text;
  while (!s.empty()) {
    // Drop one UTF-8 character (its lead byte and continuation bytes).
    size_t k = s.size() - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    s.erase(k);
    while (!s.empty() && s.back() == ' ') s.pop_back();  // "United …" reads worse than "United…"
    if (width_of(s + ellipsis) <= width) return s + ellipsis;
  }
  return width_of(ellipsis) <= width ? ellipsis : std::string();
}

}  // namespace starcart
