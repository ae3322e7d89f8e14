// The rows a load rejected, for the "Show rejected rows" table and its CSV
// download: a sorted and searched view (indices into the store's list, so a
// million rejects are never copied), and RFC 4180 CSV text. Pure and
// unit-tested.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/table.h"

namespace starcart {

enum class RejectedColumn : uint8_t { kFile, kLine, kColumn, kReason, kRaw };

// Indices of the rows whose file, column, reason or raw text contains
// `search` (case-insensitive ASCII; empty = all), sorted by `by`, ties by
// file and line.
std::vector<uint32_t> rejected_view(const std::vector<RejectedRow>& rows, RejectedColumn by, bool ascending,
                                    const std::string& search);

// file,line,column,column_name,code,reason,raw with a header row; fields
// quoted when they hold a comma, a quote, CR or LF (quotes doubled), lines
// ended by CRLF (RFC 4180). With `mask_raw` (PII masking on) every raw text
// is kMaskedRaw: it may hold any column of the input (emails, names).
inline constexpr const char* kMaskedRaw = "(masked)";
std::string rejected_rows_csv(const std::vector<RejectedRow>& rows, bool mask_raw = false);

// One CSV field, quoted when needed.
std::string csv_field(const std::string& text);

}  // namespace starcart
