// Cross-filtering from the Customers, Cohorts, Products and Overview tabs:
// a click on a segment bubble, a cohort cell or a category / country bar
// filters every figure, and window.starcart (the CLI's report JSON) must then
// equal what `starcart report FILE --segment S` / `--cohort M` /
// `--category C` / `--country X` prints. The chip clears the filter again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot, cliJson } from './harness.mjs';
import { click, item, build, demoFile } from './ui.mjs';

// ImGui tabs take a click only when the mouse was over them the frame
// before (they allow overlap), so hover first, as a person's mouse does.
async function clickTab(page, key) {
  const [x, y, w, h] = await item(page, key);
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(100);
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForTimeout(120);
}

let env, file, all;
before(async () => {
  env = await launch();
  file = demoFile(20000, 5);
  all = cliJson(['report', file, '--json']);
});
after(async () => { await env.close(); });

async function dashboard(scale = 1) {
  const opened = await openPage(env, { scale });
  await opened.page.setInputFiles('#file-input', file);
  await build(opened.page);
  return opened;
}

async function settled(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 10000 });
  await page.waitForTimeout(50);
  return page.evaluate(() => window.starcart);
}

// Every section a tab draws, not only the KPIs.
function sameFigures(s, cli) {
  assert.deepEqual(s.filter, cli.filter);
  assert.deepEqual(s.kpis, cli.kpis);
  assert.deepEqual(s.previous_kpis, cli.previous_kpis);
  assert.deepEqual(s.monthly, cli.monthly);
  assert.deepEqual(s.cohorts, cli.cohorts);
  assert.deepEqual(s.rfm, cli.rfm);
  assert.deepEqual(s.customers, cli.customers);
  assert.deepEqual(s.top_products, cli.top_products);
  assert.deepEqual(s.categories, cli.categories);
  assert.deepEqual(s.payments, cli.payments);
}

// Moves over a chart until it reports an item under the mouse; returns its index.
async function hoverItem(page, chart, points) {
  const [x, y, w, h] = await item(page, `chart.${chart}`);
  for (const [fx, fy] of points) {
    await page.mouse.move(x + w * fx, y + h * fy);
    await page.waitForTimeout(60);
    const i = await page.evaluate((c) => window.starcart.ui.hovered[c], chart);
    if (i !== undefined && i >= 0) return { index: i, at: [x + w * fx, y + h * fy] };
  }
  throw new Error(`nothing under the mouse on ${chart}`);
}

