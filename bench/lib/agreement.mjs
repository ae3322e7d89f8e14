// Do the engines compute the same things? Every engine's figures are put in
// one plain form (money in cents, months as "YYYY-MM") and compared section
// by section. A section an engine does not produce is reported as "not
// compared", with the reason; it never counts as agreeing.
//
// Forms compared:
//   kpis     revenue, orders, customers, AOV (cents), units, return value
//   monthly  month -> revenue, orders, customers (months with no orders dropped:
//            starcart lists every month of the range, SQL only months with sales)
//   cohorts  cohort -> size, active counts by offset (trailing zeros dropped)
//   rfm      snapshot date; segment -> customers, revenue (empty segments dropped)

// Half away from zero, as starcart rounds money for reports.
export function e4ToCents(e4) {
  return Math.sign(e4) * Math.floor((Math.abs(e4) + 50) / 100) + 0;  // + 0: never -0
}
const decimalToCents = (x) => Math.round(x * 100);
const segmentKey = (name) => String(name).toLowerCase().replace(/[^a-z]/g, '');
const trimZeros = (a) => {
  const out = a.slice();
  while (out.length && out[out.length - 1] === 0) out.pop();
  return out;
};

// A peer's figures (bench/browser/analysis_sql.js shapeFigures).
export function fromPeer(f) {
  return {
    kpis: {
      revenue: e4ToCents(f.kpis.revenue_e4), orders: f.kpis.orders, customers: f.kpis.customers,
      aov: e4ToCents(f.kpis.aov_e4), units: f.kpis.units, return_value: e4ToCents(f.kpis.return_e4),
    },
    monthly: f.monthly.filter((m) => m.orders > 0)
      .map((m) => ({ month: m.month, revenue: e4ToCents(m.revenue_e4), orders: m.orders, customers: m.customers })),
    cohorts: f.cohorts.map((c) => ({ cohort: c.cohort, size: c.size, active: trimZeros(c.active) })),
    rfm: {
      snapshot_date: f.rfm.snapshot_date,
      segments: Object.fromEntries(f.rfm.segments.filter((s) => s.customers > 0)
        .map((s) => [segmentKey(s.name), { customers: s.customers, revenue: e4ToCents(s.revenue_e4) }])),
    },
  };
}

// starcart's report JSON (window.starcart or `starcart report --json`).
// Sections the report does not carry stay undefined.
export function fromStarcart(r) {
  const out = {
    kpis: {
      revenue: decimalToCents(r.kpis.revenue), orders: r.kpis.orders, customers: r.kpis.customers,
      aov: decimalToCents(r.kpis.aov), units: r.kpis.units, return_value: decimalToCents(r.kpis.return_value),
    },
  };
  if (Array.isArray(r.monthly)) {
    out.monthly = r.monthly.filter((m) => m.orders > 0)
      .map((m) => ({ month: m.month, revenue: decimalToCents(m.revenue), orders: m.orders, customers: m.customers }));
  }
  if (Array.isArray(r.cohorts)) {
    out.cohorts = r.cohorts.map((c) => ({ cohort: c.cohort, size: c.size, active: trimZeros(c.active || []) }));
  }
  if (r.rfm && Array.isArray(r.rfm.segments)) {
    out.rfm = {
      snapshot_date: r.rfm.snapshot_date,
      segments: Object.fromEntries(r.rfm.segments.filter((s) => s.customers > 0)
        .map((s) => [segmentKey(s.name), { customers: s.customers, revenue: decimalToCents(s.revenue) }])),
    };
  }
  return out;
}

// The first few differences between two values, as "path: a != b".
export function differences(a, b, where = '', out = [], limit = 8) {
  if (out.length >= limit) return out;
  if (a === b) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Array.isArray(a) && Array.isArray(b)
      ? [...Array(Math.max(a.length, b.length)).keys()]
      : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) differences(a[k], b[k], where ? `${where}.${k}` : String(k), out, limit);
    return out;
  }
  out.push(`${where || '(value)'}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`);
  return out;
}

export const SECTIONS = ['kpis', 'monthly', 'cohorts', 'rfm'];

// engines: {name: normalized figures}. Returns one entry per section:
// {section, compared: [names], missing: {name: reason}, agree, differences}.
export function compareEngines(engines) {
  const names = Object.keys(engines);
  return SECTIONS.map((section) => {
    const have = names.filter((n) => engines[n][section] !== undefined);
    const missing = Object.fromEntries(names.filter((n) => !have.includes(n))
      .map((n) => [n, `its report carries no "${section}" section`]));
    const diffs = [];
    for (const n of have.slice(1)) {
      const d = differences(engines[have[0]][section], engines[n][section]);
      if (d.length) diffs.push({ between: [have[0], n], first: d });
    }
    return { section, compared: have, missing, agree: have.length >= 2 && diffs.length === 0, differences: diffs };
  });
}

// Plain-language lines for the console and the Markdown report.
export function describe(result) {
  return result.map((r) => {
    const miss = Object.entries(r.missing).map(([n, why]) => `${n}: not compared (${why})`);
    let head;
    if (r.compared.length < 2) head = `${r.section}: not compared (fewer than two engines produce it)`;
    else if (r.agree) head = `${r.section}: ${r.compared.join(', ')} agree`;
    else head = `${r.section}: DIFFER ` + r.differences.map((d) => `${d.between.join(' vs ')}: ${d.first.join('; ')}`).join(' | ');
    return [head, ...miss].join('; ');
  });
}
