// The Data tab in the browser: the schema browser and the SQL console while
// SQLite is being filled and once it is ready; a query's result equals what
// the sqlite3 CLI prints for the same SQL on the database `starcart build`
// writes from the same file; writes are refused with a clear message;
// Ctrl+Enter runs; the result downloads as CSV. Screenshots at 1x and 2x.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, launch, openPage, waitForSqlite, shot, cliJson } from './harness.mjs';
import { click as clickNow, item, build, demoFile, parseCsv } from './ui.mjs';


// Tabs and table rows take a click only once the mouse has hovered them for a
// frame (ImGui's overlap rule), as a user's mouse does: hover, then click.
async function click(page, key) {
  const [x, y, w, h] = await item(page, key);
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(100);
  await clickNow(page, key);
}

let env, file, db;
before(async () => {
  env = await launch();
  file = demoFile(20000, 5);
  db = path.join(os.tmpdir(), 'starcart-e2e', 'demo-20000-5.sqlite');
  fs.rmSync(db, { force: true });
  execFileSync(path.join(ROOT, 'build/native/starcart'), ['build', file, '-o', db]);
});
after(async () => { await env.close(); });

// What the sqlite3 CLI prints for `sql` on the CLI-built database, as rows of text.
function sqlite3(sql) {
  const out = execFileSync('sqlite3', ['-csv', '-header', db, sql], { encoding: 'utf8' });
  return parseCsv(out.trimEnd());
}

async function dashboard(scale = 1, width = 1280, height = 800) {
  const opened = await openPage(env, { scale, width, height });
  await opened.page.setInputFiles('#file-input', file);
  await build(opened.page);
  return opened;
}

async function console_(page) {
  return page.evaluate(() => window.starcart.data.console);
}

// Replaces the editor's text (the real field, typed into).
async function writeSql(page, sql) {
  await click(page, 'data.sql.editor');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(sql);
}

async function ran(page, sql) {
  await page.waitForFunction((q) => window.starcart.data.console.ran === q, sql, { timeout: 10000 });
  return console_(page);
}

// Frames drawn in a second once the last input has been answered (slow
// SwiftShader frames at 2x may take a moment to settle): 0 when idle.
async function idle(page) {
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => window.starcart.frames);
    if (now === last) break;
    last = now;
    await page.waitForTimeout(400);
  }
  const a = await page.evaluate(() => window.starcart.frames);
  await page.waitForTimeout(1000);
  return (await page.evaluate(() => window.starcart.frames)) - a;
}

test('while SQLite is filled the console says how far; then the schema lists the tables', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.data');
  const state = await page.evaluate(() => window.starcart.sqlite.state);
  if (state === 'building') {
    // The fill runs a slice per frame after the dashboard shows.
    assert.ok(await page.evaluate(() => Boolean(window.starcart.ui.items['data.schema.filling'])));
    await shot(page, 'data-filling-1x');
  }
  await waitForSqlite(page);
  await item(page, 'data.schema.table.fact_sales');
  const s = await page.evaluate(() => window.starcart);
  assert.equal(s.tab, 'data');
  const tables = sqlite3("SELECT count(*) AS n FROM sqlite_schema WHERE type IN ('table', 'view')")[1][0];
  assert.equal(s.data.tables, Number(tables));
  await shot(page, 'data-tab-1x');
  assert.equal(await idle(page), 0, 'an idle Data tab draws no frames');
  await click(page, 'data.section.quality');
  await item(page, 'data.quality.summary');
  await shot(page, 'data-quality-1x');
  await click(page, 'data.section.rejected');
  await item(page, 'load.count.Rejected');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an example query gives the rows the sqlite3 CLI prints on the CLI-built database', async () => {
  const { page, problems } = await dashboard(2);
  await click(page, 'tab.data');
  await waitForSqlite(page);
  await click(page, 'data.sql.example.2');  // countries
  await click(page, 'data.sql.run');
  const sql = (await console_(page)).sql;
  const c = await ran(page, sql);
  const cli = sqlite3(sql);
  assert.deepEqual(c.columns, cli[0]);
  assert.deepEqual(c.rows, cli.slice(1));
  assert.ok(c.rows.length > 3);
  assert.equal(c.error, null);
  await shot(page, 'data-sql-result-2x');
  // The count of sale lines agrees with the analytics (the CLI report).
  const report = cliJson(['report', file, '--json']);
  const count = "SELECT count(*) AS n FROM fact_sales WHERE line_kind = 'sale'";
  await writeSql(page, count);
  await page.keyboard.press('Control+Enter');
  const n = await ran(page, count);
  assert.deepEqual(n.rows, [[String(report.kpis.sale_lines)]]);
  assert.deepEqual(n.rows, sqlite3(count).slice(1));
  assert.deepEqual(problems, []);
  await page.close();
});

