// The filter bar and cross-filtering in the browser: a value chosen in a
// drop-down, a preset, a month clicked on the trend chart: every time the
// page's figures (window.starcart, the CLI's report JSON) must equal what
// `starcart report FILE --country X --json` prints for the same filter.
// A chip or Escape clears the filter again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForScreen, shot, cliJson } from './harness.mjs';
import { click, item, gone, build, demoFile } from './ui.mjs';

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

function sameFigures(s, cli) {
  assert.deepEqual(s.filter, cli.filter);
  assert.deepEqual(s.kpis, cli.kpis);
  assert.deepEqual(s.previous_kpis, cli.previous_kpis);
  assert.deepEqual(s.monthly, cli.monthly);
}

test('a country chosen in the drop-down gives the CLI figures for --country; its chip clears it', async () => {
  const { page, problems } = await dashboard();
  const country = (await page.evaluate(() => window.starcart)).facets.countries[1];  // the second most frequent
  await click(page, 'filter.countries');
  await item(page, `filter.countries.option.${country}`);
  await shot(page, 'filter-countries-open-1x');
  await click(page, `filter.countries.option.${country}`);
  await page.keyboard.press('Escape');  // closes the drop-down
  await gone(page, 'filter.countries.search');
  let s = await settled(page, (c) => window.starcart.filter.countries[0] === c, country);
  sameFigures(s, cliJson(['report', file, '--country', country, '--json']));
  assert.deepEqual(s.view.chips.map((c) => c.key), [`countries:${country}`]);
  await shot(page, 'filter-country-chip-1x');
  await click(page, `chip.countries:${country}`);
  s = await settled(page, () => window.starcart.filter.countries.length === 0);
  sameFigures(s, all);
  assert.deepEqual(problems, []);
  await page.close();
});

test('two categories and a payment type combine like the CLI options', async () => {
  const { page, problems } = await dashboard();
  const f = (await page.evaluate(() => window.starcart)).facets;
  await click(page, 'filter.categories');
  await click(page, `filter.categories.option.${f.categories[0]}`);
  await click(page, `filter.categories.option.${f.categories[2]}`);
  await page.keyboard.press('Escape');
  await gone(page, 'filter.categories.search');
  await click(page, 'filter.payment_types');
  await click(page, `filter.payment_types.option.${f.payment_types[0]}`);
  await page.keyboard.press('Escape');
  await gone(page, 'filter.payment_types.search');
  const s = await settled(page, () => window.starcart.filter.payment_types.length === 1);
  sameFigures(s, cliJson(['report', file, '--category', f.categories[0], '--category', f.categories[2],
    '--payment', f.payment_types[0], '--json']));
  // Escape with no drop-down open clears every filter.
  await page.keyboard.press('Escape');
  sameFigures(await settled(page, () => window.starcart.view.chips.length === 0), all);
  assert.deepEqual(problems, []);
  await page.close();
});

test('"last 90 days" counts back from the last date in the data', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'filter.period');
  await click(page, 'filter.period.last90');
  const s = await settled(page, () => window.starcart.filter.from !== null);
  assert.equal(s.filter.to, s.facets.last_day);
  const days = (Date.parse(s.filter.to) - Date.parse(s.filter.from)) / 86400000 + 1;
  assert.equal(days, 90);
  assert.equal(s.view.chips[0].label, 'Last 90 days');
  sameFigures(s, cliJson(['report', file, '--from', s.filter.from, '--to', s.filter.to, '--json']));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a custom range typed into the period drop-down', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'filter.period');
  await click(page, 'filter.period.from');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2023-02-01');
  await click(page, 'filter.period.to');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2023-04-15');
  await click(page, 'filter.period.apply');
  const s = await settled(page, () => window.starcart.filter.from === '2023-02-01');
  assert.equal(s.filter.to, '2023-04-15');
  assert.equal(s.view.chips[0].label, '1 Feb \u2013 15 Apr 2023');
  sameFigures(s, cliJson(['report', file, '--from', '2023-02-01', '--to', '2023-04-15', '--json']));
  assert.deepEqual(problems, []);
  await page.close();
});

test('hovering the trend shows the month; a click filters every figure to it', async () => {
  const { page, problems } = await dashboard(2);
  const [x, y, w, h] = await item(page, 'chart.trend_chart');
  const months = all.monthly.length;
  // The plot's inner area starts after the axis labels; aim at the middle of a month band well inside.
  const target = { x: x + w * 0.5, y: y + h * 0.75 };
  await page.mouse.move(target.x, target.y);
  let s = await settled(page, () => window.starcart.ui.hovered.trend_chart >= 0);
  const index = s.ui.hovered.trend_chart;
  assert.ok(index >= 0 && index < months);
  await shot(page, 'overview-trend-hover-2x');
  await page.mouse.click(target.x, target.y);
  const month = all.monthly[index].month;  // "2023-07"
  s = await settled(page, (m) => window.starcart.filter.from === m + '-01', month);
  assert.equal(s.view.date_preset, 'month');
  sameFigures(s, cliJson(['report', file, '--from', s.filter.from, '--to', s.filter.to, '--json']));
  await shot(page, 'overview-month-filtered-2x');
  // The mouse leaving the chart clears the hover (input still wakes the page).
  await page.mouse.move(5, 5);
  await settled(page, () => window.starcart.ui.hovered.trend_chart === undefined);
  await page.keyboard.press('Escape');
  sameFigures(await settled(page, () => window.starcart.filter.from === null), all);
  assert.deepEqual(problems, []);
  await page.close();
});
