// Exports in the browser (issue 8), captured as downloads and checked by
// independent readers: the .sqlite with the sqlite3 command-line tool
// against the CLI's `starcart build` of the same demo file, CSVs with an RFC
// 4180 reader against the CLI's report JSON, the chart PNG's size against
// the card's rectangle and the pixel ratio, the report page's tables against
// the JSON report; with masking on, no customer id of the input in any
// export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, waitForScreen, waitForSqlite, shot, cliJson, ROOT } from './harness.mjs';
import { click, build, demoFile, parseCsv } from './ui.mjs';

let env, tmp;
before(async () => {
  env = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'starcart-share-'));
});
after(async () => { await env.close(); });

async function download(page, ...keys) {
  const wait = page.waitForEvent('download', { timeout: 30000 });
  await click(page, 'header.share');
  for (const k of keys) await click(page, k);
  const d = await wait;
  const file = path.join(tmp, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}

function sqlite(file, sql) {
  return execFileSync('sqlite3', ['-readonly', file, sql], { encoding: 'utf8' }).trim();
}
function tableCounts(file) {
  const tables = sqlite(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").split('\n');
  return Object.fromEntries(tables.map((t) => [t, Number(sqlite(file, `SELECT count(*) FROM "${t}"`))]));
}

async function loadFile(file, scale = 1) {
  const opened = await openPage(env, { scale });
  await opened.page.setInputFiles('#file-input', file);
  await build(opened.page);
  await waitForSqlite(opened.page);
  return opened;
}

test('the warehouse downloads as .sqlite with the row counts of the CLI build of the same file', async () => {
  const file = demoFile(3000, 11);
  const { page, problems } = await loadFile(file);
  const d = await download(page, 'share.sqlite');
  assert.equal(d.name, 'demo-3000-11-full.sqlite');
  assert.equal(sqlite(d.file, 'PRAGMA integrity_check'), 'ok');
  const cli = path.join(tmp, 'cli.sqlite');
  fs.rmSync(cli, { force: true });
  execFileSync(path.join(ROOT, 'build/native/starcart'), ['build', file, '-o', cli]);
  const mine = tableCounts(d.file);
  assert.ok(mine.fact_sales > 2500);
  assert.deepEqual(mine, tableCounts(cli));
  assert.deepEqual(problems, []);
  await page.close();
});

test('figures and warehouse tables download as CSV that parses to the report\'s values', async () => {
  const file = demoFile(3000, 11);
  const json = cliJson(['report', file, '--json']);
  const { page, problems } = await loadFile(file);
  let d = await download(page, 'share.tables', 'share.table.top_products');
  assert.equal(d.name, 'demo-3000-11-full-top_products.csv');
  const rows = parseCsv(fs.readFileSync(d.file, 'utf8'));
  assert.deepEqual(rows[0], ['Rank', 'SKU', 'Product', 'Category', 'Revenue', 'Share', 'Units', 'ABC']);
  const top = json.top_products;
  assert.equal(rows.length - 1, top.length);
  rows.slice(1).forEach((r, i) => {
    assert.equal(r[1], top[i].sku);
    assert.equal(Number(r[4]), top[i].revenue);
  });
  d = await download(page, 'share.wtables', 'share.wtable.mart_customer');
  assert.equal(d.name, 'demo-3000-11-full-mart_customer.csv');
  const mc = parseCsv(fs.readFileSync(d.file, 'utf8'));
  assert.equal(mc[0][1], 'customer_id');
  assert.equal(mc.length - 1, json.rfm.scored_customers);
  assert.deepEqual(problems, []);
  await page.close();
});

function pngSize(file) {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test('a chart downloads as PNG at the screen\'s pixel ratio, and its data as CSV', async () => {
  const file = demoFile(3000, 11);
  const json = cliJson(['report', file, '--json']);
  const { page, problems } = await loadFile(file, 2);
  const [, , w, h] = await page.evaluate(() => window.starcart.ui.items['card.trend']);
  let d = await download(page, 'share.charts', 'share.png.trend');
  assert.equal(d.name, 'demo-3000-11-full-trend.png');
  const [pw, ph] = pngSize(d.file);
  assert.ok(Math.abs(pw - 2 * w) <= 1 && Math.abs(ph - 2 * h) <= 1, `${pw}x${ph} for ${w}x${h} CSS px at 2x`);
  fs.copyFileSync(d.file, path.join(ROOT, 'artifacts/screenshots/share-chart-trend-2x.png'));
  d = await download(page, 'share.charts', 'share.csv.trend');
  const rows = parseCsv(fs.readFileSync(d.file, 'utf8'));
  assert.deepEqual(rows.slice(1).map((r) => [r[0], Number(r[1]), Number(r[2])]),
    json.monthly.map((m) => [m.month, m.revenue, m.orders]));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the executive report holds the JSON report\'s figures in accessible tables', async () => {
  const file = demoFile(3000, 11);
  const json = cliJson(['report', file, '--json']);
  const { page, problems } = await loadFile(file);
  const d = await download(page, 'share.report');
  assert.equal(d.name, 'demo-3000-11-full-report.html');
  const html = fs.readFileSync(d.file, 'utf8');
  // The page and `starcart report --html` write the same page for the same file.
  assert.equal(html, execFileSync(path.join(ROOT, 'build/native/starcart'), ['report', file, '--html'], { encoding: 'utf8' }));
  const view = await env.browser.newPage();
  const errors = [];
  view.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await view.setContent(html);
  const got = await view.evaluate(() => {
    const num = (t) => Number(t.replace(/[^0-9.-]/g, ''));
    const cell = (table, row, col) => document.querySelector(`#t-${table} tbody`).rows[row].cells[col].textContent;
    const tables = [...document.querySelectorAll('table')];
    return {
      revenue: num(cell('kpis', 0, 1)),
      orders: num(cell('kpis', 2, 1)),
      customers: num(cell('kpis', 3, 1)),
      skus: [...document.querySelectorAll('#t-top_products tbody tr')].map((r) => r.cells[1].textContent),
      segments: [...document.querySelectorAll('#t-segments tbody tr')].map((r) => [r.cells[0].textContent, num(r.cells[1].textContent)]),
      months: [...document.querySelectorAll('#t-trend tbody tr')].map((r) => [r.cells[0].textContent, num(r.cells[1].textContent)]),
      captions: tables.every((t) => t.caption && t.caption.textContent.length > 0),
      scoped: tables.every((t) => [...t.querySelectorAll('th')].every((th) => th.scope === 'col' || th.scope === 'row')),
      images: [...document.querySelectorAll('svg')].every((s) => s.getAttribute('role') === 'img' && s.getAttribute('aria-labelledby')),
      scripts: document.scripts.length,
    };
  });
  assert.equal(got.revenue, json.kpis.revenue);
  assert.equal(got.orders, json.kpis.orders);
  assert.equal(got.customers, json.kpis.customers);
  assert.deepEqual(got.skus, json.top_products.map((p) => p.sku));
  assert.deepEqual(got.segments, json.rfm.segments.map((s) => [s.name, s.customers]));
  assert.deepEqual(got.months, json.monthly.map((m) => [m.month, m.revenue]));
  assert.ok(got.captions && got.scoped && got.images);
  assert.equal(got.scripts, 0);
  // Prints on A4: the PDF of the page is A4 (595 x 842 pt).
  const pdf = await view.pdf({ preferCSSPageSize: true });
  fs.writeFileSync(path.join(ROOT, 'artifacts/screenshots/share-report.pdf'), pdf);
  const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
  assert.ok(box && Math.abs(box[1] - 595.3) < 1 && Math.abs(box[2] - 841.9) < 1, box && box[0]);
  await view.screenshot({ path: path.join(ROOT, 'artifacts/screenshots/share-report-1x.png'), fullPage: false });
  assert.deepEqual(errors, []);
  assert.deepEqual(problems, []);
  await view.close();
  await page.close();
});

test('with masking on, no customer id of the input is in the .sqlite, a CSV or the report', async () => {
  const file = demoFile(3000, 11);
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const col = rows[0].indexOf('CustomerID');
  const ids = new Set(rows.slice(1).map((r) => r[col]).filter(Boolean));
  assert.ok(ids.size > 100);
  const { page, problems } = await loadFile(file);
  await click(page, 'header.share');
  await click(page, 'share.mask');
  await page.waitForFunction(() => window.starcart.share.mask === true);
  const db = await download(page, 'share.sqlite');
  assert.equal(db.name, 'demo-3000-11-full-masked.sqlite');
  const leaks = [];
  for (const t of Object.keys(tableCounts(db.file))) {
    const text = execFileSync('sqlite3', ['-readonly', '-csv', db.file, `SELECT * FROM "${t}"`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const r of parseCsv(text)) for (const f of r) for (const tok of f.split(/[^0-9A-Za-z@._-]+/)) if (ids.has(tok)) leaks.push(`${t}: ${tok}`);
  }
  assert.deepEqual(leaks.slice(0, 5), []);
  assert.equal(Number(sqlite(db.file, "SELECT count(*) FROM mart_customer WHERE customer_id NOT LIKE 'c-%'")), 0);
  for (const keys of [['share.wtables', 'share.wtable.mart_customer'], ['share.wtables', 'share.wtable.dim_customer'],
    ['share.wtables', 'share.wtable.load_rejected'], ['share.report']]) {
    const d = await download(page, ...keys);
    const text = fs.readFileSync(d.file, 'utf8');
    for (const tok of text.split(/[^0-9A-Za-z@._-]+/)) if (ids.has(tok)) leaks.push(`${d.name}: ${tok}`);
  }
  assert.deepEqual(leaks.slice(0, 5), []);
  await shot(page, 'share-masked-1x');
  assert.deepEqual(problems, []);
  await page.close();
});
