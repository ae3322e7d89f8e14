// The import flow in the browser: files dropped or picked stop at the
// import screen (layout, encoding, delimiter, the role table, a preview),
// one click builds the dashboard, a role changed in the table changes the
// figures, Cancel goes back, and rejected rows can be read and downloaded.
// Expected figures: by hand from the fixtures, or the CLI's report of the
// same files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openPage, waitForScreen, shot, cliJson } from './harness.mjs';
import { click, item, hasItem, dropFiles, build, fixture, demoFile, parseCsv } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('two files dropped together are both listed, then load as one dataset', async () => {
  const { page, problems } = await openPage(env);
  const demo = demoFile(2000, 3);
  await dropFiles(page, [
    { name: 'online_retail_small.csv', bytes: fs.readFileSync(fixture('online_retail_small.csv')) },
    { name: 'demo.csv', bytes: fs.readFileSync(demo) },
  ]);
  const s = await waitForScreen(page, 'import');
  assert.equal(s.import.files.length, 2);
  assert.equal(s.import.files[0].layout, 'UCI Online Retail');
  assert.equal(s.import.files[0].delimiter, 'comma');
  assert.equal(s.import.files[0].has_header, true);
  assert.equal(s.import.ready, true);
  await shot(page, 'import-two-files-1x');
  await click(page, 'import.file.1');  // the second file's details
  assert.equal((await page.evaluate(() => window.starcart)).import.selected, 1);
  const d = await build(page);
  const cli = cliJson(['report', fixture('online_retail_small.csv'), demo, '--json']);
  assert.equal(d.input.rows_read, 11 + 2000);
  assert.deepEqual(d.kpis, cli.kpis);
  assert.deepEqual(d.monthly, cli.monthly);
  assert.equal(d.input.files.length, 2);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a Latin-1 export is read as Windows-1252 and keeps its pound sign', async () => {
  const { page, problems } = await openPage(env);
  await page.setInputFiles('#file-input', fixture('latin1_pound_sign.csv'));
  const s = await waitForScreen(page, 'import');
  assert.equal(s.import.files[0].encoding, 'Windows-1252');
  assert.match(s.import.files[0].encoding_evidence, /0xA3/);
  const d = await build(page);
  assert.equal(d.kpis.revenue, 43.5);  // 1 x 18.00 + 2 x 12.75
  assert.deepEqual(d.kpis, cliJson(['report', fixture('latin1_pound_sign.csv'), '--json']).kpis);
  assert.equal(d.input.files[0].encoding, 'Windows-1252');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a semicolon file with decimal commas and day-first dates', async () => {
  const { page, problems } = await openPage(env, { scale: 2 });
  await page.setInputFiles('#file-input', fixture('day_first_semicolon.csv'));
  const s = await waitForScreen(page, 'import');
  const f = s.import.files[0];
  assert.equal(f.delimiter, 'semicolon');
  assert.equal(f.decimal, ',');
  assert.deepEqual(f.columns.map((c) => c.role),
    ['order_id', 'sku', 'product_name', 'quantity', 'order_date', 'unit_price', 'customer_id', 'country']);
  await shot(page, 'import-semicolon-2x');
  const d = await build(page);
  assert.equal(d.kpis.revenue, 33);  // 2 x 3,50 + 1 x 12,00 + 4 x 3,50
  const dates = d.load_report.decisions.find((x) => x.column === 'Datum');
  assert.match(dates.what, /D\/M\/Y/);
  assert.match(dates.evidence, /line 3/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a role changed in the import table changes the result', async () => {
  const { page, problems } = await openPage(env);
  await page.setInputFiles('#file-input', fixture('online_retail_small.csv'));
  await waitForScreen(page, 'import');
  await click(page, 'import.role.CustomerID');
  await click(page, 'import.role.CustomerID.option.none');
  const s = await page.evaluate(() => window.starcart);
  const col = s.import.files[0].columns.find((c) => c.name === 'CustomerID');
  assert.equal(col.role, '');
  assert.equal(s.import.files[0].edited, true);
  const d = await build(page);
  assert.equal(d.kpis.revenue, 184.02);  // the same sales (tests/analytics/kpis_test.cpp)
  assert.equal(d.kpis.customers, 0);     // but every line is now a guest line
  assert.equal(d.kpis.orders, 7);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file without the needed columns is explained and cannot be built', async () => {
  const { page, problems } = await openPage(env);
  await page.setInputFiles('#file-input', { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nann,3\n') });
  const s = await waitForScreen(page, 'import');
  assert.equal(s.import.ready, false);
  assert.match(s.import.problems[0], /^notes\.csv: choose a column for Order ID/);
  await click(page, 'import.build');  // disabled
  assert.equal((await page.evaluate(() => window.starcart)).screen, 'import');
  await shot(page, 'import-missing-roles-1x');
  await click(page, 'import.back');
  await waitForScreen(page, 'start');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Cancel during a load returns to the import screen', async () => {
  const { page, problems } = await openPage(env);
  // The import screen gets the files back while they are still being read
  // (each file is freed once read, before the facts are assembled): a file
  // big enough to take about a second, and Cancel pressed as soon as shown.
  const big = demoFile(800000, 11);
  await page.setInputFiles('#file-input', big);
  await waitForScreen(page, 'import');
  await click(page, 'import.build');
  await waitForScreen(page, 'loading');
  await page.waitForFunction(() => window.starcart.ui.items['loading.cancel'], null, { timeout: 10000 });
  const [x, y, w, h] = await page.evaluate(() => window.starcart.ui.items['loading.cancel']);
  await page.mouse.click(x + w / 2, y + h / 2);
  const s = await waitForScreen(page, 'import');
  assert.equal(s.import.files[0].name, path.basename(big));
  assert.deepEqual(problems, []);
  await page.close();
});

test('rejected rows: shown in a table, searched, downloaded as RFC 4180 CSV', async () => {
  const { page, problems } = await openPage(env);
  await page.setInputFiles('#file-input', fixture('malformed_rows.csv'));
  let s = await build(page);
  assert.equal(s.input.rows_rejected, 4);
  await click(page, 'status.rejected');
  await click(page, 'load.show_rejected');
  s = await page.evaluate(() => window.starcart);
  assert.equal(s.tab, 'import');
  assert.equal(s.load_report.rejected.shown, true);
  assert.equal(s.load_report.rejected.listed, 4);
  await shot(page, 'import-tab-rejected-1x');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'load.download_rejected')]);
  assert.equal(download.suggestedFilename(), 'malformed_rows-rejected-rows.csv');
  const text = fs.readFileSync(await download.path(), 'utf8');
  const rows = parseCsv(text);
  assert.deepEqual(rows[0], ['file', 'line', 'column', 'column_name', 'code', 'reason', 'raw']);
  assert.deepEqual(rows.slice(1).map((r) => r[1]), ['3', '4', '5', '6']);
  // The raw text is the source line as written (line 3 has a ninth field).
  const source = fs.readFileSync(fixture('malformed_rows.csv'), 'utf8').split('\n');
  assert.equal(rows[1][6], source[2]);
  assert.equal(rows[2][3], 'Quantity');
  assert.equal(rows[2][4], 'bad_number');
  // '/' focuses the search field; typing narrows the table.
  await page.keyboard.press('/');
  await page.keyboard.type('date');
  await page.waitForTimeout(150);
  assert.equal((await page.evaluate(() => window.starcart)).load_report.rejected.listed, 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('text pasted from the clipboard lands in the focused search field', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate(() => window.starcartControl.openDemo(20000, 4));
  await waitForScreen(page, 'dashboard');
  await click(page, 'filter.countries');
  assert.equal(await hasItem(page, 'filter.countries.option.United Kingdom'), true);
  // The search field takes the keyboard when the drop-down opens.
  await page.waitForFunction(() => window.starcart.ui.text_input === true);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Germ');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForTimeout(150);
  assert.equal(await hasItem(page, 'filter.countries.option.Germany'), true);
  assert.equal(await hasItem(page, 'filter.countries.option.United Kingdom'), false);
  await item(page, 'filter.countries.search');
  assert.deepEqual(problems, []);
  await page.close();
});
