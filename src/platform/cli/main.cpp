// starcart command-line tool: the same engine as the page, without the UI.
#include <cstdio>
#include <cstring>

#include "platform/cli/commands.h"

namespace {

constexpr const char* kUsage = R"(starcart: e-commerce analytics from shop exports

usage:
  starcart demo [--lines N] [--seed S] [--format full|online-retail] [-o FILE]
      Writes the deterministic demo shop as CSV (default: 50000 lines, seed 42, to stdout).
      --events / --stock: instead, the event log / weekly stock snapshots that go with
      the demo orders of the same --lines and --seed (load them together with the orders).
      --spend: the marketing spend per day, channel and campaign that goes with them.
  starcart report FILE... [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                 [--country X]... [--category X]... [--channel X]... [--payment X]...
                 [--state X]... [--supplier X]...
                 [--segment NAME]... [--cohort YYYY-MM] [--snapshot YYYY-MM-DD]
                 [--top N] [--customers] [--timings] [--html [--predictions]]
                 [--calibration-end YYYY-MM-DD] [--no-holdout] [--clv-months N] [--clv-discount R]
                 [--churn-days N] [--min-support S]
                 [--compare this-month|this-quarter|this-year|last-30-days]
                 [--compare-current FROM..TO --compare-previous FROM..TO] [--no-insights]
      KPIs and monthly figures; --json prints the report document (starcart.report/1,
      docs/report-json.md) with every analysis; --customers adds the per-customer RFM table.
      --timings adds one line on stderr: load (read + parse + facts), report, output ms.
      Lifetime value (BG/NBD + Gamma-Gamma): calibration ends --calibration-end (default: 75 % of
      the span; the rest is the holdout, none with --no-holdout); CLV over --clv-months (12) at
      --clv-discount (0.01 a month). Churn = no purchase in --churn-days (90) days.
      Bought-together pairs need --min-support (0.005) of the orders.
      --html prints the executive report: one self-contained HTML page (prints on A4); with
      --predictions it also has the forecast, lifetime value, churn and bought-together tables.
      --compare sets the period comparison (default this-month: the data's last month so far vs the
      same days of the month before); two custom ranges instead with --compare-current and
      --compare-previous (YYYY-MM-DD..YYYY-MM-DD). The rest of the filter applies to both periods.
      Automatic insights (ranked, with their numbers) are in every report; --no-insights skips them.
      --state keeps lines of a state as written ("SP", "California"); --supplier keeps lines of a
      supplier's products. With a variant column the report has the A/B test readout ("experiment").
  starcart inspect FILE...
      What the importer detects: format (CSV/JSON/NDJSON), encoding, delimiter, layout, file kind,
      column types and roles (confidence, reason), date order, rejects, and how several files relate.
  starcart build FILE... -o shop.sqlite [--append] [--reference-date today|data|YYYY-MM-DD]
      Builds the star schema and writes it as a SQLite database; prints the load audit and
      data quality. --append adds a newer export to an existing shop.sqlite.
  starcart sql shop.sqlite "SELECT ..." [--csv] [--page N] [--page-size N] [--timeout-ms N]
  starcart sql shop.sqlite --schema
      Runs one read-only statement (the page's SQL console engine); --csv prints every row.

options for commands that read data:
  --demo N [--seed S]     use the built-in demo shop with N lines instead of (or besides) files
  --map role=column       map a column to a role (order_id, order_date, customer_id, sku,
                          quantity, unit_price, country, category, ...)
  --date-order dmy|mdy    read ambiguous dates day-first or month-first
  --date-order COLUMN=dmy the same for one date column only
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace starcart::cli;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char* cmd = argv[1];
  if (!std::strcmp(cmd, "demo")) return cmd_demo(argc, argv);
  if (!std::strcmp(cmd, "report")) return cmd_report(argc, argv);
  if (!std::strcmp(cmd, "inspect")) return cmd_inspect(argc, argv);
  if (!std::strcmp(cmd, "build")) return cmd_build(argc, argv);
  if (!std::strcmp(cmd, "sql")) return cmd_sql(argc, argv);
  std::fprintf(stderr, "starcart: unknown command '%s'\n\n%s", cmd, kUsage);
  return 2;
}
