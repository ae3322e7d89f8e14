#include "platform/cli/args.h"

namespace starcart::cli {

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& Args::all(const std::string& name) const {
  static const std::vector<std::string> kNone;
  auto it = options.find(name);
  return it == options.end() ? kNone : it->second;
}

Result<Args> parse_args(int argc, char** argv, const std::vector<OptionSpec>& spec) {
  Args a;
  if (argc >= 2) a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string s = argv[i];
    if (s.size() > 2 && s.rfind("--", 0) == 0) {
      std::string name = s, value;
      bool inline_value = false;
      if (auto eq = s.find('='); eq != std::string::npos) {
        name = s.substr(0, eq);
        value = s.substr(eq + 1);
        inline_value = true;
      }
      const OptionSpec* found = nullptr;
      for (const OptionSpec& o : spec)
        if (o.name == name) found = &o;
      if (!found) return make_error(ErrorCode::kUsage, "unknown option " + name);
      if (found->takes_value && !inline_value) {
        if (i + 1 >= argc) return make_error(ErrorCode::kUsage, name + " needs a value");
        value = argv[++i];
      }
      a.options[name].push_back(value);
    } else if (s == "-o") {
      if (i + 1 >= argc) return make_error(ErrorCode::kUsage, "-o needs a file name");
      a.options["-o"].push_back(argv[++i]);
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

}  // namespace starcart::cli
