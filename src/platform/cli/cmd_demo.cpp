#include <cstdio>

#include "ingest/demo_events.h"
#include "ingest/demo_inventory.h"
#include "ingest/demo_shop.h"
#include "ingest/demo_spend.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"

namespace starcart::cli {

int cmd_demo(int argc, char** argv) {
  auto args = parse_args(argc, argv, {{"--lines", true}, {"--seed", true}, {"--format", true}, {"--events", false}, {"--stock", false}, {"--spend", false}});
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
  // --events / --stock: the event log or stock snapshots that go with the
  // demo orders of the same --lines and --seed (demo_events.h, demo_inventory.h).
  // --spend: the marketing spend per day and campaign (demo_spend.h).
  if (int(args->has("--events")) + int(args->has("--stock")) + int(args->has("--spend")) > 1)
    return fail(make_error(ErrorCode::kUsage, "give one of --events, --stock, --spend (one file per run)"), 2);
  const char* what = args->has("--events")  ? "events of"
                     : args->has("--stock") ? "stock of"
                     : args->has("--spend") ? "spend of"
                                            : "";
  const std::string text = args->has("--events")  ? generate_demo_events_csv(o)
                           : args->has("--stock") ? generate_demo_stock_csv(o)
                           : args->has("--spend") ? generate_demo_spend_csv(o)
                                                  : generate_demo_csv(o);
  if (auto s = write_file(out, text); !s) return fail(s.error());
  if (out != "-")
    std::fprintf(stderr, "wrote %s%s%lld lines to %s\n", what, *what ? " " : "", static_cast<long long>(o.lines),
                 out.c_str());
  return 0;
}

}  // namespace starcart::cli
