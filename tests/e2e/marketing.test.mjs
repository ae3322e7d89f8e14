// The Marketing tab in the browser (issue 10): demo orders and the demo's
// marketing spend dropped together load as one dataset; the tab appears,
// draws its charts and table, and its figures (the page's
// window.starcart.marketing) equal what `starcart report ORDERS SPEND
// --json` prints for the same files. Data without channels has no tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, shot, cliJson, ROOT } from './harness.mjs';
import { click, item, hasItem, dropFiles, build, demoFile } from './ui.mjs';

let env, orders, spend;

// The demo's spend file for the demo orders of the same lines and seed,
// written again when the CLI is newer (an older generator's file is not it).
function demoSpend(lines, seed) {
  const dir = path.join(os.tmpdir(), 'starcart-e2e');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `demo-spend-${lines}-${seed}.csv`);
  const cli = path.join(ROOT, 'build/native/starcart');
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync(cli).mtimeMs)
    execFileSync(cli, ['demo', '--lines', String(lines), '--seed', String(seed), '--spend', '-o', file]);
  return file;
}

before(async () => {
  env = await launch();
  orders = demoFile(3000, 11);
  spend = demoSpend(3000, 11);
});
after(async () => { await env.close(); });

test('orders + spend dropped together: the Marketing tab draws the CLI report\'s figures', async () => {
  const { page, problems } = await openPage(env, { width: 1400, height: 900 });
  await dropFiles(page, [
    { name: 'orders.csv', bytes: fs.readFileSync(orders) },
    { name: 'spend.csv', bytes: fs.readFileSync(spend) },
  ]);
  const d = await build(page);
  assert.equal(d.input.files.length, 2);
  const cli = cliJson(['report', orders, spend, '--json']);
  assert.ok(cli.marketing.has_channels && cli.marketing.has_spend);
  assert.ok(cli.marketing.spend.total > 0);
  // The demo spends on a channel its orders never name: reported, not dropped.
  assert.deepEqual(cli.marketing.spend.unknown_channels.map((u) => u.channel), ['TikTok']);
  await click(page, 'tab.marketing');
  await page.waitForFunction(() => window.starcart.tab === 'marketing', null, { timeout: 10000 });
  for (const key of ['marketing.summary', 'marketing.unknown_channels', 'chart.mkt_revenue_chart',
                     'chart.mkt_efficiency_chart', 'marketing.channel.Email', 'marketing.campaign.Email/newsletter'])
    await item(page, key);
  const s = await page.evaluate(() => window.starcart);
  assert.deepEqual(s.marketing, cli.marketing);
  // Hovering the revenue chart's first row (channels rank on horizontal
  // bars, the first at the top) reads the first channel.
  const [x, y, w, h] = await item(page, 'chart.mkt_revenue_chart');
  const bands = cli.marketing.channels.length;
  await page.mouse.move(x + w * 0.6, y + h / bands * 0.5 + 4);
  await page.waitForFunction(() => (window.starcart.ui.hovered || {})['marketing.revenue'] === 0, null, { timeout: 10000 });
  await shot(page, 'marketing-tab-1x');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the demo shop alone (channels, no spend) has the tab without spend columns', async () => {
  const { page, problems } = await openPage(env);
  await page.setInputFiles('#file-input', orders);
  const d = await build(page);
  assert.equal(d.marketing.has_spend, false);
  assert.ok(d.marketing.channels.length >= 6);
  await click(page, 'tab.marketing');
  await item(page, 'chart.mkt_efficiency_chart');
  assert.equal(await hasItem(page, 'marketing.unknown_channels'), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('data without channels or spend has no Marketing tab', async () => {
  const { page } = await openPage(env);
  await page.setInputFiles('#file-input', demoFile(3000, 11, 'online-retail'));
  const d = await build(page);
  assert.equal(d.marketing, undefined);
  await item(page, 'tab.payments');
  assert.equal(await hasItem(page, 'tab.marketing'), false);
  await page.close();
});
