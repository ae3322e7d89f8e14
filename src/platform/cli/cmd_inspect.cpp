#include <cstdio>

#include "ingest/csv_sniffer.h"
#include "ingest/file_profile.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"

namespace starcart::cli {

int cmd_inspect(int argc, char** argv) {
  std::vector<OptionSpec> spec = load_option_specs();
  auto args = parse_args(argc, argv, spec);
  if (!args) return fail(args.error(), 2);
  if (args->positional.empty()) return fail(make_error(ErrorCode::kUsage, "give at least one FILE"), 2);
  int status = 0;
  for (const std::string& path : args->positional) {
    auto bytes = read_file(path);
    if (!bytes) { status = fail(bytes.error()); continue; }
    auto p = inspect_csv(base_name(path), *bytes);
    if (!p) { status = fail(p.error()); continue; }
    std::printf("%s\n", p->name.c_str());
    std::printf("  encoding   %s (%s)\n", encoding_name(p->encoding.encoding), p->encoding.evidence.c_str());
    std::printf("  delimiter  %s: %s\n", delimiter_name(p->dialect.delimiter), p->dialect_evidence.c_str());
    std::printf("  header     %s\n", p->has_header ? "yes" : "no");
    std::printf("  layout     %s\n", p->layout.c_str());
    std::printf("  columns\n");
    for (const ColumnProfile& c : p->columns) {
      std::printf("    %-28s %-18s %4.0f%%  %s\n", c.name.c_str(), std::string(role_info(c.guess.role).key).c_str(),
                  c.guess.confidence * 100.0, c.guess.reason.c_str());
    }
    // A full load gives the date order and the reject counts.
    Args one = *args;
    one.positional = {path};
    auto in = load_input(one);
    if (!in) { status = fail(in.error()); continue; }
    for (const SourceFile& f : in->store.files) {
      for (const Decision& d : f.decisions)
        std::printf("  decision   %s%s%s: %s%s\n", d.column.c_str(), d.column.empty() ? "" : ": ", d.what.c_str(),
                    d.evidence.c_str(), d.needs_review ? " [please review]" : "");
      std::printf("  rows       read %lld, loaded %lld, rejected %lld, duplicates %lld\n",
                  static_cast<long long>(f.counts.rows_read), static_cast<long long>(f.counts.rows_loaded),
                  static_cast<long long>(f.counts.rows_rejected), static_cast<long long>(f.counts.duplicates));
    }
    size_t shown = 0;
    for (const RejectedRow& r : in->store.rejected) {
      if (shown++ == 10) { std::printf("  ... %zu more rejected rows\n", in->store.rejected.size() - 10); break; }
      std::printf("  rejected   line %lld col %d: %s\n", static_cast<long long>(r.line), r.column, r.reason.c_str());
    }
  }
  return status;
}

}  // namespace starcart::cli