// The Run button is on the console's first row, right under two tab bars
// (the dashboard's and the Data tab's sections): above it the tooltip
// covered them, so it sits beside the button (and still off the editor).
test('the Run button\'s tooltip waits, sits beside the button, never covers the tab bars or the editor', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.data');
  await waitForSqlite(page);
  const editor = await item(page, 'data.sql.editor');
  const [x, y, w, h] = await item(page, 'data.sql.run');
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(60);
  assert.equal(await page.evaluate(() => window.starcart.ui.items.tooltip), undefined, 'no tooltip at once');
  await page.waitForFunction(() => window.starcart.ui.items.tooltip, null, { timeout: 5000 });
  const tip = await item(page, 'tooltip');
  const sections = await item(page, 'data.section.quality');  // the Data tab's own tab bar
  const tabs = await item(page, 'tab.data');                  // the dashboard's
  assert.ok(tip[0] >= x + w - 0.5, `the tooltip is right of the button (${tip} vs x ${x + w})`);
  assert.ok(tip[1] >= sections[1] + sections[3] - 0.5, `the tooltip starts below the sections' tab bar (${tip} vs ${sections})`);
  assert.ok(tip[1] >= tabs[1] + tabs[3], 'the tooltip starts below the dashboard\'s tab bar');
  assert.ok(tip[1] + tip[3] <= editor[1] + 0.5, `the tooltip does not reach the editor (${tip} vs ${editor})`);
  await shot(page, 'data-run-tooltip-1x');
  // Typing in the editor with the mouse resting on Run: no tooltip.
  await writeSql(page, 'SELECT 1');
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate(() => window.starcart.ui.items.tooltip), undefined, 'no tooltip while typing');
  assert.deepEqual(problems, []);
  await page.close();
});

test('numbers in the result grid are right-aligned, text left-aligned', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.data');
  await waitForSqlite(page);
  await writeSql(page, "SELECT 'x' AS label, 7 AS small, 1234567 AS big");
  await page.keyboard.press('Control+Enter');
  await ran(page, "SELECT 'x' AS label, 7 AS small, 1234567 AS big");
  const cells = await page.evaluate(() => window.starcart.ui.items);
  const cell = (k) => cells[`data.sql.cell.0.${k}`];
  // Right-aligned: the short and the long figure end at their column's right
  // edge less the same padding; the text starts at its column's left edge.
  const [small, big, label] = [cell(2), cell(3), cell(1)];
  const [smallCol, bigCol, labelCol] = [cells['data.sql.column.2'], cells['data.sql.column.3'], cells['data.sql.column.1']];
  const rightGap = (c, col) => col[0] + col[2] - (c[0] + c[2]);
  assert.ok(Math.abs(rightGap(small, smallCol) - rightGap(big, bigCol)) < 1.5, 'figures end at the right edge');
  assert.ok(rightGap(small, smallCol) < 12, `7 sits at the right (gap ${rightGap(small, smallCol)})`);
  assert.ok(label[0] - labelCol[0] < 12, 'text starts at the left');
  assert.deepEqual(problems, []);
  await page.close();
});

test('writes are refused with a clear message; a syntax error says where', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.data');
  await waitForSqlite(page);
  const before = sqlite3('SELECT count(*) FROM dim_channel')[1][0];
  await writeSql(page, "INSERT INTO dim_channel VALUES (999, 'x', 'y')");
  await page.keyboard.press('Control+Enter');
  let c = await ran(page, "INSERT INTO dim_channel VALUES (999, 'x', 'y')");
  assert.equal(c.error.read_only, true);
  assert.match(c.error.message, /read-only/);
  await item(page, 'data.sql.error');
  await shot(page, 'data-sql-refused-1x');
  await writeSql(page, 'DROP TABLE fact_sales');
  await click(page, 'data.sql.run');
  c = await ran(page, 'DROP TABLE fact_sales');
  assert.equal(c.error.read_only, true);
  // Nothing changed: the table is still there with its rows.
  await writeSql(page, 'SELECT count(*) FROM dim_channel');
  await click(page, 'data.sql.run');
  c = await ran(page, 'SELECT count(*) FROM dim_channel');
  assert.deepEqual(c.rows, [[before]]);
  await writeSql(page, 'SELECT date,\nFROM sales');
  await click(page, 'data.sql.run');
  c = await ran(page, 'SELECT date,\nFROM sales');
  assert.equal(c.error.read_only, false);
  assert.equal(c.error.line, 2);
  assert.equal(c.error.column, 1);
  await shot(page, 'data-sql-error-1x');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the result exports as CSV: every row, as the sqlite3 CLI writes them', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.data');
  await waitForSqlite(page);
  const sql = 'SELECT sku, name, category FROM dim_product WHERE product_key > 0 ORDER BY sku';
  await writeSql(page, sql);
  await page.keyboard.press('Control+Enter');
  const c = await ran(page, sql);
  assert.equal(c.page_rows, Math.min(500, sqlite3(sql).length - 1));
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'data.sql.export')]);
  assert.equal(download.suggestedFilename(), 'demo-20000-5-full-query.csv');
  const rows = parseCsv(fs.readFileSync(await download.path(), 'utf8').trimEnd());
  assert.deepEqual(rows, sqlite3(sql));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Data tab at 1024 and 2560 px wide', async () => {
  for (const [width, scale] of [[1024, 1], [2560, 1], [1024, 2]]) {
    const { page, problems } = await dashboard(scale, width, width === 2560 ? 1300 : 720);
    await click(page, 'tab.data');
    await waitForSqlite(page);
    await click(page, 'data.sql.run');
    await page.waitForFunction(() => window.starcart.data.console.ran !== '', null, { timeout: 10000 });
    await shot(page, `data-tab-${width}-${scale}x`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});
