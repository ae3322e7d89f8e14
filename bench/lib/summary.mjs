// Medians over runs, the targets of issue #9, and the Markdown tables
// (bench/results/*.md and docs/benchmarks.md).

export const ENGINES = ['starcart', 'duckdb', 'sqljs'];
export const ENGINE_LABEL = { starcart: 'starcart', duckdb: 'DuckDB-WASM', sqljs: 'sql.js + papaparse' };

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// Median of every numeric leaf over the runs (same shape as one run).
export function medianOf(runs, pick) {
  const first = pick(runs[0]);
  if (first === null || first === undefined) return null;
  if (typeof first === 'number') return median(runs.map(pick));
  if (typeof first !== 'object') return first;
  const out = {};
  for (const k of Object.keys(first)) out[k] = medianOf(runs, (r) => (pick(r) || {})[k]);
  return out;
}

// --- formatting -----------------------------------------------------------------

export const ms = (x) => (x === null || x === undefined ? '–' : x >= 10000 ? `${(x / 1000).toFixed(1)} s`
  : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
export const ms1 = (x) => (x === null || x === undefined ? '–' : `${x.toFixed(1)} ms`);
export const mb = (x) => (x === null || x === undefined ? '–' : `${(x / 1e6).toFixed(1)} MB`);
export const ratio = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(2)}×`);
const count = (n) => n.toLocaleString('en-US');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

// --- targets (issue #9) -------------------------------------------------------------

export function targets(results) {
  const big = results.sizes[results.sizes.length - 1];
  const sc = big.engines.starcart.median;
  const dd = big.engines.duckdb.median;
  const out = [];
  // Sections starcart's report does not carry yet: DuckDB's time without them.
  const lacking = big.agreement.filter((a) => a.missing.starcart).map((a) => a.section);
  const ddWithout = dd.total_ms - lacking.reduce((s, sec) => s + (dd.steps[sec] || 0), 0);
  const r = sc.total_ms / dd.total_ms;
  out.push({
    target: `time to dashboard at ${count(big.lines)} lines ≤ 0.7 × DuckDB-WASM's`,
    value: `${ms(sc.total_ms)} vs ${ms(dd.total_ms)} = ${ratio(r)}` +
      (lacking.length ? `; vs DuckDB without ${lacking.join(' and ')} (${ms(ddWithout)}): ${ratio(sc.total_ms / ddWithout)}` : ''),
    met: r <= 0.7,
    note: lacking.length ? `starcart's report does not compute ${lacking.join(' or ')} yet, DuckDB-WASM's time includes them` : '',
  });
  const f = results.filters;
  if (f && f.all) {
    out.push({
      target: 'filter change ≤ 50 ms',
      value: `median ${ms1(f.all.median_ms)}, worst ${ms1(f.all.worst_ms)} (${f.all.n} changes)`,
      met: f.all.worst_ms <= 50,
      note: Object.keys(f.unavailable).length ? `not measurable: ${Object.entries(f.unavailable).map(([k, why]) => `${k} (${why})`).join(', ')}` : '',
    });
  }
  const d = results.downloads.starcart;
  out.push({ target: 'total download ≤ 1 MB gzipped', value: `${mb(d.gzip)} gzipped (${mb(d.raw)} raw)`, met: d.gzip <= 1e6, note: '' });
  const m = sc.memory;
  const grown = m.renderer_peak_rss !== null && m.renderer_rss_before !== null ? m.renderer_peak_rss - m.renderer_rss_before : null;
  out.push({
    target: `peak memory ≤ 3 × the CSV (${mb(big.bytes)} → ${mb(3 * big.bytes)})`,
    value: grown === null ? 'renderer RSS not measurable' :
      `renderer peak RSS grew ${mb(grown)} = ${ratio(grown / big.bytes)} the CSV (wasm ${mb(m.wasm_bytes)} + JS heap ${mb(m.js_heap_bytes)} at the end)`,
    met: grown !== null && grown <= 3 * big.bytes,
    note: '',
  });
  return out;
}

// --- Markdown ---------------------------------------------------------------------------

