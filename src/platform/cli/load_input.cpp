// Reading the CLI's inputs. CSV files are read through a sliding window:
// pass 1 reads the file in 4 MB chunks to check its encoding over all of it
// and compute its fingerprint, keeping only the first MB for inspection;
// pass 2 feeds the chunks to the resumable tokenizer (CsvLoadJob::feed). So a
// 1 GB file never needs a copy of itself in memory. JSON (parsed as one
// document) and UTF-16 (transcoded whole) files are read whole.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/hash.h"
#include "ingest/demo_shop.h"
#include "ingest/file_stream.h"
#include "ingest/json_scan.h"
#include "ingest/table_load_job.h"
#include "ingest/value_parsers.h"
#include "platform/cli/commands.h"
#include "platform/cli/file_io.h"

namespace starcart::cli {

int fail(const Error& e, int code) {
  std::fprintf(stderr, "starcart: %s\n", e.to_string().c_str());
  return code;
}

std::vector<OptionSpec> load_option_specs() {
  return {{"--demo", true}, {"--seed", true}, {"--map", true}, {"--date-order", true}};
}

namespace {

constexpr size_t kChunk = size_t{4} << 20;
constexpr size_t kSample = size_t{1} << 20;

struct File {
  FILE* f = nullptr;
  explicit File(const std::string& path) : f(std::fopen(path.c_str(), "rb")) {}
  ~File() {
    if (f) std::fclose(f);
  }
};

// Pass 1: size, fingerprint, the first invalid UTF-8 byte, the first MB.
struct Scan {
  int64_t size = 0;
  uint64_t fingerprint = 0;
  int64_t first_invalid = -1;
  std::string sample;
};

Result<Scan> scan_file(const std::string& path) {
  File file(path);
  if (!file.f) return make_error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno), Location{path});
  Scan sc;
  if (std::fseek(file.f, 0, SEEK_END) != 0) return make_error(ErrorCode::kIo, "cannot seek", Location{path});
  sc.size = static_cast<int64_t>(std::ftell(file.f));
  std::fseek(file.f, 0, SEEK_SET);
  StreamFingerprint fp(static_cast<uint64_t>(sc.size));
  std::string buf;
  int64_t offset = 0;  // of buf[0] in the file
  for (;;) {
    const size_t carried = buf.size();
    buf.resize(carried + kChunk);
    const size_t got = std::fread(&buf[carried], 1, kChunk, file.f);
    buf.resize(carried + got);
    fp.feed(std::string_view(buf).substr(carried));
    if (sc.sample.size() < kSample) sc.sample.append(buf, carried, std::min(got, kSample - sc.sample.size()));
    const bool end = got == 0;
    const size_t check = end ? buf.size() : utf8_complete_prefix(buf);
    if (sc.first_invalid < 0) {
      std::string_view part(buf.data(), check);
      if (offset == 0 && part.size() >= 3 && part.substr(0, 3) == "\xEF\xBB\xBF") part.remove_prefix(3);
      const int64_t bad = first_invalid_utf8_at(part);
      if (bad >= 0) sc.first_invalid = offset + (check - part.size()) + bad;
    }
    if (end) break;
    buf.erase(0, check);
    offset += static_cast<int64_t>(check);
  }
  if (std::ferror(file.f)) return make_error(ErrorCode::kIo, "read error", Location{path});
  sc.fingerprint = fp.finish();
  return sc;
}

// Pass 2: the file through the tokenizer, a chunk at a time.
Result<Table> stream_csv(const std::string& path, const FileProfile& p, const CsvLoadOptions& o) {
  File file(path);
  if (!file.f) return make_error(ErrorCode::kIo, std::string("cannot open: ") + std::strerror(errno), Location{path});
  CsvLoadJob job(p, std::string_view(), o);
  if (job.error().code != ErrorCode::kOk) return job.error();
  std::string window;
  for (;;) {
    const size_t kept = window.size();
    window.resize(kept + kChunk);
    const size_t got = std::fread(&window[kept], 1, kChunk, file.f);
    window.resize(kept + got);
    const bool final = got == 0;
    window.erase(0, job.feed(window, final));
    if (final) break;
  }
  // A row rejected at the end (a date impossible in the column's order) gets
  // its raw text read back from the file.
  auto raw_at = [&](int64_t offset) {
    std::string buf(65536, '\0');
    if (std::fseek(file.f, static_cast<long>(offset + static_cast<int64_t>(p.encoding.bom_bytes)), SEEK_SET) != 0)
      return std::string();
    buf.resize(std::fread(&buf[0], 1, buf.size(), file.f));
    CsvTokenizer t(p.dialect);
    CsvRow r;
    size_t at = 0;
    return t.next(buf, at, true, r) ? std::string(r.raw) : std::string();
  };
  return job.finish_stream(raw_at);
}

bool is_utf16(std::string_view b) {
  return b.size() >= 2 && ((static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE) ||
                           (static_cast<unsigned char>(b[0]) == 0xFE && static_cast<unsigned char>(b[1]) == 0xFF));
}

std::optional<DateOrder> parse_order(const std::string& s) {
  if (s == "dmy" || s == "d/m/y") return DateOrder::kDayFirst;
  if (s == "mdy" || s == "m/d/y") return DateOrder::kMonthFirst;
  return std::nullopt;
}

}  // namespace

