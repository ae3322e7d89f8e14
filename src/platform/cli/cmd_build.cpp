#include <cstdio>

#include "core/format.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"
#include "warehouse/star_schema.h"

namespace starcart::cli {

int cmd_build(int argc, char** argv) {
  auto args = parse_args(argc, argv, load_option_specs());
  if (!args) return fail(args.error(), 2);
  std::string out = args->get("-o");
  if (out.empty()) return fail(make_error(ErrorCode::kUsage, "give the database file with -o shop.sqlite"), 2);
  double t0 = now_ms();
  auto in = load_input(*args);
  if (!in) return fail(in.error(), in.error().code == ErrorCode::kUsage ? 2 : 1);
  double t1 = now_ms();
  auto db = Database::open_memory();
  if (!db) return fail(db.error());
  StarSchemaJob job(in->store, *db);
  if (auto s = run_to_end(job); !s) return fail(s.error());
  double t2 = now_ms();
  auto bytes = db->serialize();
  if (!bytes) return fail(bytes.error());
  if (auto s = write_file(out, *bytes); !s) return fail(s.error());
  for (const SourceFile& f : in->store.files)
    std::printf("%-40s read %12s  loaded %12s  rejected %8s  duplicates %8s\n", f.name.c_str(),
                format_count(f.counts.rows_read).c_str(), format_count(f.counts.rows_loaded).c_str(),
                format_count(f.counts.rows_rejected).c_str(), format_count(f.counts.duplicates).c_str());
  std::printf("fact lines %s in %s (parse %s, SQLite %s); wrote %s (%s)\n", format_count(static_cast<int64_t>(in->store.lines())).c_str(),
              format_duration((t2 - t0) / 1000).c_str(), format_duration((t1 - t0) / 1000).c_str(),
              format_duration((t2 - t1) / 1000).c_str(), out.c_str(), format_bytes(static_cast<int64_t>(bytes->size())).c_str());
  return 0;
}

}  // namespace starcart::cli