const STEP_ROWS = [
  ['read', 'read the file'],
  ['inspect', 'inspect (detect layout, import screen)'],
  ['parse', 'parse'],
  ['load', 'load (typed table)'],
  ['model', 'model (dedupe, classify)'],
  ['kpis', 'KPIs'],
  ['monthly', 'monthly revenue'],
  ['cohorts', 'cohort matrix'],
  ['rfm', 'RFM segments'],
  ['analyses', 'all analyses'],
  ['draw', 'first draw'],
];

// Where a step is part of another one for an engine.
const FUSED = {
  starcart: { parse: 'in load', model: 'in load', kpis: 'in analyses', monthly: 'in analyses',
              cohorts: 'in analyses', rfm: 'in analyses' },
  duckdb: { parse: 'in load (read_csv)' },
  sqljs: {},
};

function stepCell(engine, m, key, sectionsMissing) {
  if (key === 'analyses' && engine !== 'starcart') {
    const parts = ['kpis', 'monthly', 'cohorts', 'rfm'].map((k) => m.steps[k]);
    return ms(parts.reduce((s, x) => s + (x || 0), 0));
  }
  if (engine === 'starcart' && sectionsMissing.includes(key)) return 'not computed yet';
  const v = m.steps[key];
  if (v === undefined || v === null) return FUSED[engine][key] || '–';
  return ms(v);
}

function sizeSection(s, runs) {
  const lines = [];
  const missing = s.agreement.filter((a) => a.missing.starcart).map((a) => a.section);
  const med = Object.fromEntries(ENGINES.map((e) => [e, s.engines[e].median]));
  lines.push(`### ${count(s.lines)} lines (${mb(s.bytes)} CSV), median of ${runs} run${runs > 1 ? 's' : ''}`);
  lines.push('');
  const rows = STEP_ROWS.map(([key, label]) => [label, ...ENGINES.map((e) => stepCell(e, med[e], key, missing))]);
  rows.push(['**time to dashboard**', ...ENGINES.map((e) => `**${ms(med[e].total_ms)}**`)]);
  rows.push(['ratio to DuckDB-WASM', ...ENGINES.map((e) => ratio(med[e].total_ms / med.duckdb.total_ms))]);
  rows.push(['engine boot (before the file)', ...ENGINES.map((e) => ms(med[e].boot_ms))]);
  rows.push(['SQLite star schema (background, after the dashboard)', ms(med.starcart.sqlite.ms), '–', '–']);
  rows.push(['wasm memory when the dashboard is drawn', mb(med.starcart.memory.at_dashboard.wasm_bytes), '(same as at the end)', '(same as at the end)']);
  rows.push(['wasm memory at the end', ...ENGINES.map((e) => mb(med[e].memory.wasm_bytes))]);
  rows.push(['JS heap at the end (after GC)', ...ENGINES.map((e) => mb(med[e].memory.js_heap_bytes) + (e === 'duckdb' ? ' (page; worker not reachable)' : ''))]);
  rows.push(['renderer peak RSS (growth after boot)', ...ENGINES.map((e) => {
    const m = med[e].memory;
    if (m.renderer_peak_rss === null || m.renderer_rss_before === null) return '–';
    return `${mb(m.renderer_peak_rss)} (+${mb(m.renderer_peak_rss - m.renderer_rss_before)})`;
  })]);
  lines.push(table(['step', ...ENGINES.map((e) => ENGINE_LABEL[e])], rows));
  lines.push('');
  lines.push('DuckDB-WASM reads the registered `File` lazily inside `read_csv`: its "read" is the registration only. ' +
    'starcart shows its import screen (detected layout and mapping) after "inspect"; the time a person takes to press Build is not counted. ' +
    'starcart\'s "first draw" is everything between the end of the analyses and the end of the frame that showed the dashboard.');
  lines.push('');
  lines.push('Agreement (checked before timing, on the first run):');
  lines.push('');
  for (const t of s.agreement_text) lines.push(`- ${t}`);
  lines.push('');
  return lines.join('\n');
}

