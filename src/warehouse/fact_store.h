// The columnar form of the facts (DESIGN 3): one entry per order line, keys
// dictionary-encoded, dates as day numbers, money exact. The dashboard and
// every analysis read this store; the SQLite star schema is built from it
// afterwards and must agree with it exactly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/dictionary.h"
#include "core/money.h"
#include "ingest/table.h"

namespace starcart {

// How a line counts (docs/metrics.md): excluded lines are kept and shown in
// data quality but are in no figure.
enum class LineKind : uint8_t { kSale = 0, kReturn = 1, kExcluded = 2 };

// One input file's part in the facts.
struct SourceFile {
  std::string name;
  std::string layout;
  std::string encoding;
  int64_t bytes = 0;
  uint64_t fingerprint = 0;  // hash of the file's bytes: same file, same value
  LoadCounts counts;
  std::vector<Decision> decisions;
  std::string kind;          // what the file holds in the dataset: "order lines", "orders", "customers"...
  std::string format;        // "CSV", "JSON", "NDJSON"
};

// One payment row of an order (Olist writes several per order: vouchers plus
// a card, or a card split in installments). Kept as written, in file order.
struct OrderPayment {
  uint32_t order = 0;         // id in FactStore::orders
  int32_t sequential = 0;     // 1..n within the order as written; 0 when the file has none
  uint32_t type = 0;          // id in FactStore::payment_types
  int32_t installments = 0;   // 0 when not given
  Money value = 0;
};

// How two files of a dataset were related by a key, and how many rows found
// no partner (their keys become unknown members in the warehouse).
struct KeyMatch {
  std::string from_file;      // the rows that look up ("olist_order_items_dataset.csv")
  std::string to_file;        // the file looked into ("olist_orders_dataset.csv")
  std::string key;            // the role key: "order_id", "customer_id", "sku"
  int64_t matched = 0;        // rows of from_file whose key was found
  int64_t unmatched = 0;      // rows whose key was not found
  std::string example;        // one unmatched key, for the user to look up
};

// A step of the conversion funnel an event stands for (funnel_steps.h maps
// the raw event names: page_view, cart, begin_checkout, purchase...).
enum class FunnelStep : uint8_t {
  kView = 0,
  kAddToCart = 1,
  kBeginCheckout = 2,
  kPaymentInfo = 3,  // shipping or payment details given
  kPurchase = 4,
  kRemoveFromCart = 5,
  kOther = 6,  // an event of no funnel step (session_start, search...)
};
inline constexpr int kFunnelSteps = 5;  // kView..kPurchase

// One row of an event-log file, in file order (event_assembly.h).
struct EventFact {
  Day day = 0;
  int32_t second = -1;        // seconds since midnight; -1 when unknown
  FunnelStep step = FunnelStep::kOther;
  uint32_t raw_type = 0;      // id in FactStore::event_types, as written
  uint32_t session = 0;       // id in FactStore::sessions: the session, else the visitor; 0 = none
  uint32_t customer = 0;      // id in FactStore::customers when the visitor is a known customer; 0 = not
  uint32_t product = 0;       // id in FactStore::products when known from the order lines; 0 = unknown / none
  uint32_t order = 0;         // id in FactStore::orders when it names an order of the lines; 0 = none
  uint16_t file = 0;          // index into files
  int64_t line = 0;           // physical line in that file
  bool product_given = false; // the row names a product (unknown ones are counted)
};

// One row of a stock file: units on hand of a product on a day.
struct StockFact {
  Day day = 0;
  uint32_t product = 0;       // id in FactStore::products when known from the order lines; 0 = unknown
  uint32_t location = 0;      // id in FactStore::locations; 0 = not given
  int64_t on_hand = 0;
  Money unit_cost = INT64_MIN;  // INT64_MIN (kNullValue) when not given
  uint16_t file = 0;
  int64_t line = 0;
};

// One row of a marketing spend file: money spent on a channel (and campaign)
// on a day, names as written; analytics/marketing.h matches them to the
// channels and campaigns of the order lines.
struct SpendFact {
  Day day = 0;
  uint32_t channel = 0;       // id in FactStore::spend_channels; 0 = not given
  uint32_t campaign = 0;      // id in FactStore::spend_campaigns; 0 = not given
  Money amount = 0;           // >= 0
  uint16_t file = 0;
  int64_t line = 0;
};

// A line's id in a per-line column kept empty when no line has a value
// (channel, campaign, payment, state, city, status, return_reason, variant):
// 0, "not given", there.
inline uint32_t id_at(const std::vector<uint32_t>& column, size_t line) { return column.empty() ? 0 : column[line]; }

struct FactStore {
  // --- dimensions: dictionaries, id 0 = missing / unknown -------------------
  Dictionary orders;
  Dictionary products;       // SKU, upper-cased (85123a and 85123A are one product)
  Dictionary product_names;
  Dictionary customers;      // id 0 = guest (no customer id)
  Dictionary countries;
  Dictionary categories;
  Dictionary channels;
  Dictionary campaigns;
  Dictionary payment_types;
  Dictionary states;         // state / province / region as written
  Dictionary cities;
  Dictionary order_statuses; // "delivered", "paid", "canceled"... as written

