// A deterministic demo shop: the same seed gives byte-identical CSV on native
// and wasm (integer-only arithmetic, our own PRNG, total orders on every
// sort). It writes exports in the UCI Online Retail format, optionally with
// four extra columns (category, channel, campaign, payment type), and is the
// page's built-in data: the demo runs through the same ingest path as a
// user's file.
//
// What it contains, so analyses have something to find: customers acquired
// month by month with decaying repeat purchases (cohorts) who leave for good
// after a repeat order with a chance of their own (5–40 %; as BG/NBD assumes,
// so lifetime value and churn models have a real signal), products in
// categories with Zipf-like popularity, 38 countries, growth with a November
// peak, ~20 % guest lines, 2–4 % returned lines (C-prefixed cancellations),
// a few exact duplicate lines and zero-price stock adjustments (as the real
// UCI file has), channels with campaigns, and payment types. The full
// format also writes Variant, Supplier and State: an A/B test with a modest
// real effect, suppliers per product, states of US and Brazilian customers
// (demo_experiment.h).
#pragma once

#include <cstdint>
#include <string>

namespace starcart {

enum class DemoFormat : uint8_t {
  kFull,          // Online Retail columns + Category, Channel, Campaign, PaymentType, Variant, Supplier, State
  kOnlineRetail,  // exactly the 8 UCI Online Retail columns
};

struct DemoOptions {
  int64_t lines = 50000;  // data lines written (the header is extra)
  uint64_t seed = 42;
  DemoFormat format = DemoFormat::kFull;
};

// The whole CSV (header + `lines` data lines).
std::string generate_demo_csv(const DemoOptions& options);

// The file name the page and the CLI use for a demo: "demo-shop-50k-seed42.csv".
std::string demo_file_name(const DemoOptions& options);

}  // namespace starcart
