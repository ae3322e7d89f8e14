#include <cstdio>

#include "ingest/demo_shop.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"

namespace starcart::cli {

int fail(const Error& e, int code) {
  std::fprintf(stderr, "starcart: %s\n", e.to_string().c_str());
  return code;
}

std::vector<OptionSpec> load_option_specs() {
  return {{"--demo", true}, {"--seed", true}, {"--map", true}, {"--date-order", true}};
}

namespace {

std::optional<DateOrder> parse_order(const std::string& s) {
  if (s == "dmy" || s == "d/m/y") return DateOrder::kDayFirst;
  if (s == "mdy" || s == "m/d/y") return DateOrder::kMonthFirst;
  return std::nullopt;
}

}  // namespace

Result<std::vector<FileProfile>> inspect_inputs(const Args& args, LoadedInput& in, CsvLoadOptions& options) {
  std::vector<std::string> names;
  if (args.has("--demo")) {
    DemoOptions o;
    auto lines = parse_integer(args.get("--demo"));
    auto seed = parse_integer(args.get("--seed", "42"));
    if (!lines || *lines < 1 || !seed || *seed < 0)
      return make_error(ErrorCode::kUsage, "--demo takes a number of lines and --seed a whole number");
    o.lines = *lines;
    o.seed = static_cast<uint64_t>(*seed);
    in.bytes.push_back(generate_demo_csv(o));
    names.push_back(demo_file_name(o));
  }
  for (const std::string& path : args.positional) {
    auto bytes = read_file(path);
    if (!bytes) return bytes.take_error();
    in.bytes.push_back(std::move(*bytes));
    names.push_back(base_name(path));
  }
  if (in.bytes.empty()) return make_error(ErrorCode::kUsage, "give at least one FILE (or --demo LINES)");

  std::vector<FileProfile> profiles;
  for (size_t i = 0; i < in.bytes.size(); ++i) {
    auto profile = inspect_file(names[i], in.bytes[i]);
    if (!profile) return profile.take_error();
    profiles.push_back(std::move(*profile));
  }
  // --map role=column: applies to every file that has the column.
  for (const std::string& m : args.all("--map")) {
    size_t eq = m.find('=');
    auto role = eq == std::string::npos ? std::nullopt : role_from_key(m.substr(0, eq));
    if (!role) return make_error(ErrorCode::kUsage, "--map takes role=column, e.g. order_date=Created at (got '" + m + "')");
    bool any = false;
    for (FileProfile& p : profiles) any = p.map_role(*role, m.substr(eq + 1)) || any;
    if (!any) return make_error(ErrorCode::kUsage, "no file has a column named '" + m.substr(eq + 1) + "'");
  }
  // --date-order dmy|mdy for every date column, or COLUMN=dmy|mdy for one.
  for (const std::string& d : args.all("--date-order")) {
    size_t eq = d.rfind('=');
    if (eq == std::string::npos) {
      options.date_order = parse_order(d);
      if (!options.date_order) return make_error(ErrorCode::kUsage, "--date-order takes dmy, mdy or COLUMN=dmy");
      continue;
    }
    auto order = parse_order(d.substr(eq + 1));
    if (!order) return make_error(ErrorCode::kUsage, "--date-order takes dmy, mdy or COLUMN=dmy (got '" + d + "')");
    bool any = false;
    for (FileProfile& p : profiles) any = p.set_date_order(d.substr(0, eq), *order) || any;
    if (!any) return make_error(ErrorCode::kUsage, "no file has a column named '" + d.substr(0, eq) + "'");
  }
  return profiles;
}

Result<LoadedInput> load_input(const Args& args) {
  LoadedInput in;
  CsvLoadOptions options;
  auto profiles = inspect_inputs(args, in, options);
  if (!profiles) return profiles.take_error();
  std::vector<InputFile> files;
  for (size_t i = 0; i < in.bytes.size(); ++i) {
    FileProfile& p = (*profiles)[i];
    std::string name = p.name;
    files.push_back(InputFile{std::move(name), in.bytes[i], std::move(p)});
  }
  auto store = load_dataset(std::move(files), options);
  if (!store) return store.take_error();
  in.store = std::move(*store);
  return in;
}

}  // namespace starcart::cli
