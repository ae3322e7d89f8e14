// starcart vs DuckDB-WASM vs sql.js on the same shop files, in one headless
// Chromium session (issue #9). Run it with scripts/bench (which builds what
// is missing first); docs/benchmarks.md explains the method and holds the
// latest full table.
//
//   node bench/run.mjs [--smoke] [--runs N] [--sizes 100000,1000000] [--no-docs]
//
// Order of work:
//   1. the CSVs: the demo generator, Online Retail format, fixed seed
//   2. the native CLI, timed from outside
//   3. the served tree (127.0.0.1 only) and one Chromium
//   4. per size, N rounds of starcart, DuckDB-WASM, sql.js (a fresh browser
//      context each); after the first round the figures must agree
//   5. starcart's filter changes, in the last round of the largest size
//   6. medians, targets, download sizes; JSON + Markdown in bench/results/,
//      and docs/benchmarks.md after a full run
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite, serveSite, fileForUrl } from './lib/site.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { runStarcart } from './lib/run_starcart.mjs';
import { runPeer } from './lib/run_peer.mjs';
import { generateDemo, runCliReport, runCliBuild } from './lib/run_cli.mjs';
import { fromPeer, fromStarcart, compareEngines, describe, differences } from './lib/agreement.mjs';
import { machine, busyness, versions, downloadSize } from './lib/environment.mjs';
import { ENGINES, ENGINE_LABEL, median, medianOf, targets, markdown, ms } from './lib/summary.mjs';
import { docsPage } from './lib/docs_page.mjs';
import { countriesByLines, filterPlan } from './lib/filter_plan.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SEED = 42;

function options(argv) {
  const o = { smoke: false, runs: null, sizes: null, docs: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') o.smoke = true;
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--sizes') o.sizes = argv[++i].split(',').map(Number);
    else if (a === '--no-docs') o.docs = false;
    else if (a === '--help' || a === '-h') {
      console.log('usage: scripts/bench [--smoke] [--runs N] [--sizes 100000,1000000] [--no-docs]');
      process.exit(0);
    } else throw new Error('unknown option ' + a);
  }
  o.sizes ??= o.smoke ? [10000] : [100000, 1000000];
  o.runs ??= o.smoke ? 1 : 3;
  // Only the documented full run replaces docs/benchmarks.md.
  o.docs = o.docs && !o.smoke && o.runs >= 3 && o.sizes.join() === '100000,1000000';
  return o;
}

const say = (msg) => console.log(`[bench] ${msg}`);

// The part of docs/benchmarks.md from this marker on holds figures measured
// by other scripts (the Predict tab's, tests/e2e/measure-predict.mjs): kept
// when a full run rewrites the page.
const KEPT = '<!-- kept by scripts/bench: measured by other scripts -->';
function keptTail(file) {
  if (!fs.existsSync(file)) return '';
  const old = fs.readFileSync(file, 'utf8');
  const i = old.indexOf(KEPT);
  return i < 0 ? '' : '\n' + old.slice(i);
}
const count = (n) => n.toLocaleString('en-US');

