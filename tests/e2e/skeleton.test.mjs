// Browser tests for the walking skeleton: the page boots, the demo and a
// user's CSV become a drawn dashboard with the CLI's figures, the page goes
// idle, and nothing is requested from any other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { launch, openPage, waitForScreen, waitForSqlite, shot, cliJson, foreign, ROOT } from './harness.mjs';
import { build } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

const FIXTURE = path.join(ROOT, 'tests/data/csv/online_retail_small.csv');

test('the page boots to the start screen at 1x and 2x, with no errors', async () => {
  for (const scale of [1, 2]) {
    const { page, problems, requests, bootMs } = await openPage(env, { scale });
    const s = await waitForScreen(page, 'start');
    assert.equal(s.tab, 'overview');
    await shot(page, `start-${scale}x`);
    console.log(`boot to interactive start screen at ${scale}x: ${bootMs} ms`);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign(requests, env.url), []);
    await page.close();
  }
});

test('the demo shop matches the CLI figures for the same seed', async () => {
  const cli = cliJson(['report', '--demo', '50000', '--seed', '42', '--json']);
  for (const scale of [1, 2]) {
    const { page, problems, requests } = await openPage(env, { scale });
    const t0 = Date.now();
    await page.evaluate(() => window.starcartControl.openDemo(50000, 42));
    const s = await waitForScreen(page, 'dashboard');
    console.log(`demo 50k to dashboard at ${scale}x: ${Date.now() - t0} ms (load ${s.timings.load_ms} ms)`);
    // Same seed, byte-identical CSV in wasm and natively: same fingerprint.
    assert.equal(s.input.files[0].fingerprint, cli.input.files[0].fingerprint);
    assert.deepEqual(s.kpis, cli.kpis);
    assert.deepEqual(s.monthly, cli.monthly);
    assert.deepEqual(s.input.rows_read, cli.input.rows_read);
    assert.deepEqual(s.input.rows_loaded, cli.input.rows_loaded);
    assert.deepEqual(s.input.duplicates, cli.input.duplicates);
    assert.equal(s.input.excluded, cli.input.excluded);
    assert.equal(s.dataset.demo, true);
    await waitForSqlite(page);
    await page.mouse.move(scale === 1 ? 640 : 700, 500);  // hover a bar: the tooltip shows
    await page.waitForTimeout(150);
    await shot(page, `overview-demo-${scale}x`);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign(requests, env.url), []);
    await page.close();
  }
});

test('a #demo link opens the demo shop with its size and seed', async () => {
  const { page, problems } = await openPage(env, { hash: '#demo&lines=20000&seed=5' });
  const s = await waitForScreen(page, 'dashboard');
  assert.equal(s.dataset.demo_lines, 20000);
  assert.equal(s.dataset.demo_seed, 5);
  assert.equal(s.input.rows_read, 20000);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a CSV picked with the file button gives the hand-computed KPIs', async () => {
  const { page, problems, requests } = await openPage(env);
  await page.setInputFiles('#file-input', FIXTURE);
  const s = await build(page);  // the import screen, then one click on Build
  // Worked out by hand in tests/analytics/kpis_test.cpp.
  assert.equal(s.kpis.revenue, 184.02);
  assert.equal(s.kpis.orders, 7);
  assert.equal(s.kpis.customers, 3);
  assert.equal(s.kpis.aov, 26.29);
  assert.equal(s.kpis.return_value, 27.5);
  assert.equal(s.input.rows_read, 11);
  assert.equal(s.input.duplicates, 1);
  assert.equal(s.input.excluded, 1);
  assert.equal(s.dataset.title, 'online_retail_small.csv');
  const cli = cliJson(['report', FIXTURE, '--json']);
  assert.deepEqual(s.kpis, cli.kpis);
  assert.deepEqual(s.monthly, cli.monthly);
  await shot(page, 'overview-fixture-1x');
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign(requests, env.url), []);
  await page.close();
});

test('a CSV dropped anywhere on the page loads, with an overlay while dragging', async () => {
  const { page, problems } = await openPage(env);
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const overlayShown = await page.evaluate(async (content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.csv', { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    const shown = !document.getElementById('drop-overlay').hidden;
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    return shown;
  }, text);
  assert.equal(overlayShown, true);
  const s = await build(page);
  assert.equal(s.dataset.title, 'dropped.csv');
  assert.equal(s.kpis.revenue, 184.02);
  assert.equal(await page.evaluate(() => document.getElementById('drop-overlay').hidden), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('SQLite is filled in the background while the dashboard stays live (200k lines)', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate(() => window.starcartControl.openDemo(200000, 9));
  const first = await waitForScreen(page, 'dashboard', 60000);
  assert.equal(first.sqlite.state, 'building');  // the dashboard did not wait for SQLite
  await waitForSqlite(page, 180000);
  const s = await page.evaluate(() => window.starcart);
  assert.equal(s.sqlite.rows, s.input.rows_loaded);
  assert.ok(s.frames > first.frames + 10, 'frames kept coming while SQLite was filled');
  console.log(`200k lines: load ${s.timings.load_ms} ms, SQLite ${s.timings.sqlite_ms} ms in the background`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an idle dashboard draws no frames', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate(() => window.starcartControl.openDemo(20000, 1));
  await waitForScreen(page, 'dashboard');
  await waitForSqlite(page);
  await page.waitForTimeout(300);
  const before = (await page.evaluate(() => window.starcart)).frames;
  await page.waitForTimeout(1500);
  const after = (await page.evaluate(() => window.starcart)).frames;
  assert.equal(after, before, 'frames were drawn while nothing changed');
  await page.mouse.move(400, 400);  // input wakes it
  await page.waitForTimeout(200);
  assert.ok((await page.evaluate(() => window.starcart)).frames > after);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file that cannot be loaded says why, on the import screen', async () => {
  const { page, problems } = await openPage(env);
  await page.setInputFiles('#file-input', { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nann,3\n') });
  const s = await waitForScreen(page, 'import');
  assert.equal(s.import.ready, false);
  assert.match(s.import.problems[0], /Order ID/);
  assert.match(s.import.problems[0], /^notes\.csv: /);
  assert.equal(s.import.files[0].missing, 'Order ID, Order date, Unit price');
  await shot(page, 'error-1x');
  assert.deepEqual(problems, []);
  await page.close();
});
