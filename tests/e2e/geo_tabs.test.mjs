// Geography, Trends, Returns and Payments in the browser: each tab at
// deviceScaleFactor 1 and 2 (screenshots), idle when nothing changes, and a
// country clicked on the map (then in the table) filtering every figure to
// what `starcart report FILE --country X --json` prints; the same click
// again clears it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot, cliJson } from './harness.mjs';
import { click as clickNow, item, build, demoFile } from './ui.mjs';


// Tabs and table rows take a click only once the mouse has hovered them for a
// frame (ImGui's overlap rule), as a user's mouse does: hover, then click.
async function click(page, key) {
  const [x, y, w, h] = await item(page, key);
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(100);
  await clickNow(page, key);
}

let env, file, all;
before(async () => {
  env = await launch();
  file = demoFile(20000, 5);
  all = cliJson(['report', file, '--json']);
});
after(async () => { await env.close(); });

async function dashboard(scale = 1, width = 1280, height = 800) {
  const opened = await openPage(env, { scale, width, height });
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
  assert.deepEqual(s.monthly, cli.monthly);
  assert.ok(cli.countries.length > 0 && cli.payments.types.length > 0);
  assert.deepEqual(s.countries, cli.countries);
  assert.deepEqual(s.states, cli.states);
  assert.deepEqual(s.returns, cli.returns);
  assert.deepEqual(s.payments, cli.payments);
}

// Frames drawn in a second once the last input has been answered (slow
// SwiftShader frames at 2x may take a moment to settle): 0 when idle.
async function idleFrames(page) {
  await page.waitForFunction(() => window.starcart.sqlite.state === 'ready', null, { timeout: 120000 });
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

for (const scale of [1, 2]) {
  test(`Geography, Trends, Returns and Payments at ${scale}x: drawn, idle, no console errors`, async () => {
    const { page, problems } = await dashboard(scale);
    for (const tab of ['geography', 'trends', 'returns', 'payments']) {
      await click(page, `tab.${tab}`);
      const s = await settled(page, (t) => window.starcart.tab === t, tab);
      assert.equal(s.tab, tab);
      await page.mouse.move(2, 2);
      assert.equal(await idleFrames(page), 0, `the ${tab} tab is idle`);
      await shot(page, `${tab}-tab-${scale}x`);
    }
    // Trends: the daily series with its moving averages, hovered.
    await click(page, 'tab.trends');
    await click(page, 'trends.grain.day');
    await item(page, 'trends.ma7');
    const [x, y, w, h] = await item(page, 'chart.trends_chart');
    await page.mouse.move(x + w * 0.6, y + h * 0.6);
    await settled(page, () => window.starcart.ui.hovered.trends_chart >= 0);
    await shot(page, `trends-daily-hover-${scale}x`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the daily Trends series marks the forecast\'s anomalies, with date, value and z on hover', async () => {
  // The CLI's forecast of the same file: a daily series (under 32 months)
  // and its anomalies (robust z above 3.5 on the Holt-Winters residuals).
  const cli = cliJson(['report', file, '--json']).forecast;
  assert.equal(cli.granularity, 'day');
  const expected = cli.revenue.anomalies;
  assert.ok(expected.length > 0, 'the demo has anomalous days');
  const { page, problems } = await dashboard();
  await click(page, 'tab.trends');
  await click(page, 'trends.grain.day');
  await item(page, 'trends.anomaly.0');
  const items = (await page.evaluate(() => window.starcart.ui.items));
  const marks = Object.keys(items).filter((k) => k.startsWith('trends.anomaly.'));
  assert.equal(marks.length, expected.length);
  // The biggest |z|: hover its marker; the tooltip names its day.
  let k = 0;
  expected.forEach((a, i) => { if (Math.abs(a.z) > Math.abs(expected[k].z)) k = i; });
  const [x, y, w, h] = items[`trends.anomaly.${k}`];
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForFunction(() => window.starcart.ui.tooltip.startsWith('Anomaly: '), null, { timeout: 5000 });
  const title = await page.evaluate(() => window.starcart.ui.tooltip);
  const [yy, mm, dd] = expected[k].period.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mm - 1];
  assert.ok(title.includes(`${dd} ${month} ${yy}`), `${title} names ${expected[k].period}`);
  await shot(page, 'trends-anomaly-hover-1x');
  // Monthly: no markers, a note says where they are.
  await click(page, 'trends.grain.month');
  await page.waitForTimeout(200);
  const after = (await page.evaluate(() => window.starcart.ui.items));
  assert.equal(Object.keys(after).filter((k2) => k2.startsWith('trends.anomaly.')).length, 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a country clicked on the map filters every figure to the CLI figures; again clears it', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.geography');
  // The second country by revenue that is an ISO country (drawn on the map).
  const country = all.countries.filter((c) => c.known)[1].country;
  const [x, y, w, h] = await item(page, `geo.map.${country}`);
  await page.mouse.move(x + w / 2, y + h / 2);
  let s = await settled(page, () => window.starcart.ui.hovered.geo_map_chart >= 0);
  await shot(page, 'geography-hover-1x');
  await page.mouse.click(x + w / 2, y + h / 2);
  s = await settled(page, (c) => window.starcart.filter.countries[0] === c, country);
  assert.deepEqual(s.filter.countries, [country]);
  sameFigures(s, cliJson(['report', file, '--country', country, '--json']));
  await shot(page, 'geography-country-filtered-1x');
  await page.mouse.click(x + w / 2, y + h / 2);
  s = await settled(page, () => window.starcart.filter.countries.length === 0);
  sameFigures(s, all);
  // The table's row does the same.
  await click(page, `geo.country.${country}`);
  s = await settled(page, (c) => window.starcart.filter.countries[0] === c, country);
  sameFigures(s, cliJson(['report', file, '--country', country, '--json']));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a payment type clicked in the table filters like --payment', async () => {
  const { page, problems } = await dashboard();
  await click(page, 'tab.payments');
  const type = all.payments.types[1].payment_type;
  await click(page, `payments.type.${type}`);
  const s = await settled(page, (t) => window.starcart.filter.payment_types[0] === t, type);
  sameFigures(s, cliJson(['report', file, '--payment', type, '--json']));
  await shot(page, 'payments-filtered-1x');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Geography and Trends at 1024 and 2560 px wide', async () => {
  for (const [width, height] of [[1024, 720], [2560, 1300]]) {
    const { page, problems } = await dashboard(1, width, height);
    for (const tab of ['geography', 'trends', 'returns', 'payments']) {
      await click(page, `tab.${tab}`);
      await settled(page, (t) => window.starcart.tab === t, tab);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(150);
      await shot(page, `${tab}-tab-${width}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  }
});
