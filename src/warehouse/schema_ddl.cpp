#include "warehouse/schema_ddl.h"

namespace starcart {

namespace {

// Contents: (1) bookkeeping, (2) dimensions, (3) facts, (4) marts, (5) data
// quality, (6) views.
//
// Conventions. Every dimension has a dense integer surrogate key and an
// 'unknown' member with key 0 that facts point to when a reference is missing
// (guest lines, no country); its text columns read 'unknown' ('(guest)' for
// customers). Money is exact: integers at 1/10,000 of the currency, in
// columns ending in _e4 (revenue_e4 / 10000.0 is the decimal value). Dates are
// ISO 'YYYY-MM-DD' text; date_key is yyyymmdd.
constexpr const char* kTables = R"sql(
-- (1) bookkeeping ---------------------------------------------------------------
CREATE TABLE warehouse_meta (
  name  TEXT PRIMARY KEY,
  value TEXT
);
CREATE TABLE load_run (
  load_id               INTEGER PRIMARY KEY,
  started_at            TEXT NOT NULL,     -- UTC, ISO 8601
  files                 INTEGER NOT NULL,
  store_lines           INTEGER NOT NULL,  -- order lines the load was given
  lines_appended        INTEGER NOT NULL,
  lines_already_loaded  INTEGER NOT NULL,  -- of orders the warehouse had (newer exports repeat them)
  orders_appended       INTEGER NOT NULL,
  orders_already_loaded INTEGER NOT NULL,
  orders_changed        INTEGER NOT NULL,  -- already loaded, but different lines or totals now: kept as first loaded
  customers_new         INTEGER NOT NULL,
  customer_versions_new INTEGER NOT NULL,  -- SCD type 2 rows for customers whose attributes changed
  products_new          INTEGER NOT NULL,
  parse_ms              REAL,              -- files to facts (ingest), when the caller measured it
  plan_ms REAL, dimensions_ms REAL, facts_ms REAL, indexes_ms REAL, marts_ms REAL, quality_ms REAL,
  total_ms              REAL               -- the warehouse's part, all phases
);
-- One row per input file and load. rows_read = rows_loaded + rows_rejected +
-- duplicates (ingest's balance, carried on); rows_loaded = lines_appended +
-- lines_already_loaded.
CREATE TABLE load_audit (
  file_key             INTEGER PRIMARY KEY,
  load_id              INTEGER NOT NULL REFERENCES load_run(load_id),
  file_name            TEXT NOT NULL,
  layout               TEXT,
  encoding             TEXT,
  bytes                INTEGER NOT NULL,
  fingerprint          TEXT NOT NULL,     -- hash of the file's bytes (hex): the same file loads once
  status               TEXT NOT NULL CHECK (status IN ('loaded', 'same bytes as an earlier file')),
  rows_read            INTEGER NOT NULL,
  rows_loaded          INTEGER NOT NULL,
  rows_rejected        INTEGER NOT NULL,
  duplicates           INTEGER NOT NULL,  -- exact duplicate source rows, loaded once
  excluded_lines       INTEGER NOT NULL,  -- loaded, in no figure (price <= 0, quantity 0)
  lines_appended       INTEGER NOT NULL,
  lines_already_loaded INTEGER NOT NULL,
  parse_ms             REAL               -- reading this file, when the caller measured it
);
CREATE TABLE load_rejected (
  file_key    INTEGER NOT NULL REFERENCES load_audit(file_key),
  line        INTEGER NOT NULL,   -- 1-based physical line where the record starts
  column_no   INTEGER NOT NULL,   -- 1-based field; 0 = the whole row
  column_name TEXT,
  error_code  TEXT NOT NULL,
  reason      TEXT NOT NULL,
  raw         TEXT
);

-- (2) dimensions ------------------------------------------------------------------
CREATE TABLE dim_date (
  date_key     INTEGER PRIMARY KEY,  -- yyyymmdd; 0 = unknown
  date         TEXT NOT NULL,        -- 'YYYY-MM-DD'
  year         INTEGER,
  quarter      INTEGER,
  month        INTEGER,
  month_name   TEXT,                 -- 'Jan'
  month_key    TEXT,                 -- 'YYYY-MM'
  day_of_month INTEGER,
  iso_year     INTEGER,
  iso_week     INTEGER,
  day_of_week  INTEGER,              -- 1 = Monday ... 7 = Sunday
  day_name     TEXT,                 -- 'Mon'
  is_weekend   INTEGER
);
CREATE TABLE dim_geography (
  geography_key INTEGER PRIMARY KEY,  -- 0 = unknown
  country       TEXT,                 -- as written in the export ('EIRE', 'UK')
  state         TEXT,
  city          TEXT,
  country_name  TEXT,                 -- ISO 3166-1 short name; as written when not a country
  iso_alpha2    TEXT,
  iso_alpha3    TEXT,
  iso_numeric   INTEGER,
  region        TEXT                  -- 'Europe', 'Latin America & Caribbean', ...
);
-- SCD type 2: one row per version of a customer. customer_key is durable (all
-- versions share it; facts carry it); a change of country, state or city in a
-- later load closes the current row (valid_to = the day before the change,
-- is_current = 0) and adds a new one. First/last order and cohort describe
-- the customer and are the same on every version.
CREATE TABLE dim_customer (
  customer_version_key INTEGER PRIMARY KEY,  -- 0 = guest / unknown
  customer_key         INTEGER NOT NULL,
  customer_id          TEXT NOT NULL,
  country              TEXT,
  state                TEXT,
  city                 TEXT,
  geography_key        INTEGER NOT NULL REFERENCES dim_geography(geography_key),
  first_order_date     TEXT,
  last_order_date      TEXT,
  cohort_month         TEXT,                 -- 'YYYY-MM' of the first sale
  valid_from           TEXT NOT NULL,
  valid_to             TEXT NOT NULL,        -- '9999-12-31' while current
  is_current           INTEGER NOT NULL CHECK (is_current IN (0, 1)),
  UNIQUE (customer_key, valid_from)
);
CREATE UNIQUE INDEX ux_dim_customer_current ON dim_customer(customer_key) WHERE is_current = 1;
CREATE INDEX ix_dim_customer_id ON dim_customer(customer_id);
-- Suppliers / vendors / brands of products (issue 11); key 0 = none given.
CREATE TABLE dim_supplier (
  supplier_key INTEGER PRIMARY KEY,
  supplier     TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_dim_supplier_name ON dim_supplier(supplier) WHERE supplier_key > 0;
CREATE TABLE dim_product (
  product_key  INTEGER PRIMARY KEY,  -- 0 = unknown
  sku          TEXT NOT NULL,        -- upper-cased: 85123a and 85123A are one product
  name         TEXT,                 -- the most frequent description
  category     TEXT,                 -- top level ('Home' of 'Home > Kitchen')
  subcategory  TEXT,
  unit_cost_e4 INTEGER,              -- the latest unit cost the data gives; NULL when unknown
  supplier_key INTEGER NOT NULL DEFAULT 0 REFERENCES dim_supplier(supplier_key)  -- the most frequent supplier
);
CREATE UNIQUE INDEX ux_dim_product_sku ON dim_product(sku) WHERE product_key > 0;
CREATE TABLE dim_payment (
  payment_key  INTEGER PRIMARY KEY,  -- 0 = unknown
  payment_type TEXT,
  installments INTEGER               -- NULL when the data does not say
);
CREATE TABLE dim_channel (
  channel_key INTEGER PRIMARY KEY,   -- 0 = unknown
  channel     TEXT,
  campaign    TEXT
);

-- (3) facts -------------------------------------------------------------------------
-- Order grain. Totals follow docs/metrics.md: revenue counts sale lines only.
-- An order's lines are the fact_sales rows with line_key from first_line_key
-- to first_line_key + line_count - 1 (loads write each order's lines together).
CREATE TABLE fact_orders (
  order_key       INTEGER PRIMARY KEY,
  order_id        TEXT NOT NULL,
  date_key        INTEGER NOT NULL REFERENCES dim_date(date_key),  -- of the order's first line
  time_of_day     INTEGER,                      -- seconds since midnight; NULL when not written
  customer_key    INTEGER NOT NULL,             -- dim_customer.customer_key; 0 = guest
  geography_key   INTEGER NOT NULL REFERENCES dim_geography(geography_key),
  channel_key     INTEGER NOT NULL REFERENCES dim_channel(channel_key),
  payment_key     INTEGER NOT NULL REFERENCES dim_payment(payment_key),
  order_kind      TEXT NOT NULL CHECK (order_kind = 'sale' OR order_kind = 'return' OR order_kind = 'excluded'),
  first_line_key  INTEGER NOT NULL,             -- fact_sales.line_key of the order's first line
  line_count      INTEGER NOT NULL,             -- every line, excluded ones too
  item_count      INTEGER NOT NULL,             -- sale lines
  units           INTEGER NOT NULL,             -- sum of sale quantities
  gross_e4        INTEGER NOT NULL,             -- sum of quantity x unit price over sale lines
  discount_e4     INTEGER NOT NULL,
  revenue_e4      INTEGER NOT NULL,             -- gross - discount = sum of sale line revenue
  return_units    INTEGER NOT NULL,
  return_value_e4 INTEGER NOT NULL,
  cost_e4         INTEGER,                      -- NULL unless every sale line has a cost
  file_key        INTEGER NOT NULL REFERENCES load_audit(file_key),
  load_id         INTEGER NOT NULL REFERENCES load_run(load_id)
);
-- Order-line grain. line_revenue_e4 is q x p - discount for a sale and the
-- returned value |q x p| for a return; excluded lines are kept but count in
-- no figure (docs/metrics.md).
CREATE TABLE fact_sales (
  line_key        INTEGER PRIMARY KEY,
  order_key       INTEGER NOT NULL REFERENCES fact_orders(order_key),
  order_id        TEXT    NOT NULL,
  line_number     INTEGER NOT NULL,             -- 1-based position within its order
  date_key        INTEGER NOT NULL REFERENCES dim_date(date_key),
  time_of_day     INTEGER,
  customer_key    INTEGER NOT NULL,             -- dim_customer.customer_key; 0 = guest
  product_key     INTEGER NOT NULL REFERENCES dim_product(product_key),
  geography_key   INTEGER NOT NULL REFERENCES dim_geography(geography_key),
  channel_key     INTEGER NOT NULL REFERENCES dim_channel(channel_key),
  payment_key     INTEGER NOT NULL REFERENCES dim_payment(payment_key),
  quantity        INTEGER NOT NULL,
  unit_price_e4   INTEGER NOT NULL,
  discount_e4     INTEGER NOT NULL,
  line_revenue_e4 INTEGER NOT NULL,
  unit_cost_e4    INTEGER,                      -- NULL when the data has no cost
  line_kind       TEXT    NOT NULL CHECK (line_kind = 'sale' OR line_kind = 'return' OR line_kind = 'excluded'),
  file_key        INTEGER NOT NULL REFERENCES load_audit(file_key),
  source_line     INTEGER                       -- physical line in that file
);
-- One row per return line, linked to the sale it returns where the data
-- allows: a sale of the same product in the same order, else the customer's
-- most recent earlier sale of that product.
CREATE TABLE fact_returns (
  return_key         INTEGER PRIMARY KEY,
  line_key           INTEGER NOT NULL UNIQUE REFERENCES fact_sales(line_key),
  order_key          INTEGER NOT NULL REFERENCES fact_orders(order_key),
  date_key           INTEGER NOT NULL REFERENCES dim_date(date_key),
  customer_key       INTEGER NOT NULL,
  product_key        INTEGER NOT NULL REFERENCES dim_product(product_key),
  quantity           INTEGER NOT NULL,          -- units returned (positive)
  value_e4           INTEGER NOT NULL,          -- |quantity x unit price|
  reason             TEXT,                      -- NULL when the data gives none
  original_line_key  INTEGER REFERENCES fact_sales(line_key),
  original_order_key INTEGER REFERENCES fact_orders(order_key),
  link_rule          TEXT CHECK (link_rule IS NULL OR link_rule = 'same order' OR link_rule = 'latest earlier sale'),
  days_after_sale    INTEGER
);
CREATE INDEX ix_fact_returns_original ON fact_returns(original_line_key);
-- Payments per order. Until the data carries payment rows, each sale order
-- with a known payment type gets one row for its revenue (source 'order total').
CREATE TABLE fact_payments (
  payment_line_key   INTEGER PRIMARY KEY,
  order_key          INTEGER NOT NULL REFERENCES fact_orders(order_key),
  payment_sequential INTEGER NOT NULL,
  date_key           INTEGER NOT NULL REFERENCES dim_date(date_key),
  customer_key       INTEGER NOT NULL,
  payment_key        INTEGER NOT NULL REFERENCES dim_payment(payment_key),
  amount_e4          INTEGER NOT NULL,
  source             TEXT NOT NULL CHECK (source IN ('order total', 'payments file')),
  UNIQUE (order_key, payment_sequential)
);
-- Event logs (one row per event as written) and stock snapshots (units on hand
-- of a product on a day), when the dataset has such files. A product, visitor
-- or order the order lines do not have is key 0 / NULL (fact_events_load.h).
CREATE TABLE fact_events (
  event_key     INTEGER PRIMARY KEY,
  file_key      INTEGER NOT NULL REFERENCES load_audit(file_key),
  source_line   INTEGER NOT NULL,
  date_key      INTEGER NOT NULL REFERENCES dim_date(date_key),
  event_time    TEXT NOT NULL,             -- 'YYYY-MM-DD HH:MM:SS', or the date alone
  step          TEXT NOT NULL CHECK (step IN ('view', 'add_to_cart', 'begin_checkout', 'payment_info', 'purchase',
                                              'remove_from_cart', 'other')),
  step_no       INTEGER,                   -- 1..5 for the funnel steps, NULL otherwise
  raw_type      TEXT NOT NULL,             -- the event name as written
  session_id    TEXT,                      -- the session, else the visitor; NULL when neither is given
  customer_key  INTEGER NOT NULL,          -- 0 when the visitor is no customer of the order lines
  product_key   INTEGER NOT NULL REFERENCES dim_product(product_key),
  order_key     INTEGER REFERENCES fact_orders(order_key)
);
CREATE INDEX ix_fact_events_date ON fact_events(date_key);
CREATE TABLE fact_inventory (
  inventory_key INTEGER PRIMARY KEY,
  file_key      INTEGER NOT NULL REFERENCES load_audit(file_key),
  source_line   INTEGER NOT NULL,
  date_key      INTEGER NOT NULL REFERENCES dim_date(date_key),  -- the snapshot day
  product_key   INTEGER NOT NULL REFERENCES dim_product(product_key),
  location      TEXT,                      -- warehouse / store; NULL when not given
  on_hand       INTEGER NOT NULL CHECK (on_hand >= 0),
  unit_cost_e4  INTEGER                    -- NULL when not given
);
CREATE INDEX ix_fact_inventory_product ON fact_inventory(product_key, date_key);
-- Marketing spend (one row per spend-file row), when the dataset has a spend
-- file: names as written; channel_key only when the order lines have exactly
-- that (channel, campaign) pair (fact_spend_load.h).
CREATE TABLE fact_spend (
  spend_key     INTEGER PRIMARY KEY,
  file_key      INTEGER NOT NULL REFERENCES load_audit(file_key),
  source_line   INTEGER NOT NULL,
  date_key      INTEGER NOT NULL REFERENCES dim_date(date_key),
  channel       TEXT,                      -- NULL when not given
  campaign      TEXT,                      -- NULL when not given
  channel_key   INTEGER REFERENCES dim_channel(channel_key),
  spend_e4      INTEGER NOT NULL CHECK (spend_e4 >= 0)
);
CREATE INDEX ix_fact_spend_date ON fact_spend(date_key);

-- (4) marts: rebuilt after every load from the facts --------------------------------
CREATE TABLE mart_customer (
  customer_key     INTEGER PRIMARY KEY,   -- customers with at least one sale
  customer_id      TEXT NOT NULL,
  country          TEXT,                  -- current version's
  cohort_month     TEXT,
  first_order_date TEXT NOT NULL,
  last_order_date  TEXT NOT NULL,
  orders           INTEGER NOT NULL,      -- distinct orders with a sale line of this customer
  items            INTEGER NOT NULL,
  units            INTEGER NOT NULL,
  revenue_e4       INTEGER NOT NULL,
  return_value_e4  INTEGER NOT NULL,
  net_revenue_e4   INTEGER NOT NULL,
  aov_e4           INTEGER NOT NULL,      -- revenue / orders, rounded half away from zero
  recency_days     INTEGER NOT NULL,      -- from the last order to the data's last sale date
  tenure_days      INTEGER NOT NULL,      -- first to last order
  active_months    INTEGER NOT NULL
);
CREATE TABLE mart_daily_sales (
  date_key        INTEGER PRIMARY KEY,    -- every day of dim_date's range, zeros included
  date            TEXT NOT NULL,
  orders          INTEGER NOT NULL,
  items           INTEGER NOT NULL,
  units           INTEGER NOT NULL,
  revenue_e4      INTEGER NOT NULL,
  return_value_e4 INTEGER NOT NULL,
  net_revenue_e4  INTEGER NOT NULL,
  customers       INTEGER NOT NULL,       -- distinct, guests not counted
  new_customers   INTEGER NOT NULL        -- whose first order was that day
);
CREATE TABLE mart_customer_month (
  customer_key       INTEGER NOT NULL,
  month_key          TEXT NOT NULL,       -- 'YYYY-MM'
  cohort_month       TEXT NOT NULL,
  months_since_first INTEGER NOT NULL,    -- 0 in the cohort month
  orders             INTEGER NOT NULL,
  units              INTEGER NOT NULL,
  revenue_e4         INTEGER NOT NULL,
  PRIMARY KEY (customer_key, month_key)
);
CREATE TABLE mart_product (
  product_key      INTEGER PRIMARY KEY,   -- products with a sale or a return
  sku              TEXT NOT NULL,
  name             TEXT,
  category         TEXT,
  orders           INTEGER NOT NULL,
  customers        INTEGER NOT NULL,
  units            INTEGER NOT NULL,
  revenue_e4       INTEGER NOT NULL,
  return_units     INTEGER NOT NULL,
  return_value_e4  INTEGER NOT NULL,
  first_sold_date  TEXT,
  last_sold_date   TEXT
);

-- (5) data quality: recomputed after every load --------------------------------------
CREATE TABLE dq_column_profile (
  table_name      TEXT NOT NULL,
  column_name     TEXT NOT NULL,
  declared_type   TEXT,
  row_count       INTEGER NOT NULL,
  nulls           INTEGER NOT NULL,
  null_share      REAL NOT NULL,
  distinct_values INTEGER NOT NULL,
  min_value,
  max_value,
  PRIMARY KEY (table_name, column_name)
);
CREATE TABLE dq_rule (
  rule_id     TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  column_name TEXT NOT NULL,   -- '' when the rule is about whole rows
  severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  description TEXT NOT NULL,
  checked     INTEGER NOT NULL,
  failures    INTEGER NOT NULL,
  PRIMARY KEY (rule_id, table_name, column_name)
);
CREATE TABLE dq_example (
  rule_id     TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  column_name TEXT NOT NULL,
  example_no  INTEGER NOT NULL,
  row_key     INTEGER,          -- the row's surrogate key in table_name
  detail      TEXT NOT NULL,
  PRIMARY KEY (rule_id, table_name, column_name, example_no)
);

-- (6) views -------------------------------------------------------------------------
CREATE VIEW dim_customer_current AS
  SELECT * FROM dim_customer WHERE is_current = 1;
CREATE VIEW sales AS
  SELECT f.line_key, f.order_id, f.line_number, d.date, c.customer_id, p.sku, p.name AS product, p.category,
         g.country, g.country_name, g.region, ch.channel, ch.campaign, pm.payment_type, f.quantity,
         f.unit_price_e4 / 10000.0 AS unit_price, f.discount_e4 / 10000.0 AS discount,
         f.line_revenue_e4 / 10000.0 AS line_revenue, f.line_kind, a.file_name AS source_file, f.source_line
  FROM fact_sales f
  JOIN dim_date d ON d.date_key = f.date_key
  JOIN dim_customer c ON c.customer_key = f.customer_key AND c.is_current = 1
  JOIN dim_product p ON p.product_key = f.product_key
  JOIN dim_geography g ON g.geography_key = f.geography_key
  JOIN dim_channel ch ON ch.channel_key = f.channel_key
  JOIN dim_payment pm ON pm.payment_key = f.payment_key
  JOIN load_audit a ON a.file_key = f.file_key;
CREATE VIEW orders AS
  SELECT o.order_key, o.order_id, d.date, c.customer_id, o.order_kind, o.line_count, o.item_count, o.units,
         o.revenue_e4 / 10000.0 AS revenue, o.discount_e4 / 10000.0 AS discount,
         o.return_value_e4 / 10000.0 AS return_value, pm.payment_type, ch.channel, g.country
  FROM fact_orders o
  JOIN dim_date d ON d.date_key = o.date_key
  JOIN dim_customer c ON c.customer_key = o.customer_key AND c.is_current = 1
  JOIN dim_payment pm ON pm.payment_key = o.payment_key
  JOIN dim_channel ch ON ch.channel_key = o.channel_key
  JOIN dim_geography g ON g.geography_key = o.geography_key;
)sql";

constexpr const char* kDeferredIndexes = R"sql(
CREATE UNIQUE INDEX ux_fact_orders_order_id ON fact_orders(order_id);
)sql";

}  // namespace

const char* warehouse_tables_ddl() { return kTables; }
const char* warehouse_deferred_indexes_ddl() { return kDeferredIndexes; }

const std::vector<TableDoc>& warehouse_table_docs() {
  static const std::vector<TableDoc> kDocs = {
      {"warehouse_meta", "Schema version and facts about the warehouse (currency symbol)."},
      {"load_run", "One row per load: what it appended, what it found already loaded, and how long each phase took."},
      {"load_audit", "One row per input file and load: rows read, loaded, rejected, duplicates, appended."},
      {"load_rejected", "Rows that could not be read, with file, line, column, reason and the raw text."},
      {"dim_date", "Every day of the data's range (key yyyymmdd), with ISO week, weekday and month names."},
      {"dim_geography", "Country as written with its ISO 3166-1 codes and region, state and city."},
      {"dim_customer", "Customers, one row per version (SCD type 2): address, first and last order, cohort."},
      {"dim_supplier", "Suppliers, vendors or brands of products (0 = none given)."},
      {"dim_product", "Products by SKU with their most frequent name, category, cost and supplier."},
      {"dim_payment", "Payment types and installments."},
      {"dim_channel", "Sales channels and campaigns."},
      {"fact_orders", "One row per order: totals, items, units, customer, payment, date."},
      {"fact_sales", "One row per order line: quantity, price, revenue and the keys of every dimension."},
      {"fact_returns", "Returned lines, linked to the sale they return where the data allows."},
      {"fact_payments", "Payments per order."},
      {"fact_events", "Event-log rows: time, funnel step and raw name, session, customer, product, order."},
      {"fact_inventory", "Stock snapshots: units on hand per product, day and location, with unit cost."},
      {"fact_spend", "Marketing spend per day, channel and campaign as the spend file writes them."},
      {"mart_customer", "Per customer: first and last order, orders, revenue, average order value, recency."},
      {"mart_daily_sales", "Per day: orders, revenue, returns, customers and new customers."},
      {"mart_customer_month", "Per customer and month with a sale: orders and revenue, with the cohort month."},
      {"mart_product", "Per product: orders, customers, units, revenue and returns."},
      {"dq_column_profile", "Per column: null share, distinct values, minimum and maximum."},
      {"dq_rule", "Data-quality rules with the rows checked and the rows that fail."},
      {"dq_example", "Example rows for each failing data-quality rule."},
      {"dim_customer_current", "The current version of each customer."},
      {"sales", "Order lines with the names of their dimensions and money as decimals."},
      {"orders", "Orders with the names of their dimensions and money as decimals."},
  };
  return kDocs;
}

const std::vector<ForeignKey>& warehouse_foreign_keys() {
  static const std::vector<ForeignKey> kKeys = {
      {"dim_customer", "geography_key", "dim_geography", "geography_key"},
      {"dim_product", "supplier_key", "dim_supplier", "supplier_key"},
      {"fact_orders", "date_key", "dim_date", "date_key"},
      {"fact_orders", "customer_key", "dim_customer", "customer_key"},
      {"fact_orders", "geography_key", "dim_geography", "geography_key"},
      {"fact_orders", "channel_key", "dim_channel", "channel_key"},
      {"fact_orders", "payment_key", "dim_payment", "payment_key"},
      {"fact_orders", "file_key", "load_audit", "file_key"},
      {"fact_sales", "order_key", "fact_orders", "order_key"},
      {"fact_sales", "date_key", "dim_date", "date_key"},
      {"fact_sales", "customer_key", "dim_customer", "customer_key"},
      {"fact_sales", "product_key", "dim_product", "product_key"},
      {"fact_sales", "geography_key", "dim_geography", "geography_key"},
      {"fact_sales", "channel_key", "dim_channel", "channel_key"},
      {"fact_sales", "payment_key", "dim_payment", "payment_key"},
      {"fact_sales", "file_key", "load_audit", "file_key"},
      {"fact_returns", "line_key", "fact_sales", "line_key"},
      {"fact_returns", "order_key", "fact_orders", "order_key"},
      {"fact_returns", "product_key", "dim_product", "product_key"},
      {"fact_returns", "original_line_key", "fact_sales", "line_key"},
      {"fact_payments", "order_key", "fact_orders", "order_key"},
      {"fact_payments", "payment_key", "dim_payment", "payment_key"},
      {"fact_events", "date_key", "dim_date", "date_key"},
      {"fact_events", "product_key", "dim_product", "product_key"},
      {"fact_events", "order_key", "fact_orders", "order_key"},
      {"fact_events", "file_key", "load_audit", "file_key"},
      {"fact_inventory", "date_key", "dim_date", "date_key"},
      {"fact_inventory", "product_key", "dim_product", "product_key"},
      {"fact_inventory", "file_key", "load_audit", "file_key"},
      {"fact_spend", "date_key", "dim_date", "date_key"},
      {"fact_spend", "channel_key", "dim_channel", "channel_key"},
      {"fact_spend", "file_key", "load_audit", "file_key"},
  };
  return kKeys;
}

const std::vector<NaturalKey>& warehouse_natural_keys() {
  static const std::vector<NaturalKey> kKeys = {
      {"dim_date", "date", "date_key"},
      {"dim_geography", "country, state, city", "geography_key"},
      {"dim_customer", "customer_id, valid_from", "customer_version_key"},
      {"dim_product", "sku", "product_key"},
      {"dim_supplier", "supplier", "supplier_key"},
      {"dim_payment", "payment_type, installments", "payment_key"},
      {"dim_channel", "channel, campaign", "channel_key"},
      {"fact_orders", "order_id", "order_key"},
      {"fact_sales", "order_key, line_number", "line_key"},
      {"fact_payments", "order_key, payment_sequential", "payment_line_key"},
  };
  return kKeys;
}

}  // namespace starcart
