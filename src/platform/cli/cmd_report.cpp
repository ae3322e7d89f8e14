#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "analytics/report.h"
#include "analytics/report_html.h"
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

Result<MonthIndex> parse_month(const std::string& s, const char* option) {
  int y = 0, m = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d%c", &y, &m, &tail) != 2 || m < 1 || m > 12 || s.size() != 7)
    return make_error(ErrorCode::kUsage, std::string(option) + " takes a month as YYYY-MM (got '" + s + "')");
  return month_index(y, m);
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
  std::printf("new / returning customers  %s / %s\n", format_count(k.new_customers).c_str(),
              format_count(k.returning_customers).c_str());
  if (k.repeat_rate) std::printf("repeat-purchase rate       %s\n", format_percent(*k.repeat_rate).c_str());
  std::printf("\nmonth     revenue          orders  customers\n");
  for (const MonthPoint& p : r.monthly)
    std::printf("%s  %15s  %7s  %9s\n", format_month_key(p.month).c_str(), format_money(p.revenue).c_str(),
                format_count(p.orders).c_str(), format_count(p.customers).c_str());
  if (r.customers.snapshot != kNoDay) {
    std::printf("\nRFM segments as of %s\n", format_iso_date(r.customers.snapshot).c_str());
    for (const SegmentRow& s : r.customers.segments)
      if (s.customers > 0)
        std::printf("  %-20s %8s customers  %15s\n", segment_name(s.segment), format_count(s.customers).c_str(),
                    format_money(s.revenue).c_str());
  }
  std::printf("\ntop products by revenue\n");
  for (size_t i = 0; i < r.products.ranked.size() && i < r.options.top_n; ++i) {
    const ProductRow& p = r.products.ranked[i];
    std::printf("  %-10.*s %-40.*s %15s  %s\n", static_cast<int>(p.sku.size()), p.sku.data(),
                static_cast<int>(std::min<size_t>(p.name.size(), 40)), p.name.data(), format_money(p.revenue).c_str(),
                abc_name(p.abc));
  }
}

}  // namespace

int cmd_report(int argc, char** argv) {
  std::vector<OptionSpec> spec = load_option_specs();
  spec.insert(spec.end(), {{"--json", false}, {"--from", true}, {"--to", true}, {"--country", true},
                           {"--category", true}, {"--channel", true}, {"--payment", true}, {"--segment", true},
                           {"--cohort", true}, {"--snapshot", true}, {"--state", true}, {"--supplier", true}, {"--top", true}, {"--customers", false},
                           {"--timings", false}, {"--html", false}});
  const std::vector<OptionSpec> predictive = predictive_option_specs();
  spec.insert(spec.end(), predictive.begin(), predictive.end());
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
  f.states = args->all("--state");
  f.suppliers = args->all("--supplier");
  for (const std::string& seg : args->all("--segment")) {
    if (!parse_segment(seg)) {
      Error e = make_error(ErrorCode::kUsage, "--segment: no RFM segment is called '" + seg + "'");
      e.hint = "segments: Champions, Loyal, Potential Loyalists, New, Promising, Need Attention, About to Sleep, "
               "At Risk, Can't Lose, Hibernating";
      return fail(e, 2);
    }
    f.segments.push_back(seg);
  }
  if (args->has("--cohort")) {
    auto m = parse_month(args->get("--cohort"), "--cohort");
    if (!m) return fail(m.error(), 2);
    f.cohort = *m;
  }
  if (args->has("--snapshot")) {
    auto d = parse_iso_day(args->get("--snapshot"), "--snapshot");
    if (!d) return fail(d.error(), 2);
    f.snapshot = *d;
  }
  ReportOptions options;
  options.customer_table = args->has("--customers");
  if (args->has("--top")) {
    const std::string t = args->get("--top");
    char* end = nullptr;
    long n = std::strtol(t.c_str(), &end, 10);
    if (t.empty() || *end != 0 || n < 1 || n > 100000)
      return fail(make_error(ErrorCode::kUsage, "--top takes a count from 1 to 100000 (got '" + t + "')"), 2);
    options.top_n = static_cast<size_t>(n);
  }
  if (Status st = parse_predictive_options(*args, options); !st.ok()) return fail(st.error(), 2);
  const double t0 = now_ms();
  auto in = load_input(*args);
  if (!in) return fail(in.error(), in.error().code == ErrorCode::kUsage ? 2 : 1);
  const double t1 = now_ms();
  Report r = compute_report(in->store, f, options);
  const double t2 = now_ms();
  if (args->has("--html")) {  // the executive report (analytics/report_html.h), as the page downloads it
    ReportHtmlOptions ho;
    for (const InputSummary::File& file : r.input.files) ho.title += (ho.title.empty() ? "" : ", ") + file.name;
    ho.currency = in->store.currency_symbol;
    std::fputs(report_html(r, ho).c_str(), stdout);
  } else if (args->has("--json")) {
    std::printf("%s\n", report_to_json(r).c_str());
  } else {
    print_text(r);
    print_predictive(r);
  }
  std::fflush(stdout);
  // Where the time went, for scripts (scripts/bench): one line on stderr.
  if (args->has("--timings"))
    std::fprintf(stderr, "timings_ms load=%.1f report=%.1f output=%.1f lines=%zu\n", t1 - t0, t2 - t1,
                 now_ms() - t2, in->store.lines());
  return 0;
}

}  // namespace starcart::cli
