#include "ui/memory_budget.h"

#include "core/format.h"

namespace starcart {

int64_t estimate_load_bytes(int64_t input_bytes) { return input_bytes * kLoadBytesFactor + kLoadOverheadBytes; }

std::string check_load_fits(int64_t input_bytes, int64_t heap_used, int64_t heap_limit) {
  const int64_t need = estimate_load_bytes(input_bytes);
  const int64_t left = heap_limit - heap_used;
  if (need <= left) return "";
  return "These files (" + format_bytes(input_bytes) + ") need about " + format_bytes(need) +
         " of memory to load, and this tab has " + format_bytes(left > 0 ? left : 0) +
         " left. Load a shorter period (for example one year of orders), close other data first, or use the starcart "
         "command-line tool, which reads files of any size.";
}

}  // namespace starcart
