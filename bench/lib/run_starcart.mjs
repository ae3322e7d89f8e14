// One starcart run: a fresh page, the CSV picked with the file input, and
// the time until the dashboard is drawn with its figures, then until SQLite
// is filled in the background; memory at the end. Figures come from
// window.starcart (the page's report JSON), whatever sections it carries.
import path from 'node:path';
import { newRun } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PROBE = path.join(ROOT, 'bench/browser/starcart_probe.js');

async function bootPage(env, run) {
  await run.page.goto(env.base + 'app/');
  await run.page.waitForFunction(() => window.__starcartProbe.ready_ms !== null, null, { timeout: 60000 });
  return run.page.evaluate(() => window.__starcartProbe.ready_ms);
}

export async function runStarcart(env, csv, { timeoutMs = 600000, filters = null } = {}) {
  const run = await newRun(env, { initScripts: [PROBE] });
  const { page } = run;
  try {
    const bootMs = await bootPage(env, run);
    const before = run.renderer();
    await page.setInputFiles('#file-input', csv);
    // The import screen: the files inspected, the mapping shown; one click on
    // Build, as a user who accepts the detected mapping does.
    await page.waitForFunction(() => window.__starcartProbe.import_ms !== null ||
      (window.__starcartProbe.snapshot && window.__starcartProbe.snapshot.screen === 'error'), null, { timeout: timeoutMs });
    await clickBuild(page);
    await page.waitForFunction(() => window.__starcartProbe.dashboard_ms !== null ||
      (window.__starcartProbe.snapshot && window.__starcartProbe.snapshot.screen === 'error'), null, { timeout: timeoutMs });
    const probe = await page.evaluate(() => window.__starcartProbe);
    const s = probe.snapshot;
    if (s.screen === 'error') throw new Error(`starcart: ${s.error.code}: ${s.error.message}`);
    const atDashboard = { wasm_bytes: await run.wasmBytes(), js_heap_bytes: await page.evaluate(() => performance.memory.usedJSHeapSize) };

    await page.waitForFunction(() => {
      const st = window.starcart.sqlite.state;
      return st === 'ready' || st === 'failed';
    }, null, { timeout: timeoutMs, polling: 100 });
    const sqliteSeenMs = await page.evaluate(() => performance.now());
    const end = await page.evaluate(() => window.starcart);
    if (end.sqlite.state !== 'ready') throw new Error('starcart: SQLite failed: ' + end.sqlite.error);

    const inspect = probe.import_ms - probe.change_ms;
    const build = probe.dashboard_ms - probe.build_ms;
    const toDashboard = inspect + build;
    const read = probe.files_ms - probe.change_ms;
    const t = s.timings;
    const result = {
      engine: 'starcart',
      boot_ms: bootMs,
      total_ms: toDashboard,
      steps: {
        read: read,                                   // file bytes into the wasm heap
        inspect: inspect - read,                      // detection until the import screen is drawn
        load: t.load_ms,                              // parse + typed columns + facts (one job)
        analyses: t.report_ms ?? null,                // the whole report (KPIs, monthly, ...)
        draw: build - t.load_ms - (t.report_ms ?? 0),  // Build press to drawn, less load and analyses
      },
      page_timings: t,
      sqlite: { ms: end.timings.sqlite_ms, after_change_ms: sqliteSeenMs - probe.change_ms, rows: end.sqlite.rows },
      report: s,
      memory: {
        at_dashboard: atDashboard,
        wasm_bytes: await run.wasmBytes(),
        js_heap_bytes: await run.jsHeapAfterGc(),
        renderer_rss_before: before ? before.rss : null,
        renderer_peak_rss: (run.renderer() || {}).peak_rss ?? null,
        heap_in_use: await page.evaluate(() => window.__starcartProbe.heap),  // by phase (starcart_probe.js)
      },
    };
    if (filters) result.filter_changes = await measureFilters(page, filters);
    result.requests = run.requests;
    result.foreign = run.foreign;
    result.problems = run.problems;
    return result;
  } finally {
    await run.close();
  }
}

async function clickBuild(page) {
  const s = await page.evaluate(() => window.starcart);
  if (s.screen !== 'import') return;  // an error: reported by the caller
  await page.waitForFunction(() => window.starcart.ui && window.starcart.ui.items['import.build'], null, { timeout: 10000 });
  const [x, y, w, h] = await page.evaluate(() => window.starcart.ui.items['import.build']);
  await page.mouse.click(x + w / 2, y + h / 2);
}

async function waitIdle(page) {
  // No frame drawn for 150 ms: the page requests none while idle.
  for (let i = 0; i < 50; i++) {
    const a = await page.evaluate(() => window.starcart.frames);
    await page.waitForTimeout(150);
    if ((await page.evaluate(() => window.starcart.frames)) === a) return;
  }
  throw new Error('starcart did not go idle');
}

// filters: [{kind, filter}]; each applied after the page is idle.
async function measureFilters(page, filters) {
  const out = [];
  for (const { kind, filter } of filters) {
    await waitIdle(page);
    const r = await page.evaluate((f) => window.__starcartProbe.filterChange(f), filter);
    out.push({ kind, filter, ...r });
  }
  await waitIdle(page);
  return out;
}
