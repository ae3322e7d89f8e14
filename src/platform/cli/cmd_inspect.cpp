// starcart inspect FILE...: what the importer detects, per file (format,
// encoding, dialect, layout, kind, types and roles with confidence and
// reason), then what loading them together gives (date-order decisions with
// evidence, row counts, rejected rows, how the files relate by their keys).
#include <cstdio>

#include "ingest/csv_sniffer.h"
#include "ingest/file_profile.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"

namespace starcart::cli {

namespace {

void print_profile(const FileProfile& p) {
  std::printf("%s\n", p.name.c_str());
  std::printf("  format     %s\n", file_format_name(p.format));
  std::printf("  encoding   %s (%s)\n", encoding_name(p.encoding.encoding), p.encoding.evidence.c_str());
  if (p.format == FileFormat::kCsv) {
    std::printf("  delimiter  %s: %s\n", delimiter_name(p.dialect.delimiter), p.dialect_evidence.c_str());
    std::printf("  header     %s\n", p.has_header ? "yes" : "no (columns are numbered)");
  } else {
    std::printf("  records    %s\n", p.dialect_evidence.c_str());
  }
  std::printf("  numbers    decimal '%c' (%s)\n", p.number_style.decimal, p.number_style_evidence.c_str());
  std::printf("  layout     %s\n", p.layout.c_str());
  std::printf("  kind       %s (%s)%s\n", file_kind_name(p.kind), p.kind_reason.c_str(),
              p.carry_down ? "; order-level fields carried down to each order's lines" : "");
  std::printf("  columns    %-30s %-18s %5s  %-17s %s\n", "name", "role", "conf", "type", "reason");
  for (const ColumnProfile& c : p.columns) {
    std::string reason = c.guess.reason;
    if (c.guess.role == Role::kNone && !c.alternatives.empty())
      reason = "could be " + std::string(role_info(c.alternatives[0].role).key) + ": " + c.alternatives[0].reason;
    std::printf("    %-36s %-18s %4.0f%%  %-17s %s\n", c.name.c_str(), std::string(role_info(c.guess.role).key).c_str(),
                c.guess.confidence * 100.0, value_type_name(c.type.type), reason.c_str());
    if (c.type.is_date() && c.type.dates.has_year_last()) {
      const DateOrderEvidence& d = c.type.dates;
      std::printf("      sample dates: %lld prove D/M/Y%s, %lld prove M/D/Y%s, %lld fit both\n",
                  static_cast<long long>(d.day_first),
                  d.day_first_example.empty() ? "" : (" (" + d.day_first_example + ")").c_str(),
                  static_cast<long long>(d.month_first),
                  d.month_first_example.empty() ? "" : (" (" + d.month_first_example + ")").c_str(),
                  static_cast<long long>(d.ambiguous));
    }
  }
}

void print_load(const FactStore& s) {
  std::printf("\nloaded together: %zu lines (%lld excluded)\n", s.lines(), static_cast<long long>(s.excluded_lines));
  for (const SourceFile& f : s.files) {
    // Kinds the facts draw on: lines, and the files lines look things up in.
    const bool used = f.kind == "order lines" || f.kind == "order items" || f.kind == "orders" ||
                      f.kind == "customers" || f.kind == "products" || f.kind == "inventory" ||
                      f.kind == "payments" || f.kind == "returns" || f.kind == "category translation" ||
                      f.kind == "events";
    std::printf("%s (%s, %s)%s\n", f.name.c_str(), f.kind.c_str(), f.format.c_str(),
                used ? "" : ": read and counted, not part of the facts");
    for (const Decision& d : f.decisions)
      std::printf("  decision   %s%s%s: %s%s\n", d.column.c_str(), d.column.empty() ? "" : ": ", d.what.c_str(),
                  d.evidence.c_str(), d.needs_review ? " [please review: --date-order COLUMN=dmy|mdy]" : "");
    std::printf("  rows       read %lld = loaded %lld + rejected %lld + duplicates %lld\n",
                static_cast<long long>(f.counts.rows_read), static_cast<long long>(f.counts.rows_loaded),
                static_cast<long long>(f.counts.rows_rejected), static_cast<long long>(f.counts.duplicates));
    size_t shown = 0, total = 0;
    for (const RejectedRow& r : s.rejected) {
      if (r.file != f.name) continue;
      ++total;
      if (shown == 10) continue;
      ++shown;
      std::printf("  rejected   line %lld col %d: %s\n", static_cast<long long>(r.line), r.column, r.reason.c_str());
    }
    if (total > shown) std::printf("  ... %zu more rejected rows\n", total - shown);
  }
  for (const KeyMatch& k : s.relations)
    std::printf("relation   %s -> %s by %s: %lld matched, %lld unmatched%s%s\n", k.from_file.c_str(), k.to_file.c_str(),
                k.key.c_str(), static_cast<long long>(k.matched), static_cast<long long>(k.unmatched),
                k.example.empty() ? "" : ", e.g. ", k.example.c_str());
  if (!s.payments.empty()) std::printf("payments   %zu payment rows kept per order\n", s.payments.size());
}

}  // namespace

int cmd_inspect(int argc, char** argv) {
  std::vector<OptionSpec> spec = load_option_specs();
  auto args = parse_args(argc, argv, spec);
  if (!args) return fail(args.error(), 2);
  if (args->positional.empty() && !args->has("--demo"))
    return fail(make_error(ErrorCode::kUsage, "give at least one FILE"), 2);
  LoadedInput in;
  CsvLoadOptions options;
  auto profiles = inspect_inputs(*args, in, options);
  if (!profiles) return fail(profiles.error());
  for (const FileProfile& p : *profiles) print_profile(p);
  auto store = load_inputs(in, *profiles, options);
  if (!store) return fail(store.error());
  print_load(*store);
  return 0;
}

}  // namespace starcart::cli
