#include <cstdio>

#include "analytics/report.h"
#include "core/format.h"
#include "core/job.h"  // now_ms
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"

namespace starcart::cli {

namespace {

Result<Day> parse_iso_day(const std::string& s, const char* option) {
  DateParts p;
  if (!parse_date_parts(s, p) || p.shape != DateShape::kYearFirst)
    return make_error(ErrorCode::kUsage, std::string(option) + " takes a date as YYYY-MM-DD (got '" + s + "')");
  return *resolve_date(p, DateOrder::kMonthFirst);
}

void print_text(const Report& r) {
  const Kpis& k = r.kpis;
  std::printf("rows read %s, loaded %s, rejected %s, duplicates %s, excluded %s\n",
              format_count(r.input.totals.rows_read).c_str(), format_count(r.input.totals.rows_loaded).c_str(),
              format_count(r.input.totals.rows_rejected).c_str(), format_count(r.input.totals.duplicates).c_str(),
              format_count(r.input.excluded).c_str());
  std::printf("revenue      %s\n", format_money(k.revenue).c_str());
  std::printf("net revenue  %s\n", format_money(k.net_revenue).c_str());
  std::printf("orders       %s\n", format_count(k.orders).c_str());
  std::printf("customers    %s\n", format_count(k.customers).c_str());
  std::printf("AOV          %s\n", format_money(k.aov).c_str());
  std::printf("units        %s\n", format_count(k.units).c_str());
  std::printf("returns      %s (%s lines)\n", format_money(k.return_value).c_str(), format_count(k.return_lines).c_str());
  std::printf("\nmonth     revenue          orders  customers\n");
  for (const MonthPoint& p : r.monthly)
    std::printf("%s  %15s  %7s  %9s\n", format_month_key(p.month).c_str(), format_money(p.revenue).c_str(),
                format_count(p.orders).c_str(), format_count(p.customers).c_str());
}

}  // namespace

int cmd_report(int argc, char** argv) {
  std::vector<OptionSpec> spec = load_option_specs();
  spec.insert(spec.end(), {{"--json", false}, {"--from", true}, {"--to", true}, {"--country", true},
                           {"--category", true}, {"--channel", true}, {"--payment", true},
                           {"--timings", false}});
  auto args = parse_args(argc, argv, spec);
  if (!args) return fail(args.error(), 2);
  Filter f;
  if (args->has("--from")) {
    auto d = parse_iso_day(args->get("--from"), "--from");
    if (!d) return fail(d.error(), 2);
    f.from = *d;
  }
  if (args->has("--to")) {
    auto d = parse_iso_day(args->get("--to"), "--to");
    if (!d) return fail(d.error(), 2);
    f.to = *d;
  }
  f.countries = args->all("--country");
  f.categories = args->all("--category");
  f.channels = args->all("--channel");
  f.payment_types = args->all("--payment");
  const double t0 = now_ms();
  auto in = load_input(*args);
  if (!in) return fail(in.error(), in.error().code == ErrorCode::kUsage ? 2 : 1);
  const double t1 = now_ms();
  Report r = compute_report(in->store, f);
  const double t2 = now_ms();
  if (args->has("--json")) std::printf("%s\n", report_to_json(r).c_str());
  else print_text(r);
  std::fflush(stdout);
  // Where the time went, for scripts (scripts/bench): one line on stderr.
  if (args->has("--timings"))
    std::fprintf(stderr, "timings_ms load=%.1f report=%.1f output=%.1f lines=%zu\n", t1 - t0, t2 - t1,
                 now_ms() - t2, in->store.lines());
  return 0;
}

}  // namespace starcart::cli
