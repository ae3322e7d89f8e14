// window.starcartControl.setFilter: the scripted filter change the benchmark
// times (App::set_filter, the path of the filter controls). The figures it
// gives must be the CLI's for the same filter (an independent path: the
// CLI's --from/--to/--country options), and what it cannot apply it must
// refuse, not ignore.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForScreen, cliJson } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// Resolves after the frame that follows the change has been drawn.
async function setFilter(page, filter) {
  return page.evaluate((f) => new Promise((resolve) => {
    const err = window.starcartControl.setFilter(f);
    requestAnimationFrame(() => setTimeout(() => resolve({ err, s: window.starcart }), 0));
  }), filter);
}

test('a scripted date range and country give the CLI figures for the same filter', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate(() => window.starcartControl.openDemo(20000, 7));
  const all = await waitForScreen(page, 'dashboard');
  const { err, s } = await setFilter(page, { from: '2024-02-01', to: '2024-04-30', countries: ['France', 'Germany'] });
  assert.equal(err, '');
  assert.equal(s.filter.from, '2024-02-01');
  assert.equal(s.filter.to, '2024-04-30');
  assert.deepEqual(s.filter.countries, ['France', 'Germany']);
  const cli = cliJson(['report', '--demo', '20000', '--seed', '7', '--from', '2024-02-01', '--to', '2024-04-30',
    '--country', 'France', '--country', 'Germany', '--json']);
  assert.ok(cli.kpis.orders > 0 && cli.kpis.orders < all.kpis.orders, 'the filter selects part of the data');
  assert.deepEqual(s.kpis, cli.kpis);
  assert.deepEqual(s.monthly, cli.monthly);
  assert.ok(s.timings.report_ms >= 0);

  const back = await setFilter(page, {});
  assert.equal(back.err, '');
  assert.deepEqual(back.s.kpis, all.kpis);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a segment filter gives the CLI figures; an unknown segment is refused and changes nothing', async () => {
  const { page, problems } = await openPage(env);
  await page.evaluate(() => window.starcartControl.openDemo(5000, 1));
  const before = await waitForScreen(page, 'dashboard');
  const champions = await setFilter(page, { from: '2024-01-01', segments: ['Champions'] });
  assert.equal(champions.err, '');
  const cli = cliJson(['report', '--demo', '5000', '--seed', '1', '--from', '2024-01-01', '--segment', 'Champions', '--json']);
  assert.deepEqual(champions.s.kpis, cli.kpis);
  assert.ok(cli.kpis.customers > 0 && cli.kpis.customers < before.kpis.customers);
  await setFilter(page, {});
  const { err, s } = await setFilter(page, { from: '2024-01-01', segments: ['Big Spenders'] });
  assert.match(err, /segment/);
  assert.equal(s.filter.from, null);
  assert.deepEqual(s.kpis, before.kpis);
  await assert.rejects(page.evaluate(() => window.starcartControl.setFilter({ from: '1/2/2024' })), /YYYY-MM-DD/);
  assert.deepEqual(problems, []);
  await page.close();
});
