// The figures the peers compute, in SQL, under starcart's rules
// (docs/metrics.md; cohort and RFM rules from issue #6):
//   - exact duplicate source rows count once (DISTINCT over every column);
//   - a line is excluded when unit price <= 0 or quantity = 0;
//   - otherwise a return when the order id starts with C or quantity < 0
//     (value |q x p|), else a sale (value q x p); money exact at 1/10,000;
//   - guests (no customer id) count in revenue and orders, never as customers;
//   - cohort = month of a customer's first sale; active(k) = cohort members
//     with a sale in cohort month + k;
//   - RFM as of the day after the last sale; recency = days since the
//     customer's last sale, frequency = distinct orders, monetary = revenue;
//     score = 1 + floor(5 x (customers with a strictly worse value) / N),
//     capped at 5, written without division so both dialects agree exactly.
//
// Only the step that turns the raw table into typed day numbers and month
// indexes differs between DuckDB and SQLite (NORMALIZE); the facts table and
// every analysis are the same SQL text for both engines.

// DuckDB reads the file itself (register + read_csv); column types are given
// so that nothing depends on sniffing a sample (prices exact as DECIMAL).
export function duckdbLoad(fileName) {
  return `CREATE TABLE raw AS SELECT * FROM read_csv('${fileName}', header = true, delim = ',',
    quote = '"', escape = '"', timestampformat = '%m/%d/%Y %H:%M',
    columns = {'InvoiceNo': 'VARCHAR', 'StockCode': 'VARCHAR', 'Description': 'VARCHAR',
               'Quantity': 'INTEGER', 'InvoiceDate': 'TIMESTAMP', 'UnitPrice': 'DECIMAL(18,4)',
               'CustomerID': 'VARCHAR', 'Country': 'VARCHAR'})`;
}

// sql.js gets rows parsed by papaparse; the loader converts while binding:
// quantity to an integer, the price to 1/10,000 units, the date to ISO text,
// an empty customer id to NULL.
export const SQLITE_RAW = `CREATE TABLE raw (order_id TEXT, sku TEXT, description TEXT, qty INTEGER,
  ts TEXT, price_e4 INTEGER, customer TEXT, country TEXT)`;
export const SQLITE_INSERT = 'INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

const NORMALIZE = {
  duckdb: `SELECT InvoiceNo AS order_id, NULLIF(CustomerID, '') AS customer, Country AS country,
      Quantity AS qty, CAST(UnitPrice * 10000 AS BIGINT) AS price_e4,
      CAST(InvoiceDate AS DATE) - DATE '1970-01-01' AS day,
      year(InvoiceDate) * 12 + month(InvoiceDate) - 1 AS mi
    FROM (SELECT DISTINCT * FROM raw) d`,
  sqlite: `SELECT order_id, customer, country, qty, price_e4,
      CAST(julianday(substr(ts, 1, 10)) - 2440587.5 AS INTEGER) AS day,
      CAST(substr(ts, 1, 4) AS INTEGER) * 12 + CAST(substr(ts, 6, 2) AS INTEGER) - 1 AS mi
    FROM (SELECT DISTINCT * FROM raw) d`,
};

// Sales and returns only: excluded lines are in no figure.
export function factsSql(dialect) {
  return `CREATE TABLE facts AS
    SELECT order_id, customer, country, qty, day, mi,
      CASE WHEN order_id LIKE 'C%' OR qty < 0 THEN 'return' ELSE 'sale' END AS kind,
      abs(qty * price_e4) AS value_e4
    FROM (${NORMALIZE[dialect]}) n
    WHERE price_e4 > 0 AND qty <> 0`;
}

export const KPIS = `SELECT
    CAST(sum(CASE WHEN kind = 'sale' THEN value_e4 ELSE 0 END) AS BIGINT) AS revenue_e4,
    CAST(sum(CASE WHEN kind = 'return' THEN value_e4 ELSE 0 END) AS BIGINT) AS return_e4,
    count(DISTINCT CASE WHEN kind = 'sale' THEN order_id END) AS orders,
    count(DISTINCT CASE WHEN kind = 'sale' THEN customer END) AS customers,
    CAST(sum(CASE WHEN kind = 'sale' THEN qty ELSE 0 END) AS BIGINT) AS units
  FROM facts`;

export const MONTHLY = `SELECT mi, CAST(sum(value_e4) AS BIGINT) AS revenue_e4,
    count(DISTINCT order_id) AS orders, count(DISTINCT customer) AS customers
  FROM facts WHERE kind = 'sale' GROUP BY mi ORDER BY mi`;

