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

// "2024-01-01..2024-01-31" (the custom comparison periods).
Result<DayRange> parse_range(const std::string& s, const char* option) {
  const size_t dots = s.find("..");
  if (dots == std::string::npos)
    return make_error(ErrorCode::kUsage, std::string(option) + " takes FROM..TO as YYYY-MM-DD..YYYY-MM-DD (got '" + s + "')");
  auto a = parse_iso_day(s.substr(0, dots), option);
  if (!a) return a.error();
  auto b = parse_iso_day(s.substr(dots + 2), option);
  if (!b) return b.error();
  if (*b < *a) return make_error(ErrorCode::kUsage, std::string(option) + ": the range ends before it starts ('" + s + "')");
  return DayRange{*a, *b};
}

void print_comparison(const Report& r) {
  const PeriodComparison& c = r.comparison;
  std::printf("\n%s: %s..%s vs %s..%s\n", compare_preset_label(c.preset), format_iso_date(c.periods.current.from).c_str(),
              format_iso_date(c.periods.current.to).c_str(), format_iso_date(c.periods.previous.from).c_str(),
              format_iso_date(c.periods.previous.to).c_str());
  for (const KpiChange& k : c.kpis) {
    auto num = [&](const std::optional<double>& v) {
      if (!v) return std::string("-");
      if (k.unit == KpiChange::Unit::kShare) return format_percent(*v);
      if (k.unit == KpiChange::Unit::kRatio) return format_fixed(*v, 2);
      if (k.unit == KpiChange::Unit::kMoney) return format_fixed(*v, 2);
      return format_count(static_cast<int64_t>(*v));
    };
    std::printf("  %-22s %15s %15s %10s\n", k.label, num(k.current).c_str(), num(k.previous).c_str(),
                k.relative ? format_delta_percent(*k.relative).c_str() : "-");
  }
  for (const ContributionTable* t : {&c.categories, &c.countries, &c.segments, &c.products}) {
    std::printf("  contributions to the revenue change: %s\n", t->dimension);
    for (size_t i = 0; i < t->rows.size() && i < 5; ++i) {
      const Contribution& row = t->rows[i];
      std::printf("    %-32.32s %15s %9s\n", (row.key.empty() ? "(not given)" : row.label).c_str(),
                  format_money(row.change).c_str(), row.share ? format_percent(*row.share).c_str() : "-");
    }
  }
}

void print_insights(const Report& r) {
  std::printf("\ninsights\n");
  int n = 0;
  for (const Insight& i : r.insights.items)
    std::printf("  %d. [%s %.3f] %s\n", ++n, insight_kind_key(i.kind), i.effect, i.text.c_str());
  if (r.insights.items.empty()) std::printf("  (none passes the thresholds)\n");
}

// Channels (last and first touch, new customers) and, with a spend file,
// spend, ROAS and CAC; spend on channels no order names is listed.
void print_marketing(const Report& r) {
  const Marketing& m = r.marketing;
  if (m.channels.empty()) return;
  std::printf("\nchannel            revenue (last)  first touch    orders    new%s\n",
              m.has_spend ? "            spend   ROAS             CAC" : "");
  for (const MarketingRow& c : m.channels) {
    std::printf("  %-16.16s %15s %15s %7s %6s", c.channel_name.empty() ? "(none)" : std::string(c.channel_name).c_str(),
                format_money(c.revenue).c_str(), format_money(c.first_touch_revenue).c_str(),
                format_count(c.orders).c_str(), format_count(c.new_customers).c_str());
    if (m.has_spend)
      std::printf(" %15s %6s %15s", format_money(c.spend).c_str(), c.roas ? format_fixed(*c.roas, 2).c_str() : "-",
                  c.cac ? format_money(*c.cac).c_str() : "-");
    std::printf("\n");
  }
  if (!m.has_spend) return;
  std::printf("  spend %s, ROAS %s, CAC %s%s\n", format_money(m.total_spend).c_str(),
              m.roas ? format_fixed(*m.roas, 2).c_str() : "-", m.cac ? format_money(*m.cac).c_str() : "-",
              m.spend_unfiltered ? " (spend not narrowed by countries, categories or customers)" : "");
  for (const UnknownSpendChannel& u : m.unknown_channels)
    std::printf("  spend on a channel no order names: %s %s (%s rows)\n",
                u.name.empty() ? "(not given)" : std::string(u.name).c_str(), format_money(u.spend).c_str(),
                format_count(u.rows).c_str());
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
                           {"--cohort", true}, {"--snapshot", true}, {"--state", true}, {"--supplier", true},
                           {"--top", true}, {"--customers", false}, {"--timings", false}, {"--html", false}, {"--predictions", false},
                           {"--compare", true}, {"--compare-current", true}, {"--compare-previous", true},
                           {"--no-insights", false}});
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
  // Period comparison (issue 11): a preset, or two custom ranges.
  if (args->has("--compare")) {
    auto p = parse_compare_preset(args->get("--compare"));
    if (!p || *p == ComparePreset::kCustom)
      return fail(make_error(ErrorCode::kUsage, "--compare takes this-month, this-quarter, this-year or last-30-days (got '" +
                                                    args->get("--compare") + "'); two custom ranges: --compare-current "
                                                    "and --compare-previous"),
                  2);
    options.compare.preset = *p;
  }
  if (args->has("--compare-current") || args->has("--compare-previous")) {
    if (!args->has("--compare-current") || !args->has("--compare-previous"))
      return fail(make_error(ErrorCode::kUsage, "--compare-current and --compare-previous go together"), 2);
    auto a = parse_range(args->get("--compare-current"), "--compare-current");
    if (!a) return fail(a.error(), 2);
    auto b = parse_range(args->get("--compare-previous"), "--compare-previous");
    if (!b) return fail(b.error(), 2);
    options.compare.preset = ComparePreset::kCustom;
    options.compare.custom = {*a, *b};
  }
  options.insights = !args->has("--no-insights");
  // The HTML page is the one the page downloads: its predictions section
  // only when asked for (the page has it once the Predict tab has fitted
  // its models).
  if (args->has("--html") && !args->has("--predictions")) options.predictive = false;
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
    print_marketing(r);
    print_predictive(r);
    print_comparison(r);
    if (r.options.insights) print_insights(r);
  }
  std::fflush(stdout);
  // Where the time went, for scripts (scripts/bench): one line on stderr.
  if (args->has("--timings"))
    std::fprintf(stderr, "timings_ms load=%.1f report=%.1f output=%.1f lines=%zu\n", t1 - t0, t2 - t1,
                 now_ms() - t2, in->store.lines());
  return 0;
}

}  // namespace starcart::cli
