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

Result<LoadedInput> load_input(const Args& args) {
  LoadedInput in;
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

  CsvLoadOptions options;
  std::string order = args.get("--date-order");
  if (order == "dmy" || order == "d/m/y") options.date_order = DateOrder::kDayFirst;
  else if (order == "mdy" || order == "m/d/y") options.date_order = DateOrder::kMonthFirst;
  else if (!order.empty()) return make_error(ErrorCode::kUsage, "--date-order takes dmy or mdy");

  std::vector<InputFile> files;
  for (size_t i = 0; i < in.bytes.size(); ++i) {
    auto profile = inspect_csv(names[i], in.bytes[i]);
    if (!profile) return profile.take_error();
    for (const std::string& m : args.all("--map")) {
      size_t eq = m.find('=');
      auto role = eq == std::string::npos ? std::nullopt : role_from_key(m.substr(0, eq));
      if (!role) return make_error(ErrorCode::kUsage, "--map takes role=column, e.g. order_date=Created at (got '" + m + "')");
      if (!profile->map_role(*role, m.substr(eq + 1)))
        return make_error(ErrorCode::kUsage, "no column named '" + m.substr(eq + 1) + "'", Location{names[i]});
    }
    files.push_back(InputFile{names[i], in.bytes[i], std::move(*profile)});
  }
  // Stepped rather than run at once, to time each file: a step's time goes
  // to the file being read when it starts (steps are a few ms long).
  std::vector<int64_t> file_end;
  int64_t end = 0;
  for (const std::string& b : in.bytes) file_end.push_back(end += static_cast<int64_t>(b.size()));
  in.file_parse_ms.assign(in.bytes.size(), 0.0);
  DatasetLoadJob job(std::move(files), options);
  const double started = now_ms();
  for (;;) {
    const int64_t done = job.progress().done;
    size_t file = 0;
    while (file + 1 < file_end.size() && done >= file_end[file]) ++file;
    const double t0 = now_ms();
    const StepState st = job.step(5.0);
    if (done < end) in.file_parse_ms[file] += now_ms() - t0;
    if (st == StepState::kFailed) return job.error();
    if (st == StepState::kDone) break;
  }
  in.parse_ms = now_ms() - started;
  in.store = job.take_store();
  return in;
}

}  // namespace starcart::cli
