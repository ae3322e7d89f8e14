// Issue 11 in the browser: the Overview's Insights panel and the Compare
// tab. On the default demo shop (50,000 lines, seed 42, with its planted
// effects), window.starcart's `insights` and `comparison` must equal what
// `starcart report FILE --json` prints; a click on an insight opens its tab
// with its filter, and the figures then equal the CLI's under the same
// filter; the Compare tab's period picker changes the comparison to what
// `--compare PRESET` prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot, cliJson } from './harness.mjs';
import { click, item, hasItem, build, demoFile } from './ui.mjs';

let env, file, all;
before(async () => {
  env = await launch();
  file = demoFile(50000, 42);
  all = cliJson(['report', file, '--json']);
});
after(async () => { await env.close(); });

async function dashboard() {
  const opened = await openPage(env, { width: 1440, height: 900 });
  await opened.page.setInputFiles('#file-input', file);
  await build(opened.page);
  return opened;
}

async function settled(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 20000 });
  await page.waitForTimeout(50);
  return page.evaluate(() => window.starcart);
}

// The CLI flags of a filter as the report JSON writes it.
function filterArgs(f) {
  const a = [];
  if (f.from) a.push('--from', f.from);
  if (f.to) a.push('--to', f.to);
  for (const c of f.countries) a.push('--country', c);
  for (const c of f.categories) a.push('--category', c);
  for (const s of f.segments) a.push('--segment', s);
  if (f.cohort) a.push('--cohort', f.cohort);
  return a;
}

test('the Insights panel lists the CLI report\'s insights, planted effects first', async () => {
  const { page, problems } = await dashboard();
  const s = await settled(page, () => window.starcart.insights && window.starcart.insights.items.length > 0);
  assert.deepEqual(s.insights, all.insights);
  assert.deepEqual(s.comparison, all.comparison);
  const kinds = s.insights.items.map((i) => `${i.kind}:${i.subject}`);
  // The four planted effects (ingest/demo_effects.h) in the top 5, one of them first.
  const planted = ['anomaly:2024-09-17', 'mover:Garden', 'cohort:2023-07'];
  for (const p of planted)
    assert.ok(kinds.indexOf(p) >= 0 && kinds.indexOf(p) < 5, `${p} in the top 5: ${kinds}`);
  assert.ok(kinds.slice(0, 5).some((k) => k.startsWith('return_rate:')), `the return-rate jump in the top 5: ${kinds}`);
  assert.ok(planted.includes(kinds[0]) || kinds[0].startsWith('return_rate:'), `a planted effect first: ${kinds}`);
  await item(page, 'insight.0');
  await shot(page, 'insights-overview-1x');
  // Lines break only at spaces: joined again with one space, the drawn
  // lines are the insight's text (a break inside "11.8" would read "11. 8").
  const texts = (await page.evaluate(() => window.starcart.ui.texts));
  let wrapped = 0;
  s.insights.items.forEach((ins, i) => {
    const lines = texts[`insight.${i}`].replace(/\n$/, '').split('\n');
    wrapped += lines.length > 1;
    assert.equal(lines.join(' '), ins.text.replace(/ +/g, ' ').trim(), `insight ${i} wraps at spaces only`);
  });
  assert.ok(wrapped > 0, 'some insight is long enough to wrap');
  assert.deepEqual(problems, []);
});

test('a click on an insight opens its tab with its filter, figures as the CLI prints them', async () => {
  const { page, problems } = await dashboard();
  await settled(page, () => window.starcart.insights && window.starcart.insights.items.length > 2);
  // The cohort insight: the Cohorts tab filtered to that cohort.
  const idx = all.insights.items.findIndex((i) => i.kind === 'cohort');
  assert.ok(idx >= 0);
  const target = all.insights.items[idx];
  await click(page, `insight.${idx}`);
  const s = await settled(page, (t) => window.starcart.tab === t && window.starcart.filter.cohort !== null, target.link.tab);
  assert.deepEqual(s.filter, target.link.filter);
  const cli = cliJson(['report', file, '--json', ...filterArgs(target.link.filter)]);
  assert.deepEqual(s.kpis, cli.kpis);
  assert.deepEqual(s.cohorts, cli.cohorts);
  await shot(page, 'insights-click-cohort-1x');
  // Back on the Overview, the anomaly: the Trends tab on the month around the day.
  await click(page, 'tab.overview');
  await settled(page, () => window.starcart.tab === 'overview');
  await page.keyboard.press('Escape');  // clears every filter (the chip bar's shortcut)
  const now = await settled(page, () => window.starcart.filter.cohort === null && window.starcart.insights &&
    window.starcart.insights.items.length > 0);
  const a = now.insights.items.findIndex((i) => i.kind === 'anomaly');
  assert.ok(a >= 0);
  await click(page, `insight.${a}`);
  const t = await settled(page, () => window.starcart.tab === 'trends');
  assert.deepEqual(t.filter, now.insights.items[a].link.filter);
  assert.deepEqual(t.monthly, cliJson(['report', file, '--json', ...filterArgs(t.filter)]).monthly);
  assert.deepEqual(problems, []);
});

