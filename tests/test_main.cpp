// The doctest runner for the whole suite (native, sanitizers, and wasm under node).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest.h>