async function main() {
  const opt = options(process.argv.slice(2));
  const failures = [];
  const results = {
    schema: 'starcart.bench/1',
    mode: opt.smoke ? 'smoke' : 'full',
    date: new Date().toISOString().slice(0, 10),
    started: new Date().toISOString(),
    machine: machine(),
    busyness: { start: busyness() },
    seed: SEED,
    runs: opt.runs,
    sizes: [],
    engine_versions: {},
  };
  say(`machine: ${results.machine.nproc} × ${results.machine.cpu_model}; load average ${results.busyness.start.loadavg.join(' ')}` +
    (results.busyness.start.busy_others.length ? `; busy: ${results.busyness.start.busy_others.join(', ')}` : ''));

  // 1. data
  const dataDir = path.join(ROOT, 'build/bench/data');
  const sizes = opt.sizes.map((lines) => {
    const file = path.join(dataDir, `shop-${lines}-seed${SEED}.csv`);
    const bytes = generateDemo(lines, SEED, file);
    say(`${count(lines)} lines: ${file} (${(bytes / 1e6).toFixed(1)} MB)`);
    return { lines, file, bytes };
  });

  // 2. native CLI
  for (const s of sizes) {
    const reports = [], builds = [];
    for (let i = 0; i < opt.runs; i++) reports.push(runCliReport(s.file));
    for (let i = 0; i < opt.runs; i++) builds.push(runCliBuild(s.file));
    s.cli_report = reports[0].report;
    s.cli = {
      lines: reports[0].lines,
      wall_ms: median(reports.map((r) => r.wall_ms)),
      load_ms: median(reports.map((r) => r.load_ms)),
      report_ms: median(reports.map((r) => r.report_ms)),
      build_wall_ms: median(builds.map((b) => b.wall_ms)),
      sqlite_ms: median(builds.map((b) => b.sqlite_ms)),
      runs: { report: reports.map(({ report, ...r }) => r), build: builds },
    };
    say(`CLI ${count(s.lines)}: report ${ms(s.cli.wall_ms)} (load ${ms(s.cli.load_ms)}, report ${ms(s.cli.report_ms)}), SQLite ${ms(s.cli.sqlite_ms)}`);
  }

  // 3. served tree and browser
  const site = buildSite(ROOT);
  const { server, url } = await serveSite(site);
  const chromium = await launchChromium();
  const env = { ...chromium, base: url };
  results.versions = versions(chromium.version);
  const firstRequests = {};
  let filterRun = null;

  try {
    // 4. rounds
    for (const s of sizes) {
      const runs = Object.fromEntries(ENGINES.map((e) => [e, []]));
      const largest = s === sizes[sizes.length - 1];
      // Months from the CLI's report of the same file, countries from the CSV.
      const plan = largest ? filterPlan(s.cli_report, countriesByLines(s.file), { smoke: opt.smoke }) : null;
      for (let round = 1; round <= opt.runs; round++) {
        for (const engine of ENGINES) {
          (results.busyness.during ??= []).push(Number(os.loadavg()[0].toFixed(2)));
          const withFilters = largest && round === opt.runs;
          const r = engine === 'starcart'
            ? await runStarcart(env, s.file, { filters: withFilters ? plan : null })
            : await runPeer(env, engine, s.file);
          if (r.foreign.length) failures.push(`${engine} requested outside 127.0.0.1: ${r.foreign.join(', ')}`);
          if (r.problems.length) failures.push(`${engine} reported errors: ${r.problems.join('; ')}`);
          firstRequests[engine] ??= r.requests;
          if (r.version) results.engine_versions[engine] = r.version;
          if (r.filter_changes) filterRun = { lines: s.lines, changes: r.filter_changes };
          runs[engine].push(r);
          say(`${count(s.lines)} lines, round ${round}/${opt.runs}, ${ENGINE_LABEL[engine]}: time to dashboard ${ms(r.total_ms)}` +
            (engine === 'starcart' ? `, SQLite done ${ms(r.sqlite.after_change_ms)} after the file` : ''));
        }
        if (round === 1) {
          // The figures must agree before any timing means anything.
          const normalized = {
            starcart: fromStarcart(runs.starcart[0].report),
            duckdb: fromPeer(runs.duckdb[0].figures),
            sqljs: fromPeer(runs.sqljs[0].figures),
          };
          s.figures = normalized;
          s.agreement = compareEngines(normalized);
          s.agreement_text = describe(s.agreement);
          const pageVsCli = differences(fromStarcart(s.cli_report), normalized.starcart);
          s.agreement_text.push(pageVsCli.length ? `starcart page vs CLI report: DIFFER ${pageVsCli.join('; ')}`
            : 'starcart page vs CLI report (same file): agree on every section the report carries');
          for (const t of s.agreement_text) say(`  ${t}`);
          const bad = s.agreement.filter((a) => a.compared.length >= 2 && !a.agree);
          if (pageVsCli.length) bad.push({ section: 'page vs CLI' });
          const kpis = s.agreement.find((a) => a.section === 'kpis');
          if (kpis.compared.length !== ENGINES.length) bad.push({ section: 'kpis (not produced by every engine)' });
          const rfm = s.agreement.find((a) => a.section === 'rfm');
          if (rfm.compared.length < 2) bad.push({ section: 'rfm segment counts (fewer than two engines)' });
          if (bad.length) {
            failures.push(`figures differ at ${count(s.lines)} lines: ${bad.map((b) => b.section).join(', ')}`);
            throw new Error('the engines do not compute the same figures; timings would measure nothing');
          }
        }
      }
      const keep = (r) => { const { report, figures, requests, foreign, problems, filter_changes, ...rest } = r; return rest; };
      s.engines = Object.fromEntries(ENGINES.map((e) => [e, {
        median: medianOf(runs[e], (r) => keep(r)),
        runs: runs[e].map(keep),
      }]));
      delete s.cli_report;
      results.sizes.push(s);
    }

    // 5. filter changes
    if (filterRun) results.filters = summarizeFilters(filterRun, failures);
  } finally {
    await env.browser.close();
    server.close();
  }

  // 6. sizes, targets, outputs
  results.downloads = Object.fromEntries(ENGINES.map((e) => [e, downloadSize(e, firstRequests[e] || [], (u) => fileForUrl(site, u))]));
  results.busyness.end = busyness();
  results.targets = targets(results);
  results.failures = failures;
  results.ok = failures.length === 0;
  writeOutputs(results, opt);
  for (const t of results.targets) say(`target: ${t.target}: ${t.value} -> ${t.met ? 'met' : 'NOT met'}`);
  return failures;
}

