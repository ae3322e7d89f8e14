// The filter changes measured on starcart's page: date ranges, countries,
// both together, RFM segments, and back to all data. Derived from the data
// (its months from the report, its countries from the CSV) so that every
// change selects something.
import fs from 'node:fs';

// Countries of an Online Retail CSV (last column) by number of lines.
export function countriesByLines(csv) {
  const text = fs.readFileSync(csv, 'utf8');
  const counts = new Map();
  let start = text.indexOf('\n') + 1;  // after the header
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const country = line.endsWith('"')
      ? line.slice(line.lastIndexOf(',"') + 2, -1).replace(/""/g, '"')
      : line.slice(line.lastIndexOf(',') + 1);
    if (country) counts.set(country, (counts.get(country) || 0) + 1);
    start = end + 1;
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

const pad = (n) => String(n).padStart(2, '0');
const monthStart = (key) => `${key}-01`;
function monthEnd(key) {
  const [y, m] = key.split('-').map(Number);
  return `${key}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

export function filterPlan(report, countries, { smoke = false } = {}) {
  const months = report.monthly.filter((m) => m.orders > 0).map((m) => m.month);
  const first = months[0];
  const last = months[months.length - 1];
  const at = (i) => months[Math.max(0, Math.min(months.length - 1, i))];
  const mid = at(months.length >> 1);
  const n = months.length;
  const dates = [
    { from: monthStart(last), to: monthEnd(last) },                   // the last month
    { from: monthStart(at(n - 3)), to: monthEnd(last) },               // the last quarter
    { from: monthStart(at(n - 12)), to: monthEnd(last) },              // the last year
    { from: monthStart(first), to: monthEnd(at(5)) },                  // the first half year
    { from: `${mid}-08`, to: `${mid}-14` },                            // one week
    { from: `${mid}-15`, to: `${mid}-15` },                            // one day
    { from: monthStart(mid), to: monthEnd(last) },                     // the second half
    { from: monthStart(at(1)), to: monthEnd(last) },                   // all but the first month
  ];
  const big = countries.slice(0, 4);
  const small = countries.slice(-4).reverse();
  const plan = [];
  const add = (kind, filter) => plan.push({ kind, filter });
  if (smoke) {
    add('date range', dates[1]);
    add('country', { countries: [big[0]] });
    add('segment', { segments: ['Champions'] });
    add('all data', {});
    return plan;
  }
  for (const d of dates) add('date range', d);
  for (const c of [...big, ...small]) add('country', { countries: [c] });
  add('date range + country', { ...dates[2], countries: [big[0]] });
  add('date range + country', { ...dates[1], countries: [big[1], big[2]] });
  for (const s of ['Champions', 'At Risk', 'Hibernating']) add('segment', { segments: [s] });
  add('all data', {});
  return plan;
}
