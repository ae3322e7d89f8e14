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

}  // namespace starcart
