#include "ui/view_link.h"

#include <algorithm>

#include "analytics/rfm.h"
#include "core/hash.h"
#include "warehouse/fact_store.h"
#include "warehouse/load_plan.h"

namespace starcart {

namespace {

bool unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.' || c == '~';
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Each dimension's key in a link, in the order they are written.
struct ListKey {
  const char* key;
  std::vector<std::string> Filter::*values;
};
const ListKey kLists[] = {{"country", &Filter::countries},   {"category", &Filter::categories},
                          {"channel", &Filter::channels},    {"payment", &Filter::payment_types},
                          {"segment", &Filter::segments},    {"state", &Filter::states},
                          {"supplier", &Filter::suppliers}};

std::optional<DatePreset> preset_from_key(std::string_view key) {
  for (int i = 0; i <= static_cast<int>(DatePreset::kMonth); ++i)
    if (key == preset_key(static_cast<DatePreset>(i))) return static_cast<DatePreset>(i);
  return std::nullopt;
}

std::optional<int64_t> parse_uint(std::string_view s) {
  if (s.empty() || s.size() > 12) return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

Error bad(std::string_view key, std::string_view value) {
  Error e = make_error(ErrorCode::kUsage, "the link's " + std::string(key) + " '" + std::string(value) +
                                              "' is not valid");
  e.hint = "The link was cut or edited; ask for it again.";
  return e;
}

}  // namespace

std::string dataset_fingerprint(const FactStore& store) {
  std::vector<uint64_t> prints;
  for (const SourceFile& f : store.files) prints.push_back(f.fingerprint);
  std::sort(prints.begin(), prints.end());
  uint64_t h = 0x5374617263617274ULL;  // "Starcart"
  for (uint64_t p : prints) h = hash_combine(h, p);
  return fingerprint_hex(h);
}

std::string url_encode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    if (unreserved(c)) out += c;
    else {
      const auto b = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 15];
    }
  }
  return out;
}

std::string url_decode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0) {
      out += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

std::optional<Tab> tab_from_key(std::string_view key) {
  // Tabs are appended to the enum by key; tab_key() of a value past the last
  // names the first tab, so the scan stops at the first match either way.
  for (int i = 0; i < 256; ++i)
    if (key == tab_key(static_cast<Tab>(i))) return static_cast<Tab>(i);
  return std::nullopt;
}

std::string link_hash(const ViewState& view, const std::string& fingerprint) {
  std::string h;
  if (view.gallery) h = "#gallery";
  else if (view.demo) h = "#demo&lines=" + std::to_string(view.demo_lines) + "&seed=" + std::to_string(view.demo_seed);
  else if (!fingerprint.empty()) h = "#data=" + url_encode(fingerprint);
  else return "";
  if (!view.gallery) {
    const Filter& f = view.filter;
    h += "&tab=" + url_encode(tab_key(view.tab));
    if (f.from) h += "&from=" + format_iso_date(*f.from);
    if (f.to) h += "&to=" + format_iso_date(*f.to);
    if (view.date_preset != DatePreset::kAll) h += std::string("&preset=") + preset_key(view.date_preset);
    for (const ListKey& l : kLists)
      for (const std::string& v : f.*l.values) h += "&" + std::string(l.key) + "=" + url_encode(v);
    if (f.cohort) h += "&cohort=" + format_month_key(*f.cohort);
    if (f.snapshot) h += "&snapshot=" + format_iso_date(*f.snapshot);
    for (const auto& [k, v] : view.options) h += "&o." + url_encode(k) + "=" + url_encode(v);
  }
  if (view.dark) h += "&dark";
  return h;
}

Result<ViewLink> parse_link(std::string_view hash) {
  if (!hash.empty() && hash[0] == '#') hash.remove_prefix(1);
  ViewLink link;
  bool first = true;
  while (!hash.empty()) {
    const size_t amp = hash.find('&');
    std::string_view part = hash.substr(0, amp);
    hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
    if (part.empty()) continue;
    const size_t eq = part.find('=');
    const std::string key = url_decode(part.substr(0, eq));
    const std::string value = eq == std::string_view::npos ? "" : url_decode(part.substr(eq + 1));
    const bool was_first = first;
    first = false;
    if (was_first && key == "demo") { link.source = ViewLink::Source::kDemo; link.demo_lines = 50000; link.demo_seed = 42; }
    else if (was_first && key == "gallery") link.source = ViewLink::Source::kGallery;
    else if (was_first && key == "data") {
      if (value.size() != 16) return bad(key, value);
      for (char c : value)
        if (hex_digit(c) < 0) return bad(key, value);
      link.source = ViewLink::Source::kData;
      link.fingerprint = value;
    } else if (key == "lines" || key == "seed") {
      auto n = parse_uint(value);
      if (!n || (key == "lines" && *n == 0)) return bad(key, value);
      if (key == "lines") link.demo_lines = *n;
      else link.demo_seed = static_cast<uint64_t>(*n);
    } else if (key == "tab") {
      auto t = tab_from_key(value);
      if (!t) return bad(key, value);
      link.tab = *t;
    } else if (key == "from" || key == "to" || key == "snapshot") {
      auto d = parse_iso_day(value);
      if (!d) return bad(key, value);
      (key == "from" ? link.filter.from : key == "to" ? link.filter.to : link.filter.snapshot) = *d;
    } else if (key == "preset") {
      auto p = preset_from_key(value);
      if (!p) return bad(key, value);
      link.preset = *p;
    } else if (key == "cohort") {
      auto d = parse_iso_day(value + "-01");
      if (value.size() != 7 || !d) return bad(key, value);
      link.filter.cohort = month_index(*d);
    } else if (key == "dark") {
      link.dark = true;
    } else if (key.size() > 2 && key.compare(0, 2, "o.") == 0) {
      link.options[key.substr(2)] = value;
    } else {
      for (const ListKey& l : kLists)
        if (key == l.key && !value.empty()) (link.filter.*l.values).push_back(value);
      if (key == "segment" && !value.empty() && !parse_segment(value)) return bad(key, value);
    }
  }
  if (link.source == ViewLink::Source::kDemo && (link.demo_lines <= 0 || link.demo_lines > 20000000))
    return bad("lines", std::to_string(link.demo_lines));
  return link;
}

}  // namespace starcart
