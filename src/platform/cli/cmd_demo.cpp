#include <cstdio>

#include "ingest/demo_shop.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"

namespace starcart::cli {

int cmd_demo(int argc, char** argv) {
  auto args = parse_args(argc, argv, {{"--lines", true}, {"--seed", true}, {"--format", true}});
  if (!args) return fail(args.error(), 2);
  DemoOptions o;
  auto lines = parse_integer(args->get("--lines", "50000"));
  auto seed = parse_integer(args->get("--seed", "42"));
  if (!lines || !seed || *seed < 0)
    return fail(make_error(ErrorCode::kUsage, "--lines and --seed take whole numbers"), 2);
  o.lines = *lines;
  o.seed = static_cast<uint64_t>(*seed);
  std::string format = args->get("--format", "full");
  if (format == "online-retail") o.format = DemoFormat::kOnlineRetail;
  else if (format != "full") return fail(make_error(ErrorCode::kUsage, "--format takes full or online-retail"), 2);
  if (o.lines < 1) return fail(make_error(ErrorCode::kUsage, "--lines must be at least 1"), 2);
  std::string out = args->get("-o", "-");
  if (auto s = write_file(out, generate_demo_csv(o)); !s) return fail(s.error());
  if (out != "-") std::fprintf(stderr, "wrote %lld lines to %s\n", static_cast<long long>(o.lines), out.c_str());
  return 0;
}

}  // namespace starcart::cli
