// Reading and writing whole files for the CLI.
#pragma once

#include <string>

#include "core/result.h"

namespace starcart::cli {

Result<std::string> read_file(const std::string& path);
Status write_file(const std::string& path, const std::string& bytes);
// The file name without its directories ("data/orders.csv" -> "orders.csv").
std::string base_name(const std::string& path);

}  // namespace starcart::cli