export function markdown(results) {
  const out = [];
  const v = results.versions;
  const m = results.machine;
  out.push(`Measured ${results.date} (${results.mode} run) on ${m.nproc} cores of ${m.cpu_model} (family ${m.cpu_family}, ` +
    `model ${m.cpu_model_number}${m.virtual_machine ? ', a virtual machine' : ''}), ${(m.memory_bytes / 2 ** 30).toFixed(1)} GiB RAM; ` +
    `load average (1, 5, 15 min) ${results.busyness.start.loadavg.join(' / ')} at the start, ${results.busyness.end.loadavg.join(' / ')} at the end` +
    (results.busyness.during ? `, 1-minute load ${Math.min(...results.busyness.during)}–${Math.max(...results.busyness.during)} at the starts of the runs` : '') +
    (results.busyness.start.busy_others.length ? `; busy besides the benchmark at the start: ${results.busyness.start.busy_others.join(', ')}` : '') +
    (results.busyness.end.busy_others.length ? `; at the end: ${results.busyness.end.busy_others.join(', ')}` : '') + '.');
  out.push('');
  out.push(`Versions: starcart ${v.starcart}, Chromium ${v.chromium} (headless, SwiftShader WebGL), ` +
    `DuckDB-WASM ${v.duckdb_wasm} (DuckDB ${results.engine_versions.duckdb || '?'}, eh bundle, apache-arrow ${v.apache_arrow}), ` +
    `sql.js ${v.sql_js} (${results.engine_versions.sqljs || 'SQLite'}), papaparse ${v.papaparse}, Emscripten ${v.emscripten}, node ${v.node}.`);
  out.push('');
  out.push('#### Targets');
  out.push('');
  out.push(table(['target', 'measured', 'met'], results.targets.map((t) => [t.target, t.value + (t.note ? ` (${t.note})` : ''), t.met ? 'yes' : '**no**'])));
  out.push('');
  for (const s of results.sizes) out.push(sizeSection(s, results.runs));
  out.push('#### Download (what each engine\'s page fetched; harness files excluded)');
  out.push('');
  out.push(table(['engine', 'files', 'raw', 'gzip -9'], ENGINES.map((e) => {
    const d = results.downloads[e];
    const name = (p) => (p.endsWith('/') ? 'index.html' : p.split('/').pop());
    return [ENGINE_LABEL[e], d.files.map((f) => '`' + name(f.path) + '`').join(', '), mb(d.raw), mb(d.gzip)];
  })));
  out.push('');
  const f = results.filters;
  if (f) {
    out.push(`#### starcart filter changes at ${count(f.lines)} lines`);
    out.push('');
    out.push('From the scripted filter call to the end of the animation frame that shows the result (the page is idle before each change); "frame" is the page\'s own work in that frame (recompute + draw).');
    out.push('');
    const kinds = Object.keys(f.by_kind);
    out.push(table(['filter', 'changes', 'median', 'worst', 'frame work (median)', 'report (median)'], [
      ...kinds.map((k) => [k, String(f.by_kind[k].n), ms1(f.by_kind[k].median_ms), ms1(f.by_kind[k].worst_ms),
        ms1(f.by_kind[k].frame_median_ms), ms1(f.by_kind[k].report_median_ms)]),
      ...Object.entries(f.unavailable).map(([k, why]) => [k, '0', `not available: ${why}`, '', '', '']),
    ]));
    out.push('');
  }
  out.push('#### Native CLI (`build/native/starcart`, timed from outside; median)');
  out.push('');
  out.push(table(['lines', 'report --json (wall)', 'load: read + parse + facts', 'ingest MB/s', 'ingest rows/s', 'report', 'SQLite star schema (build)', 'SQLite rows/s'],
    results.sizes.map((s) => {
      const c = s.cli;
      return [count(s.lines), ms(c.wall_ms), ms(c.load_ms), (s.bytes / 1e6 / (c.load_ms / 1000)).toFixed(1),
        count(Math.round(c.lines / (c.load_ms / 1000))), ms1(c.report_ms), ms(c.sqlite_ms),
        c.sqlite_ms ? count(Math.round(c.lines / (c.sqlite_ms / 1000))) : '–'];
    })));
  out.push('');
  return out.join('\n');
}
