#include "ui/state_filter.h"

#include <algorithm>

namespace starcart {

std::vector<std::string> state_spellings(const StateInfo& state, const std::vector<std::string_view>& seen) {
  std::vector<std::string> out;
  for (std::string_view s : seen) out.emplace_back(s);
  out.emplace_back(state.code);
  out.emplace_back(state.name);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const StateInfo* filtered_state(const Filter& f, std::string_view country) {
  const StateInfo* one = nullptr;
  for (const std::string& v : f.states) {
    const StateInfo* s = find_state(country, v);
    if (!s || (one && s != one)) return nullptr;
    one = s;
  }
  return one;
}

void click_state(Filter& f, std::string_view country, const StateInfo& state, const std::vector<std::string_view>& seen) {
  if (filtered_state(f, country) == &state) f.states.clear();
  else f.states = state_spellings(state, seen);
}

}  // namespace starcart
