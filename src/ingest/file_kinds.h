// What a file holds within a dataset of several files (orders, order items,
// customers, products, payments...), decided from its known layout or else
// from the roles its columns play. The dataset assembly relates the files by
// their keys (order id, customer id, SKU).
#pragma once

#include <string>

#include "ingest/layouts.h"
#include "ingest/roles.h"

namespace starcart {

// `layout` is the known layout or nullptr; `reason` says why, for the user.
FileKind classify_file(const RoleMap& roles, const LayoutSpec* layout, std::string& reason);

}  // namespace starcart
