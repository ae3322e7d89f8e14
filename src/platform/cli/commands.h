// The CLI's commands. Each returns the process exit code: 0 success,
// 1 the input was bad (message on stderr), 2 wrong usage.
#pragma once

#include <string>
#include <vector>

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
  std::vector<std::string> bytes;  // keeps the file contents alive
  FactStore store;
  double parse_ms = 0;                // reading every file into the store
  std::vector<double> file_parse_ms;  // per file, while it was being read
};
std::vector<OptionSpec> load_option_specs();
Result<LoadedInput> load_input(const Args& args);

// Prints an error the way every command does: "starcart: file:line:col: message (hint)".
int fail(const Error& e, int code = 1);

}  // namespace starcart::cli
