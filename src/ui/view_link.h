// Share links (issue 8): the view (tab, filter, date preset, chart options,
// theme) and what data it shows, as a URL hash, and back.
//
//   #demo&lines=50000&seed=42&tab=overview&from=2011-01-01&country=France
//   #data=0123456789abcdef&tab=import&preset=last30&dark
//
// The demo is named by its generator's size and seed, so anyone can reopen
// it. A user's own data is named only by a content fingerprint (a hash of
// the files' bytes), never by anything in it: no customer id, no row ever
// goes into a link. Filter values (countries, categories, ...) are the view.
// Pure text handling, no ImGui; unit-tested.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/result.h"
#include "ui/view_state.h"

namespace starcart {

struct ViewLink {
  enum class Source : uint8_t { kNone, kDemo, kData, kGallery };
  Source source = Source::kNone;
  int64_t demo_lines = 0;
  uint64_t demo_seed = 0;
  std::string fingerprint;  // kData: dataset_fingerprint() as 16 hex digits
  Tab tab = Tab::kOverview;
  Filter filter;
  DatePreset preset = DatePreset::kAll;
  bool dark = false;
  std::map<std::string, std::string> options;  // ViewState::options
};

// The hash for a view ("" when there is nothing to link to). `fingerprint`
// names own data; the demo is named by the view's demo fields.
std::string link_hash(const ViewState& view, const std::string& fingerprint);
// Parses a hash (with or without '#'). Unknown keys are ignored (links made
// by a newer page still open); malformed values are errors naming the key.
Result<ViewLink> parse_link(std::string_view hash);

struct FactStore;
// The files' content fingerprint (order-independent hash of each file's
// bytes) as 16 hex digits: what a data link names.
std::string dataset_fingerprint(const FactStore& store);

// Percent-encoding for one hash value (RFC 3986 unreserved kept).
std::string url_encode(std::string_view text);
std::string url_decode(std::string_view text);

// The tab whose tab_key() is `key` (tabs are linked by key, so tabs added
// later keep old links valid); nullopt when no tab has that key.
std::optional<Tab> tab_from_key(std::string_view key);

}  // namespace starcart