export const COHORTS = `WITH first_sale AS (
    SELECT customer, min(mi) AS cohort FROM facts
    WHERE kind = 'sale' AND customer IS NOT NULL GROUP BY customer),
  active_months AS (
    SELECT DISTINCT customer, mi FROM facts WHERE kind = 'sale' AND customer IS NOT NULL)
  SELECT f.cohort AS cohort, a.mi - f.cohort AS k, count(*) AS active
  FROM first_sale f JOIN active_months a ON a.customer = f.customer
  GROUP BY f.cohort, a.mi - f.cohort ORDER BY 1, 2`;

// score(w) = 1 + [5w >= N] + [5w >= 2N] + [5w >= 3N] + [5w >= 4N]
//          = 1 + floor(5w / N) for 0 <= w < N (so never above 5).
function score(worse) {
  return `1 + ${[1, 2, 3, 4].map((i) => `(CASE WHEN 5 * ${worse} >= ${i} * n THEN 1 ELSE 0 END)`).join(' + ')}`;
}

// rank() - 1 over an ordering = the number of customers strictly before:
// ordered by recency descending, those with a strictly larger recency.
export const RFM = `WITH snapshot AS (SELECT max(day) + 1 AS d FROM facts WHERE kind = 'sale'),
  per_customer AS (
    SELECT customer, (SELECT d FROM snapshot) - max(day) AS r, count(DISTINCT order_id) AS f,
           sum(value_e4) AS m
    FROM facts WHERE kind = 'sale' AND customer IS NOT NULL GROUP BY customer),
  total AS (SELECT count(*) AS n FROM per_customer),
  ranked AS (
    SELECT customer, m,
      rank() OVER (ORDER BY r DESC) - 1 AS r_worse,
      rank() OVER (ORDER BY f ASC) - 1 AS f_worse,
      rank() OVER (ORDER BY m ASC) - 1 AS m_worse
    FROM per_customer),
  scored AS (
    SELECT customer, m, ${score('r_worse')} AS rs, ${score('f_worse')} AS fs, ${score('m_worse')} AS ms
    FROM ranked, total)
  SELECT CASE
      WHEN rs = 5 AND fs >= 4 THEN 'Champions'
      WHEN rs IN (3, 4) AND fs >= 4 THEN 'Loyal'
      WHEN rs >= 4 AND fs IN (2, 3) THEN 'Potential Loyalists'
      WHEN rs = 5 AND fs = 1 THEN 'New'
      WHEN rs = 4 AND fs = 1 THEN 'Promising'
      WHEN rs = 3 AND fs = 3 THEN 'Need Attention'
      WHEN rs = 3 AND fs <= 2 THEN 'About to Sleep'
      WHEN rs <= 2 AND fs IN (3, 4) THEN 'At Risk'
      WHEN rs <= 2 AND fs = 5 THEN 'Can''t Lose'
      ELSE 'Hibernating' END AS segment,
    count(*) AS customers, CAST(sum(m) AS BIGINT) AS revenue_e4,
    (SELECT d FROM snapshot) AS snapshot_day
  FROM scored GROUP BY 1 ORDER BY 1`;

// --- rows -> the report-like shape both peers return -------------------------

// a / b rounded half away from zero (starcart's div_round), on integers.
export function divRound(a, b) {
  if (b === 0) return 0;
  const q = Math.trunc(a / b);
  const r = a - q * b;
  return (2 * Math.abs(r) >= Math.abs(b) ? q + Math.sign(a) * Math.sign(b) : q) + 0;  // + 0: never -0
}

export function monthKey(mi) {
  const y = Math.floor(mi / 12);
  return `${y}-${String(mi - y * 12 + 1).padStart(2, '0')}`;
}

export function isoDay(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

// rows: arrays of plain objects (numbers, strings, null) per analysis.
export function shapeFigures({ kpis, monthly, cohorts, rfm }) {
  const k = kpis[0];
  const byCohort = new Map();
  for (const r of cohorts) {
    if (!byCohort.has(r.cohort)) byCohort.set(r.cohort, []);
    byCohort.get(r.cohort)[r.k] = r.active;
  }
  return {
    kpis: {
      revenue_e4: k.revenue_e4 ?? 0,
      return_e4: k.return_e4 ?? 0,
      orders: k.orders,
      customers: k.customers,
      aov_e4: divRound(k.revenue_e4 ?? 0, k.orders),
      units: k.units ?? 0,
    },
    monthly: monthly.map((r) => ({ month: monthKey(r.mi), revenue_e4: r.revenue_e4, orders: r.orders, customers: r.customers })),
    cohorts: [...byCohort.entries()].sort((a, b) => a[0] - b[0]).map(([c, act]) => {
      const active = Array.from(act, (v) => v ?? 0);
      return { cohort: monthKey(c), size: active[0] ?? 0, active, retention: active.map((v) => v / (active[0] || 1)) };
    }),
    rfm: {
      snapshot_date: rfm.length ? isoDay(rfm[0].snapshot_day) : null,
      segments: rfm.map((r) => ({ name: r.segment, customers: r.customers, revenue_e4: r.revenue_e4 })),
    },
  };
}
