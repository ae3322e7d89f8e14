// The CLI's commands. Each returns the process exit code: 0 success,
// 1 the input was bad (message on stderr), 2 wrong usage.
#pragma once

#include <string>
#include <vector>

#include "analytics/report.h"
#include "core/result.h"
#include "platform/cli/args.h"
#include "warehouse/dataset_load_job.h"

namespace starcart::cli {

int cmd_demo(int argc, char** argv);
int cmd_report(int argc, char** argv);
int cmd_inspect(int argc, char** argv);
int cmd_build(int argc, char** argv);
int cmd_sql(int argc, char** argv);

// Shared by the commands that load data: reads FILE... (or generates the
// demo for --demo N), applies --map role=column and --date-order, loads.
struct LoadedInput {
  // One per input: the whole bytes for the demo, JSON and UTF-16 files; for
  // a CSV file only its first MB (it is read again in chunks when loaded,
  // never held whole: a 1 GB file costs a few MB besides its table).
  std::vector<std::string> bytes;
  std::vector<std::string> paths;      // "" for the demo
  std::vector<uint8_t> streamed;       // 1: bytes is a sample; the file is read in chunks
  std::vector<uint64_t> fingerprints;  // hash of each whole file
  FactStore store;
  double parse_ms = 0;                // reading every file into the store
  std::vector<double> file_parse_ms;  // per file, while it was being read
};
std::vector<OptionSpec> load_option_specs();
Result<LoadedInput> load_input(const Args& args);
// The first half of load_input: reads and inspects the files and applies
// --map and --date-order to their profiles (inspect prints them).
Result<std::vector<FileProfile>> inspect_inputs(const Args& args, LoadedInput& in, CsvLoadOptions& options);
// The second half: reads every input (streamed ones in chunks) and assembles the facts.
Result<FactStore> load_inputs(LoadedInput& in, std::vector<FileProfile> profiles, const CsvLoadOptions& options);

// report_predictive.cpp: the lifetime-value (and later predictive) options
// of `starcart report`, and their text section.
std::vector<OptionSpec> predictive_option_specs();
Status parse_predictive_options(const Args& args, ReportOptions& options);
void print_predictive(const Report& report);

// Prints an error the way every command does: "starcart: file:line:col: message (hint)".
int fail(const Error& e, int code = 1);

}  // namespace starcart::cli