function summarizeFilters(run, failures) {
  const ok = run.changes.filter((c) => !c.error);
  const unavailable = {};
  for (const c of run.changes.filter((x) => x.error)) unavailable[c.kind] = c.error;
  const by = {};
  for (const c of ok) (by[c.kind] ??= []).push(c);
  const stats = (list) => ({
    n: list.length,
    median_ms: median(list.map((c) => c.latency_ms)),
    worst_ms: Math.max(...list.map((c) => c.latency_ms)),
    frame_median_ms: median(list.map((c) => c.frame_ms)),
    report_median_ms: median(list.map((c) => c.report_ms)),
  });
  // A change that selected nothing would measure an empty recompute.
  for (const c of ok) if (c.kind !== 'all data' && !(c.kpis && c.kpis.orders > 0)) failures.push(`filter ${JSON.stringify(c.filter)} selected no orders`);
  return {
    lines: run.lines,
    by_kind: Object.fromEntries(Object.entries(by).map(([k, list]) => [k, stats(list)])),
    all: ok.length ? stats(ok) : null,
    unavailable,
    changes: run.changes.map(({ kpis, ...c }) => ({ ...c, orders: kpis ? kpis.orders : null })),
  };
}

function writeOutputs(results, opt) {
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.started.replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const md = `# starcart benchmark (${results.mode})\n\n` + markdown(results) +
    (results.failures.length ? `\n**Failures:**\n\n${results.failures.map((f) => `- ${f}`).join('\n')}\n` : '');
  for (const name of [`bench-${results.mode}-${stamp}`, `latest-${results.mode}`]) {
    fs.writeFileSync(path.join(dir, name + '.json'), JSON.stringify(results, null, 1) + '\n');
    fs.writeFileSync(path.join(dir, name + '.md'), md);
  }
  say(`results: bench/results/bench-${results.mode}-${stamp}.{json,md}`);
  if (opt.docs && results.ok) {
    const page = path.join(ROOT, 'docs/benchmarks.md');
    fs.writeFileSync(page, docsPage(results) + keptTail(page));
    say('docs/benchmarks.md updated');
  }
}

main().then((failures) => {
  if (failures.length) {
    for (const f of failures) console.error(`[bench] FAILED: ${f}`);
    process.exit(1);
  }
  say('ok');
}, (err) => {
  console.error(`[bench] FAILED: ${err && err.stack || err}`);
  process.exit(1);
});
