// Share links (ui/view_link.h): the view as a URL hash and back. Expected
// hashes are written out by hand from the format in the header.
#include <doctest.h>

#include "ui/view_link.h"
#include "warehouse/fact_store.h"

using namespace starcart;

TEST_CASE("a demo view becomes a hash with its size, seed, tab and dates") {
  ViewState v;
  v.demo = true;
  v.demo_lines = 50000;
  v.demo_seed = 42;
  v.filter.from = days_from_civil(2011, 3, 1);
  v.filter.to = days_from_civil(2011, 3, 31);
  v.date_preset = DatePreset::kMonth;
  CHECK(link_hash(v, "") == "#demo&lines=50000&seed=42&tab=overview&from=2011-03-01&to=2011-03-31&preset=month");
}

TEST_CASE("filter values are percent-encoded as UTF-8") {
  // ã is U+00E3: C3 A3 in UTF-8; space 20, & 26, ' 27.
  CHECK(url_encode("São Paulo & Co") == "S%C3%A3o%20Paulo%20%26%20Co");
  CHECK(url_decode("S%C3%A3o%20Paulo%20%26%20Co") == "São Paulo & Co");
  CHECK(url_encode("Côte d'Ivoire") == "C%C3%B4te%20d%27Ivoire");
  CHECK(url_decode("100%") == "100%");  // a lone % stays
}

TEST_CASE("every part of the view survives a round trip") {
  ViewState v;
  v.tab = Tab::kImport;
  v.filter.countries = {"France", "Côte d'Ivoire"};
  v.filter.categories = {"Home & Garden"};
  v.filter.channels = {"email"};
  v.filter.payment_types = {"credit_card"};
  v.filter.segments = {"At Risk"};
  v.filter.cohort = month_index(2011, 2);
  v.filter.snapshot = days_from_civil(2011, 12, 10);
  v.date_preset = DatePreset::kLast90;
  v.options["trends.metric"] = "orders";
  v.dark = true;
  const std::string h = link_hash(v, "0123456789abcdef");
  CHECK(h.rfind("#data=0123456789abcdef&tab=import", 0) == 0);
  auto l = parse_link(h);
  REQUIRE(l.ok());
  CHECK(l->source == ViewLink::Source::kData);
  CHECK(l->fingerprint == "0123456789abcdef");
  CHECK(l->tab == Tab::kImport);
  CHECK(l->filter == v.filter);
  CHECK(l->preset == DatePreset::kLast90);
  CHECK(l->options == v.options);
  CHECK(l->dark);
}

TEST_CASE("the short forms of earlier pages still open the demo") {
  auto a = parse_link("#demo");
  REQUIRE(a.ok());
  CHECK(a->source == ViewLink::Source::kDemo);
  CHECK(a->demo_lines == 50000);
  CHECK(a->demo_seed == 42);
  auto b = parse_link("#demo&lines=1000&seed=7&dark");
  REQUIRE(b.ok());
  CHECK(b->demo_lines == 1000);
  CHECK(b->demo_seed == 7);
  CHECK(b->dark);
  auto g = parse_link("#gallery&dark");
  REQUIRE(g.ok());
  CHECK(g->source == ViewLink::Source::kGallery);
}

TEST_CASE("unknown keys are ignored, malformed values are refused by name") {
  auto a = parse_link("#demo&from_a_newer_page=1&tab=overview");
  CHECK(a.ok());
  auto b = parse_link("#demo&from=2011-13-01");
  REQUIRE_FALSE(b.ok());
  CHECK(b.error().message.find("from") != std::string::npos);
  CHECK_FALSE(parse_link("#data=xyz").ok());
  CHECK_FALSE(parse_link("#demo&tab=no-such-tab").ok());
  CHECK_FALSE(parse_link("#demo&segment=Dormant").ok());
  CHECK_FALSE(parse_link("#demo&lines=0").ok());
  CHECK_FALSE(parse_link("#demo&cohort=2011-3").ok());
}

TEST_CASE("nothing to link to: no data, no demo") {
  CHECK(link_hash(ViewState{}, "") == "");
  auto none = parse_link("");
  REQUIRE(none.ok());
  CHECK(none->source == ViewLink::Source::kNone);
}

TEST_CASE("tabs are found by their key") {
  CHECK(tab_from_key("overview") == Tab::kOverview);
  CHECK(tab_from_key("import") == Tab::kImport);
  CHECK_FALSE(tab_from_key("nope").has_value());
}

TEST_CASE("the marketing tab is appended: the tabs before it keep their numbers and keys") {
  CHECK(static_cast<int>(Tab::kMarketing) == static_cast<int>(Tab::kOperations) + 1);
  CHECK(tab_from_key("operations") == Tab::kOperations);
  CHECK(tab_from_key("marketing") == Tab::kMarketing);
  ViewState v;
  v.tab = Tab::kMarketing;
  auto l = parse_link(link_hash(v, "0123456789abcdef"));
  REQUIRE(l.ok());
  CHECK(l->tab == Tab::kMarketing);
}

TEST_CASE("the dataset fingerprint does not depend on the order of the files") {
  FactStore a, b, c;
  a.files.resize(2);
  a.files[0].fingerprint = 11;
  a.files[1].fingerprint = 22;
  b.files.resize(2);
  b.files[0].fingerprint = 22;
  b.files[1].fingerprint = 11;
  c.files.resize(2);
  c.files[0].fingerprint = 11;
  c.files[1].fingerprint = 23;
  CHECK(dataset_fingerprint(a) == dataset_fingerprint(b));
  CHECK(dataset_fingerprint(a) != dataset_fingerprint(c));
  CHECK(dataset_fingerprint(a).size() == 16);
}

TEST_CASE("the experiments tab, a state and a supplier survive a round trip") {
  ViewState v;
  v.tab = Tab::kExperiments;
  v.filter.states = {"SP", "São Paulo"};
  v.filter.suppliers = {"Hearth & Home Ltd"};
  const std::string h = link_hash(v, "0123456789abcdef");
  // & is 26, space 20, ã C3 A3 (by hand from url_encode's rule).
  CHECK(h.find("tab=experiments") != std::string::npos);
  CHECK(h.find("state=S%C3%A3o%20Paulo") != std::string::npos);
  CHECK(h.find("supplier=Hearth%20%26%20Home%20Ltd") != std::string::npos);
  auto l = parse_link(h);
  REQUIRE(l.ok());
  CHECK(l->tab == Tab::kExperiments);
  CHECK(l->filter == v.filter);
}