  // Per product id: its most frequent name and category.
  std::vector<uint32_t> product_name;
  std::vector<uint32_t> product_category;

  // --- facts: one entry per order line, sorted by day (stable) -------------
  std::vector<uint32_t> order;
  std::vector<uint32_t> product;
  std::vector<uint32_t> customer;
  std::vector<uint32_t> country;
  std::vector<uint32_t> category;
  // Empty when no line has one (read them with id_at()): 20 MB less at 1M
  // Online Retail lines, which give none of the five.
  std::vector<uint32_t> channel;
  std::vector<uint32_t> campaign;
  std::vector<uint32_t> payment;
  std::vector<uint32_t> state;
  std::vector<uint32_t> city;
  std::vector<Day> day;
  std::vector<int32_t> second;      // seconds since midnight; -1 when unknown
  std::vector<int32_t> quantity;    // as written (negative on returns)
  std::vector<Money> unit_price;
  std::vector<Money> discount;       // empty when no line has one (see below)
  std::vector<Money> value;         // sale: q × p − discount; return: |q × p|
  std::vector<LineKind> kind;
  std::vector<uint16_t> source_file;   // index into files
  std::vector<uint32_t> source_line;   // physical line in that file (a file of 4G lines is past wasm's memory)
  // Empty when no line gives one (like unit_cost and discount): 20 MB less
  // at 1M Online Retail lines, which give none of the three.
  std::vector<uint32_t> status;        // order status id (order_statuses; 0 = not given)
  std::vector<Money> shipping;         // freight charged for the line (Olist freight_value); 0 when not given

  // --- per order --------------------------------------------------------------
  std::vector<OrderPayment> payments;    // every payment row of a payments file; empty without one

  // --- optional per-line columns: empty vectors when no file has the column --
  // (added for the warehouse's cost and return reasons; kNullValue / id 0 on
  // the lines of files without it)
  std::vector<Money> unit_cost;           // Role::kCost
  Dictionary return_reasons;
  std::vector<uint32_t> return_reason;    // Role::kReturnReason; 0 = none given
  // A/B test arm as written on the line (Role::kVariant; 0 = none given).
  // Kept per line because that is how exports write it; the experiment
  // readout assigns each customer to one arm (analytics/ab_test.h).
  Dictionary variants;
  std::vector<uint32_t> variant;

  // --- optional per-product attributes: empty when no file names them -------
  // Supplier / vendor / brand (Role::kSupplier): the most frequent one per
  // product, from its lines or a products file; id 0 = not given.
  Dictionary suppliers;
  std::vector<uint32_t> product_supplier;

  // --- event logs and stock files: empty without them (event_assembly.h) ---
  Dictionary event_types;                 // raw event names as written
  Dictionary sessions;                    // session ids, else visitor ids
  Dictionary locations;                   // warehouses of stock rows
  std::vector<EventFact> events;          // in file order
  bool events_have_sessions = false;      // a session column exists (else sessions are visitors)
  std::vector<StockFact> stock;           // in file order
  int64_t events_unknown_product = 0;     // rows naming a product no order line has
  int64_t stock_unknown_product = 0;

  // --- marketing spend files: empty without them (spend_assembly.h) --------
  Dictionary spend_channels;              // channel names as the spend files write them
  Dictionary spend_campaigns;
  std::vector<SpendFact> spend;           // in file order

  // --- delivery dates per order id (Olist): empty when the data has none ----
  std::vector<Day> order_promised;        // per store order id; kNullDay when not given
  std::vector<Day> order_delivered;

  // --- provenance ------------------------------------------------------------
  std::vector<SourceFile> files;
  std::vector<RejectedRow> rejected;
  int64_t excluded_lines = 0;
  Day first_day = 0, last_day = 0;   // over all non-excluded lines
  std::string currency_symbol;       // "" when the data does not say
  std::vector<KeyMatch> relations;   // joins between the files of a dataset, with unmatched counts

  size_t lines() const { return order.size(); }
  LoadCounts totals() const;
  size_t memory_bytes() const;
};

}  // namespace starcart
