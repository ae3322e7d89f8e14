// starcart build FILE... -o shop.sqlite [--append] [--reference-date today|data|YYYY-MM-DD]
// Builds the star schema (or appends a newer export to an existing file with
// --append) and prints the load audit, what the load took, its timings and
// the data-quality rules that fail.
#include <cstdio>

#include "core/format.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"
#include "warehouse/warehouse.h"

namespace starcart::cli {

namespace {

Result<QualityOptions> quality_options(const Args& args) {
  QualityOptions q;
  const std::string ref = args.get("--reference-date", "today");
  if (ref == "today") return q;
  if (ref == "data") {
    q.future_reference = FutureReference::kDataLastDate;
    return q;
  }
  DateParts p;
  if (!parse_date_parts(ref, p) || p.shape != DateShape::kYearFirst)
    return make_error(ErrorCode::kUsage, "--reference-date takes today, data or a date as YYYY-MM-DD (got '" + ref + "')");
  auto day = resolve_date(p, DateOrder::kMonthFirst);
  if (!day) return make_error(ErrorCode::kUsage, "--reference-date: '" + ref + "' is not a date");
  q.today = *day;
  return q;
}

std::string ms_text(double ms) { return ms < 0 ? std::string("-") : format_duration(ms / 1000.0); }

void print_audit(const LoadSummary& s) {
  std::printf("%-32s %12s %12s %9s %10s %12s %12s %9s\n", "file", "read", "loaded", "rejected", "duplicates",
              "appended", "had already", "parse");
  for (const FileLoad& f : s.files)
    std::printf("%-32s %12s %12s %9s %10s %12s %12s %9s%s\n", f.name.c_str(), format_count(f.counts.rows_read).c_str(),
                format_count(f.counts.rows_loaded).c_str(), format_count(f.counts.rows_rejected).c_str(),
                format_count(f.counts.duplicates).c_str(), format_count(f.lines_appended).c_str(),
                format_count(f.lines_already_loaded).c_str(), ms_text(f.parse_ms).c_str(),
                f.same_bytes_as_earlier ? "  (same bytes as an earlier file)" : "");
}

void print_load(const LoadSummary& s) {
  std::printf("load %lld: %s lines appended (%s lines of orders loaded before); orders: %s new, %s already loaded",
              static_cast<long long>(s.load_id), format_count(s.lines_appended).c_str(),
              format_count(s.lines_already_loaded).c_str(), format_count(s.orders_appended).c_str(),
              format_count(s.orders_already_loaded).c_str());
  if (s.orders_changed > 0) std::printf(" (%s changed since, kept as first loaded)", format_count(s.orders_changed).c_str());
  std::printf("\ncustomers: %s new, %s new versions (address changed); products: %s new; returns: %s (%s linked to a sale)\n",
              format_count(s.customers_new).c_str(), format_count(s.customer_versions_new).c_str(),
              format_count(s.products_new).c_str(), format_count(s.returns_appended).c_str(),
              format_count(s.returns_linked).c_str());
  const LoadTimings& t = s.timings;
  if (s.events_appended > 0 || s.stock_appended > 0)
    std::printf("events: %s appended (%s with an unknown product, %s); stock rows: %s appended (%s unknown product, %s)\n",
                format_count(s.events_appended).c_str(), format_count(s.events_unknown_product).c_str(),
                ms_text(t.events).c_str(), format_count(s.stock_appended).c_str(),
                format_count(s.stock_unknown_product).c_str(), ms_text(t.stock).c_str());
  const double per_s = t.star() > 0 ? static_cast<double>(s.lines_appended) / t.star() * 1000.0 : 0;
  std::printf("SQLite: star schema %s (%s lines/s: dimensions %s, facts %s, indexes %s), marts %s, quality %s\n",
              ms_text(t.star()).c_str(), format_count(static_cast<int64_t>(per_s)).c_str(), ms_text(t.dimensions).c_str(),
              ms_text(t.facts).c_str(), ms_text(t.indexes).c_str(), ms_text(t.marts).c_str(), ms_text(t.quality).c_str());
}

void print_quality(const QualityReport& q) {
  std::printf("data quality (future = after %s, %s): %lld of %zu rules find something\n", q.reference.c_str(),
              format_iso_date(q.reference_day).c_str(), static_cast<long long>(q.failing_rules()), q.rules.size());
  for (const RuleResult& r : q.rules) {
    if (r.failures == 0) continue;
    std::printf("  %-7s %-24s %s%s%s: %s of %s rows: %s\n", severity_name(r.severity), r.rule_id.c_str(), r.table.c_str(),
                r.column.empty() ? "" : ".", r.column.c_str(), format_count(r.failures).c_str(),
                format_count(r.checked).c_str(), r.description.c_str());
    if (!r.examples.empty()) std::printf("          e.g. %s\n", r.examples.front().detail.c_str());
  }
}

}  // namespace

int cmd_build(int argc, char** argv) {
  std::vector<OptionSpec> spec = load_option_specs();
  spec.insert(spec.end(), {{"--append", false}, {"--reference-date", true}});
  auto args = parse_args(argc, argv, spec);
  if (!args) return fail(args.error(), 2);
  const std::string out = args->get("-o");
  if (out.empty()) return fail(make_error(ErrorCode::kUsage, "give the database file with -o shop.sqlite"), 2);
  auto quality = quality_options(*args);
  if (!quality) return fail(quality.error(), 2);

  auto warehouse = Warehouse::create();
  if (args->has("--append")) {
    auto existing = read_file(out);
    if (existing) warehouse = Warehouse::from_sqlite_bytes(*existing);
    else if (existing.error().code != ErrorCode::kIo) return fail(existing.error());
  }
  if (!warehouse) return fail(warehouse.error());

  auto in = load_input(*args);
  if (!in) return fail(in.error(), in.error().code == ErrorCode::kUsage ? 2 : 1);
  LoadOptions options;
  options.quality = *quality;
  options.parse_ms = in->parse_ms;
  options.file_parse_ms = in->file_parse_ms;
  auto summary = warehouse->load_now(in->store, options);
  if (!summary) return fail(summary.error());

  print_audit(*summary);
  if (summary->nothing_new) {
    std::printf("nothing new: every file was loaded before; %s is unchanged\n", out.c_str());
    return 0;
  }
  print_load(*summary);
  auto report = warehouse->quality_report();
  if (!report) return fail(report.error());
  print_quality(*report);
  auto bytes = warehouse->export_sqlite();
  if (!bytes) return fail(bytes.error());
  if (auto s = write_file(out, *bytes); !s) return fail(s.error());
  std::printf("wrote %s (%s); parse %s\n", out.c_str(), format_bytes(static_cast<int64_t>(bytes->size())).c_str(),
              ms_text(in->parse_ms).c_str());
  return 0;
}

}  // namespace starcart::cli
