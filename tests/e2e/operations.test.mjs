// The Operations tab in the browser: demo orders, the demo event log and the
// demo stock snapshots dropped together load as one dataset, the tab appears
// (it is hidden for data without events, stock or delivery dates), draws,
// and its figures (the page's window.starcart.operations) equal what
// `starcart report ORDERS EVENTS STOCK --json` prints for the same files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, shot, cliJson, ROOT } from './harness.mjs';
import { click, item, hasItem, dropFiles, build, demoFile } from './ui.mjs';

let env, orders, events, stock;

// The demo's event log or stock file for the demo orders of the same lines and seed.
function demoSide(kind, lines, seed) {
  const dir = path.join(os.tmpdir(), 'starcart-e2e');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `demo-${kind}-${lines}-${seed}.csv`);
  if (!fs.existsSync(file))
    execFileSync(path.join(ROOT, 'build/native/starcart'),
                 ['demo', '--lines', String(lines), '--seed', String(seed), `--${kind}`, '-o', file]);
  return file;
}

before(async () => {
  env = await launch();
  orders = demoFile(3000, 11);
  events = demoSide('events', 3000, 11);
  stock = demoSide('stock', 3000, 11);
});
after(async () => { await env.close(); });

test('orders + events + stock dropped together: the Operations tab shows the CLI report\'s figures', async () => {
  const { page, problems } = await openPage(env);
  await dropFiles(page, [
    { name: 'orders.csv', bytes: fs.readFileSync(orders) },
    { name: 'events.csv', bytes: fs.readFileSync(events) },
    { name: 'stock.csv', bytes: fs.readFileSync(stock) },
  ]);
  const d = await build(page);
  assert.equal(d.input.files.length, 3);
  const cli = cliJson(['report', orders, events, stock, '--json']);
  assert.ok(cli.operations.funnel.has_events && cli.operations.inventory.has_stock);
  assert.ok(cli.operations.funnel.steps[4].units > 0, 'the demo has purchases in its log');
  assert.ok(cli.operations.inventory.products > 0);
  await click(page, 'tab.operations');
  await page.waitForFunction(() => window.starcart.tab === 'operations', null, { timeout: 10000 });
  await item(page, 'operations.inventory.summary');
  assert.ok(await hasItem(page, 'operations.abandonment'));
  const s = await page.evaluate(() => window.starcart);
  assert.deepEqual(s.operations, cli.operations);
  assert.deepEqual(s.kpis, cli.kpis);
  await shot(page, 'operations-tab-1x');
  assert.deepEqual(problems, []);
  await page.close();
});

test('data without events, stock or delivery dates has no Operations tab', async () => {
  const { page } = await openPage(env);
  await page.setInputFiles('#file-input', orders);
  const d = await build(page);
  assert.equal(d.operations, undefined);
  await item(page, 'tab.payments');
  assert.equal(await hasItem(page, 'tab.operations'), false);
  await page.close();
});
