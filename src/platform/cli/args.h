// A small command-line parser: positional arguments and --name value /
// --flag options, repeated options kept in order. Unknown options are errors
// (a typo must not silently drop a filter).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace starcart::cli {

struct Args {
  std::string command;
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> options;  // "--country" -> values
  bool has(const std::string& name) const { return options.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  const std::vector<std::string>& all(const std::string& name) const;
};

struct OptionSpec {
  std::string name;   // "--lines"
  bool takes_value;
};

// argv[1] is the command; the rest is parsed against `spec`.
Result<Args> parse_args(int argc, char** argv, const std::vector<OptionSpec>& spec);

}  // namespace starcart::cli