Result<std::vector<FileProfile>> inspect_inputs(const Args& args, LoadedInput& in, CsvLoadOptions& options) {
  std::vector<std::string> names;
  if (args.has("--demo")) {
    DemoOptions o;
    auto lines = parse_integer(args.get("--demo"));
    auto seed = parse_integer(args.get("--seed", "42"));
    if (!lines || *lines < 1 || !seed || *seed < 0)
      return make_error(ErrorCode::kUsage, "--demo takes a number of lines and --seed a whole number");
    o.lines = *lines;
    o.seed = static_cast<uint64_t>(*seed);
    in.bytes.push_back(generate_demo_csv(o));
    in.paths.push_back("");
    in.streamed.push_back(0);
    in.fingerprints.push_back(hash_bytes(in.bytes.back().data(), in.bytes.back().size()));
    names.push_back(demo_file_name(o));
  }
  std::vector<int64_t> first_invalid(in.bytes.size(), -1), sizes(in.bytes.size(), 0);
  for (const std::string& path : args.positional) {
    auto sc = scan_file(path);
    if (!sc) return sc.take_error();
    const bool whole = looks_like_json(sc->sample) || is_utf16(sc->sample) || sc->size <= static_cast<int64_t>(kSample);
    if (whole) {
      auto bytes = read_file(path);
      if (!bytes) return bytes.take_error();
      in.bytes.push_back(std::move(*bytes));
    } else {
      in.bytes.push_back(std::move(sc->sample));
    }
    in.paths.push_back(path);
    in.streamed.push_back(whole ? 0 : 1);
    in.fingerprints.push_back(sc->fingerprint);
    first_invalid.push_back(sc->first_invalid);
    sizes.push_back(sc->size);
    names.push_back(base_name(path));
  }
  if (in.bytes.empty()) return make_error(ErrorCode::kUsage, "give at least one FILE (or --demo LINES)");

  std::vector<FileProfile> profiles;
  for (size_t i = 0; i < in.bytes.size(); ++i) {
    auto profile = in.streamed[i] ? inspect_csv(names[i], in.bytes[i], sizes[i]) : inspect_file(names[i], in.bytes[i]);
    if (!profile) return profile.take_error();
    // A byte past the sample that is not UTF-8 makes the file Windows-1252,
    // as it would be had the whole file been inspected.
    if (in.streamed[i] && first_invalid[i] >= 0 && profile->encoding.encoding != Encoding::kWindows1252) {
      EncodingDetection& e = profile->encoding;
      e.encoding = Encoding::kWindows1252;
      e.first_invalid = first_invalid[i];
      e.evidence = "a byte at offset " + std::to_string(first_invalid[i]) + " is not valid UTF-8";
    }
    profiles.push_back(std::move(*profile));
  }
  // --map role=column: applies to every file that has the column.
  for (const std::string& m : args.all("--map")) {
    size_t eq = m.find('=');
    auto role = eq == std::string::npos ? std::nullopt : role_from_key(m.substr(0, eq));
    if (!role) return make_error(ErrorCode::kUsage, "--map takes role=column, e.g. order_date=Created at (got '" + m + "')");
    bool any = false;
    for (FileProfile& p : profiles) any = p.map_role(*role, m.substr(eq + 1)) || any;
    if (!any) return make_error(ErrorCode::kUsage, "no file has a column named '" + m.substr(eq + 1) + "'");
  }
  // --date-order dmy|mdy for every date column, or COLUMN=dmy|mdy for one.
  for (const std::string& d : args.all("--date-order")) {
    size_t eq = d.rfind('=');
    if (eq == std::string::npos) {
      options.date_order = parse_order(d);
      if (!options.date_order) return make_error(ErrorCode::kUsage, "--date-order takes dmy, mdy or COLUMN=dmy");
      continue;
    }
    auto order = parse_order(d.substr(eq + 1));
    if (!order) return make_error(ErrorCode::kUsage, "--date-order takes dmy, mdy or COLUMN=dmy (got '" + d + "')");
    bool any = false;
    for (FileProfile& p : profiles) any = p.set_date_order(d.substr(0, eq), *order) || any;
    if (!any) return make_error(ErrorCode::kUsage, "no file has a column named '" + d.substr(0, eq) + "'");
  }
  return profiles;
}

Result<FactStore> load_inputs(LoadedInput& in, std::vector<FileProfile> profiles, const CsvLoadOptions& options) {
  std::vector<LoadedFile> loaded;
  const double started = now_ms();
  in.file_parse_ms.assign(profiles.size(), 0.0);  // per file, for the load audit
  for (size_t i = 0; i < profiles.size(); ++i) {
    const double file_started = now_ms();
    FileProfile& p = profiles[i];
    CsvLoadOptions o = options;
    const bool lines = p.kind == FileKind::kOrderLines || p.kind == FileKind::kOrderItems;
    if (o.required.empty() || !lines) o.required = required_roles_for(p);
    Table t;
    if (in.streamed[i]) {
      auto table = stream_csv(in.paths[i], p, o);
      if (!table) return table.take_error();
      t = std::move(*table);
    } else {
      auto job = make_table_load_job(p, in.bytes[i], o);
      if (auto st = run_to_end(*job); !st) return st.take_error();
      t = job->take_table();
    }
    loaded.push_back(LoadedFile{std::move(p), std::move(t), in.fingerprints[i]});
    in.file_parse_ms[i] = now_ms() - file_started;
  }
  auto store = assemble_dataset(std::move(loaded));
  in.parse_ms = now_ms() - started;
  return store;
}

Result<LoadedInput> load_input(const Args& args) {
  LoadedInput in;
  CsvLoadOptions options;
  auto profiles = inspect_inputs(args, in, options);
  if (!profiles) return profiles.take_error();
  auto store = load_inputs(in, std::move(*profiles), options);
  if (!store) return store.take_error();
  in.store = std::move(*store);
  return in;
}

}  // namespace starcart::cli