test('a click on a segment bubble filters every figure to that segment', async () => {
  const { page, problems } = await dashboard();
  await clickTab(page, 'tab.customers');
  await settled(page, () => window.starcart.tab === 'customers');
  // The biggest segment with customers has a reachable bubble.
  const segs = all.rfm.segments.filter((g) => g.customers > 0).sort((a, b) => b.customers - a.customers);
  const seg = segs[0];
  const [x, y, w, h] = await item(page, `customers.bubble.${seg.key}`);
  await page.mouse.move(x + w / 2, y + h / 2);
  await settled(page, () => window.starcart.ui.hovered.rfm_scatter >= 0);
  await shot(page, 'tabs-customers-bubble-hover-1x');
  await page.mouse.click(x + w / 2, y + h / 2);
  const s = await settled(page, () => window.starcart.filter.segments.length === 1);
  assert.equal(s.filter.segments[0], seg.name);
  sameFigures(s, cliJson(['report', file, '--segment', seg.name, '--json']));
  // Only that segment's customers are left, as many as the unfiltered table said.
  assert.equal(s.rfm.customers, seg.customers);
  assert.deepEqual(s.view.chips.map((c) => c.key), [`segments:${seg.name}`]);
  await shot(page, 'tabs-customers-segment-filtered-1x');
  await click(page, `chip.segments:${seg.name}`);
  sameFigures(await settled(page, () => window.starcart.filter.segments.length === 0), all);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a click on a segment row in the table filters like the bubble', async () => {
  const { page, problems } = await dashboard();
  await clickTab(page, 'tab.customers');
  const seg = all.rfm.segments.find((g) => g.key === 'at_risk' && g.customers > 0) ||
    all.rfm.segments.find((g) => g.customers > 0);
  await click(page, `customers.segment.${seg.key}`);
  const s = await settled(page, () => window.starcart.filter.segments.length === 1);
  sameFigures(s, cliJson(['report', file, '--segment', seg.name, '--json']));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a click on a cohort cell filters every figure to that cohort; Escape clears it', async () => {
  const { page, problems } = await dashboard(2);
  await clickTab(page, 'tab.cohorts');
  await settled(page, () => window.starcart.tab === 'cohorts');
  const cols = Math.max(...all.cohorts.map((c) => c.active.length));
  const hit = await hoverItem(page, 'cohort_heatmap', [[0.25, 0.3], [0.2, 0.2], [0.3, 0.45], [0.15, 0.15]]);
  const row = Math.floor(hit.index / cols);
  const cohort = all.cohorts[row].cohort;  // "2023-04"
  await shot(page, 'tabs-cohorts-cell-hover-2x');
  await page.mouse.click(...hit.at);
  const s = await settled(page, (m) => window.starcart.filter.cohort === m, cohort);
  sameFigures(s, cliJson(['report', file, '--cohort', cohort, '--json']));
  assert.equal(s.cohorts.length, 1);
  assert.equal(s.cohorts[0].size, all.cohorts[row].size);
  assert.deepEqual(s.view.chips.map((c) => c.key), ['cohort']);
  await shot(page, 'tabs-cohorts-filtered-2x');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  sameFigures(await settled(page, () => window.starcart.filter.cohort === null), all);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a click on a category bar filters every figure to that category', async () => {
  const { page, problems } = await dashboard();
  await clickTab(page, 'tab.products');
  await settled(page, () => window.starcart.tab === 'products');
  const hit = await hoverItem(page, 'category_bars_chart', [[0.5, 0.1], [0.5, 0.2], [0.4, 0.3]]);
  const category = all.categories[hit.index].category;
  await shot(page, 'tabs-products-category-hover-1x');
  await page.mouse.click(...hit.at);
  const s = await settled(page, () => window.starcart.filter.categories.length === 1);
  assert.equal(s.filter.categories[0], category);
  sameFigures(s, cliJson(['report', file, '--category', category, '--json']));
  await click(page, `chip.categories:${category}`);
  sameFigures(await settled(page, () => window.starcart.filter.categories.length === 0), all);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the Overview: a country bar and a payment slice filter like the CLI options', async () => {
  const { page, problems } = await dashboard();
  const hit = await hoverItem(page, 'top_countries_chart', [[0.5, 0.08], [0.5, 0.15], [0.6, 0.25]]);
  const country = all.countries.filter((c) => c.revenue > 0)[hit.index].country;
  await page.mouse.click(...hit.at);
  let s = await settled(page, () => window.starcart.filter.countries.length === 1);
  assert.equal(s.filter.countries[0], country);
  sameFigures(s, cliJson(['report', file, '--country', country, '--json']));
  await click(page, `chip.countries:${country}`);
  await settled(page, () => window.starcart.filter.countries.length === 0);
  // The donut: its biggest slice sits at 12 o'clock, just right of the top.
  const slice = await hoverItem(page, 'payment_mix_chart', [[0.2, 0.2], [0.25, 0.25], [0.3, 0.2], [0.2, 0.35]]);
  const payment = all.payments.types[slice.index].payment_type;
  await page.mouse.click(...slice.at);
  s = await settled(page, () => window.starcart.filter.payment_types.length === 1);
  assert.equal(s.filter.payment_types[0], payment);
  sameFigures(s, cliJson(['report', file, '--payment', payment, '--json']));
  await shot(page, 'tabs-overview-payment-filtered-1x');
  assert.deepEqual(problems, []);
  await page.close();
});