test('the Compare tab: the period picker gives what --compare prints', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.compare');
  let s = await settled(page, () => window.starcart.tab === 'compare');
  assert.deepEqual(s.comparison, all.comparison);
  await item(page, 'compare.kpi.revenue');
  await shot(page, 'compare-this-month-1x');
  await click(page, 'compare.preset.this-quarter');
  s = await settled(page, () => window.starcart.comparison.preset === 'this-quarter');
  assert.deepEqual(s.comparison, cliJson(['report', file, '--json', '--compare', 'this-quarter']).comparison);
  assert.match(s.share.link, /o\.compare\.preset=this-quarter/);
  await click(page, 'compare.preset.last-30-days');
  s = await settled(page, () => window.starcart.comparison.preset === 'last-30-days');
  assert.deepEqual(s.comparison, cliJson(['report', file, '--json', '--compare', 'last-30-days']).comparison);
  await shot(page, 'compare-last-30-days-1x');
  assert.deepEqual(problems, []);
});

// Issue 11: the contribution tables filter like the charts' cross-filter
// clicks: a row sets its country / category / segment in the filter (the
// figures then equal the CLI's under that option), a second click removes
// it; a product row (the filter has no product dimension) opens the
// Products tab searching for its SKU.
test('the Compare tab: a click on a contribution row filters every figure to it', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.compare');
  await settled(page, () => window.starcart.tab === 'compare');
  const rows = all.comparison.contributions;
  // Below 24 em a card (1,280 px) the four tables are one card with a
  // switch: show the row's table first.
  const clickRow = async (dim, key) => {
    if (await hasItem(page, `compare.show.${dim}`)) await click(page, `compare.show.${dim}`);
    await click(page, `compare.row.${dim}.${key}`);
  };
  const country = rows.countries.find((r) => r.key !== '').key;
  await clickRow('countries', country);
  let s = await settled(page, (c) => window.starcart.filter.countries.includes(c), country);
  assert.deepEqual(s.filter.countries, [country]);
  assert.deepEqual(s.view.chips.map((c) => c.key), [`countries:${country}`]);
  assert.deepEqual(s.comparison, cliJson(['report', file, '--json', '--country', country]).comparison);
  await shot(page, 'compare-row-country-1x');
  await clickRow('countries', country);
  s = await settled(page, () => window.starcart.filter.countries.length === 0);
  assert.deepEqual(s.view.chips, []);
  const category = rows.categories.find((r) => r.key !== '').key;
  await clickRow('categories', category);
  s = await settled(page, () => window.starcart.filter.categories.length === 1);
  assert.deepEqual(s.filter.categories, [category]);
  await page.keyboard.press('Escape');
  await settled(page, () => window.starcart.filter.categories.length === 0);
  const segment = rows.segments.find((r) => r.key !== 'guests' && r.key !== '');
  await clickRow('segments', segment.key);
  s = await settled(page, () => window.starcart.filter.segments.length === 1);
  assert.deepEqual(s.filter.segments, [segment.label]);
  assert.deepEqual(s.kpis, cliJson(['report', file, '--json', '--segment', segment.label]).kpis);
  await page.keyboard.press('Escape');
  await settled(page, () => window.starcart.filter.segments.length === 0);
  const product = rows.products[0].key;
  await clickRow('products', product);
  s = await settled(page, () => window.starcart.tab === 'products');
  assert.equal(s.ui.texts['products.search'], product);
  assert.ok(s.filter.countries.length === 0 && s.filter.categories.length === 0, 'a product row changes no filter');
  await shot(page, 'compare-row-product-1x');
  assert.deepEqual(problems, []);
});
