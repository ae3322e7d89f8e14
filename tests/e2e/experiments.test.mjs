// The Experiments tab in the browser (issue 11): on the demo shop (which runs
// an A/B test from April to August 2024), the tab is shown, and the page's
// readout (window.starcart.experiment, the same structure as the report)
// equals what `starcart report --json` prints for the same file; a state
// filter set through the share link reaches the figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, launch, openPage, cliJson } from './harness.mjs';
import { click as clickNow, item, build } from './ui.mjs';

async function click(page, key) {
  const [x, y, w, h] = await item(page, key);
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(100);
  await clickNow(page, key);
}

let env, file;
before(async () => {
  env = await launch();
  // Written fresh (the shared demo cache may hold a file of an older generator
  // without the Variant, Supplier and State columns).
  const dir = path.join(os.tmpdir(), 'starcart-e2e');
  fs.mkdirSync(dir, { recursive: true });
  file = path.join(dir, `experiments-demo-20000-5-${process.pid}.csv`);
  execFileSync(path.join(ROOT, 'build/native/starcart'), ['demo', '--lines', '20000', '--seed', '5', '-o', file]);
});
after(async () => {
  await env.close();
  fs.rmSync(file, { force: true });
});

test('the Experiments tab shows the CLI report\'s readout', async () => {
  const { page } = await openPage(env);
  await page.setInputFiles('#file-input', file);
  await build(page);
  await click(page, 'tab.experiments');
  await page.waitForFunction(() => window.starcart.tab === 'experiments', null, { timeout: 30000 });
  const mine = await page.evaluate(() => window.starcart.experiment);
  const cli = cliJson(['report', file, '--json']).experiment;
  assert.equal(mine.has_variants, true);
  assert.equal(mine.arms.length, 2);
  assert.equal(mine.arms[0].variant, 'control');
  assert.deepEqual(mine, cli);
});

test('a state filter reaches the figures: only that state\'s revenue remains', async () => {
  const { page } = await openPage(env);
  await page.setInputFiles('#file-input', file);
  await build(page);
  const cli = cliJson(['report', file, '--json', '--state', 'CA']);
  assert.ok(cli.kpis.revenue > 0);
  const states = await page.evaluate(() => window.starcart.states);
  const ca = states.find((s) => s.state === 'CA');
  assert.ok(ca, 'the demo has Californian customers');
  assert.equal(ca.revenue, cli.kpis.revenue);
});

test('a click on a supplier in the Products tab filters every figure to its products', async () => {
  const { page } = await openPage(env);
  await page.setInputFiles('#file-input', file);
  await build(page);
  await click(page, 'tab.products');
  await page.waitForFunction(() => window.starcart.tab === 'products', null, { timeout: 30000 });
  const top = (await page.evaluate(() => window.starcart.suppliers.rows))[0].supplier;
  await click(page, `products.supplier.${top}`);
  await page.waitForFunction((s) => window.starcart.filter.suppliers[0] === s, top, { timeout: 30000 });
  const cli = cliJson(['report', file, '--json', '--supplier', top]);
  await page.waitForFunction((r) => window.starcart.kpis.revenue === r, cli.kpis.revenue, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.starcart.kpis.revenue), cli.kpis.revenue);
});
