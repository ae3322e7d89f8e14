// A job that reads one file into a Table (CSV or JSON), and the factory that
// picks the reader from the file's profile. DatasetLoadJob drives these.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/job.h"
#include "ingest/file_profile.h"
#include "ingest/table.h"
#include "ingest/table_builder.h"

namespace starcart {

struct CsvLoadOptions {
  std::vector<Role> required;           // empty values in these roles reject the row
  std::optional<DateOrder> date_order;  // the user's choice for every date column, if any
};

class TableLoadJob : public Job {
 public:
  // The loaded table, once step() returned kDone.
  virtual Table take_table() = 0;
  virtual const FileProfile& profile() const = 0;
};

// A CsvLoadJob or a JsonLoadJob, by profile.format. `bytes` must outlive it.
std::unique_ptr<TableLoadJob> make_table_load_job(FileProfile profile, std::string_view bytes,
                                                  CsvLoadOptions options = {});

// The TableBuilder spec a profile asks for: header, roles, encoding, number
// style, required roles, date orders (per column and global), inferred
// types, carry-down (Shopify).
BuildSpec build_spec_for(const FileProfile& p, const CsvLoadOptions& o);

// "no column found for Order ID, Unit price" when a required role is not
// mapped; "" otherwise.
std::string missing_required_roles(const FileProfile& p, const std::vector<Role>& required);

}  // namespace starcart
