// The Overview, Customers, Cohorts and Products tabs in the browser at
// device pixel ratios 1 and 2 and at 1024 and 2560 px wide: screenshots in
// artifacts/screenshots (looked at, not compared), every chart inside the
// window, the cohort measure switch, the log-axes toggle, `/` focusing the
// product search, no console errors, and an idle page drawing no frames.
// At 1,280 x 800 and 1,024 x 768 (1x and 2x) also Predict, Marketing,
// Geography and Compare: rows that must show, names that must read whole,
// labels every chart bar keeps, and controls that must not overlap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, shot, waitForSqlite } from './harness.mjs';
import { click, item, gone, hasItem, build, demoFile } from './ui.mjs';

// ImGui tabs take a click only when the mouse was over them the frame
// before (they allow overlap), so hover first, as a person's mouse does.
async function clickTab(page, key) {
  const [x, y, w, h] = await item(page, key);
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(100);
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForTimeout(120);
}

let env, file;
before(async () => {
  env = await launch();
  file = demoFile(20000, 5);
});
after(async () => { await env.close(); });

const TABS = {
  overview: ['chart.trend_chart', 'chart.top_categories_chart', 'chart.payment_mix_chart', 'chart.top_countries_chart'],
  customers: ['chart.rfm_scatter', 'customers.log_axes', 'chart.new_returning_chart'],
  cohorts: ['chart.cohort_heatmap', 'chart.retention_curve_chart', 'cohorts.measure.revenue'],
  products: ['products.search', 'products.table', 'chart.category_bars_chart', 'chart.abc_pareto_chart'],
};

async function dashboard(opts) {
  const opened = await openPage(env, opts);
  await opened.page.setInputFiles('#file-input', file);
  await build(opened.page);
  return opened;
}

async function showTab(page, tab) {
  await clickTab(page, `tab.${tab}`);
  await page.waitForFunction((t) => window.starcart.tab === t, tab, { timeout: 10000 });
  await page.waitForTimeout(100);
}

function inside(items, keys, width, height) {
  for (const key of keys) {
    assert.ok(items[key], `${key} is drawn`);
    const [x, y, w, h] = items[key];
    assert.ok(x >= 0 && x + w <= width + 0.5, `${key} fits in ${width} px wide (x ${x}, w ${w})`);
    assert.ok(y >= 0 && y + h <= height + 0.5, `${key} fits in ${height} px high (y ${y}, h ${h})`);
    assert.ok(w > 40 && h > 20, `${key} has room (${w} x ${h})`);
  }
}

for (const scale of [1, 2]) {
  test(`each tab at ${scale}x, with a tooltip`, async () => {
    const { page, problems } = await dashboard({ scale });
    const hover = { overview: 'chart.top_categories_chart', customers: 'chart.rfm_scatter',
                    cohorts: 'chart.cohort_heatmap', products: 'chart.abc_pareto_chart' };
    for (const tab of Object.keys(TABS)) {
      await showTab(page, tab);
      const items = (await page.evaluate(() => window.starcart)).ui.items;
      inside(items, TABS[tab], 1280, 800);
      const [x, y, w, h] = await item(page, hover[tab]);
      await page.mouse.move(x + w * 0.3, y + h * 0.3);
      await page.waitForTimeout(150);
      await shot(page, `tabs-${tab}-${scale}x`);
    }
    // Cohorts: the other measures.
    await showTab(page, 'cohorts');
    await click(page, 'cohorts.measure.revenue');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(100);
    await shot(page, `tabs-cohorts-revenue-${scale}x`);
    await click(page, 'cohorts.measure.customers');
    await page.waitForTimeout(100);
    await shot(page, `tabs-cohorts-customers-${scale}x`);
    // Customers: log axes.
    await showTab(page, 'customers');
    await click(page, 'customers.log_axes');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(100);
    await shot(page, `tabs-customers-log-${scale}x`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

for (const [width, height] of [[1024, 768], [2560, 1440]]) {
  test(`each tab at ${width} x ${height}: nothing clipped`, async () => {
    const { page, problems } = await dashboard({ width, height });
    for (const tab of Object.keys(TABS)) {
      await showTab(page, tab);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(100);
      inside((await page.evaluate(() => window.starcart)).ui.items, TABS[tab], width, height);
      await shot(page, `tabs-${tab}-${width}w`);
    }
    // Bought together: narrow, one table at a time (names were cut to a few
    // letters side by side), the switch shows the triples; wide, both.
    await showTab(page, 'products');
    if (width < 2000) {
      await item(page, 'basket.pairs');
      assert.equal(await hasItem(page, 'basket.triples'), false);
      await click(page, 'basket.show.triples');
      await item(page, 'basket.triples');
      await gone(page, 'basket.pairs');
      await page.mouse.move(2, 2);
      await page.waitForTimeout(100);
      await shot(page, `tabs-products-triples-${width}w`);
    } else {
      await item(page, 'basket.triples');
      assert.equal(await hasItem(page, 'basket.show.triples'), false);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the dark theme on every tab', async () => {
  const { page, problems } = await dashboard({ scale: 1 });
  await page.evaluate(() => window.starcartControl.setDark(true));
  for (const tab of Object.keys(TABS)) {
    await showTab(page, tab);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(100);
    await shot(page, `tabs-${tab}-dark-1x`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('"/" focuses the product search; typing narrows the table; sorting by a header', async () => {
  const { page, problems } = await dashboard({ scale: 1 });
  await showTab(page, 'products');
  await page.mouse.move(2, 2);
  await page.keyboard.press('/');
  await page.waitForFunction(() => window.starcart.ui.text_input === true, null, { timeout: 5000 });
  await page.keyboard.type('bag');
  await page.waitForTimeout(150);
  await shot(page, 'tabs-products-search-1x');
  // The '/' did not land in the field: Escape leaves it, the filter stays empty.
  await page.keyboard.press('Escape');
  assert.deepEqual((await page.evaluate(() => window.starcart)).view.chips, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an idle tab draws no frames; a tab switch computes only that tab', async () => {
  const { page, problems } = await dashboard({ scale: 1 });
  await waitForSqlite(page);  // the SQLite build in the background draws frames until it ends
  for (const tab of ['customers', 'cohorts', 'products', 'marketing', 'geography', 'overview']) {
    await showTab(page, tab);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(400);
    const f0 = (await page.evaluate(() => window.starcart)).frames;
    await page.waitForTimeout(700);
    const f1 = (await page.evaluate(() => window.starcart)).frames;
    assert.ok(f1 - f0 <= 1, `${tab}: ${f1 - f0} frames while idle`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

// Rows a user sees of a table: those whose row ends above both the table's
// and its card's bottom (the probe records the first rows' places).
function visibleRows(items, table, card, prefix) {
  const t = items[table], c = items[card];
  assert.ok(t && c, `${table} and ${card} are drawn`);
  const bottom = Math.min(t[1] + t[3], c[1] + c[3]);
  let n = 0;
  for (let k = 0; items[`${prefix}${k}`]; k++) {
    const r = items[`${prefix}${k}`];
    if (r[1] + r[3] <= bottom + 0.5) n++;
  }
  return n;
}

// Whether two [x, y, w, h] rectangles share any area.
function overlap(a, b) {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

// Rows of the churn coefficients a user sees: the table sits under the
// figures in a region of its own (predict.churn_text) when not beside them,
// so a row counts when it ends above the table's, the region's and the card's bottom.
function visibleCoefRows(items) {
  const bottoms = ['predict.churn_coef', 'card.predict.churn', 'predict.churn_text']
    .filter((k) => items[k]).map((k) => items[k][1] + items[k][3]);
  const bottom = Math.min(...bottoms);
  let n = 0;
  for (let k = 0; items[`predict.churn_coef.row${k}`]; k++) {
    const r = items[`predict.churn_coef.row${k}`];
    if (r[1] + r[3] <= bottom + 0.5) n++;
  }
  return n;
}

// Churn's at-risk customers had a header and one row at 1,280 x 800 and none
// at 1,024 x 768; suppliers' names were cut to "Lante…" at 1,024 px. Also
// at each size: the churn coefficients' five rows, product names, the
// basket slider's value, Marketing's channel labels and the map legend's ticks.
for (const [width, height, scale, rows] of [[1280, 800, 1, 5], [1280, 800, 2, 5], [1024, 768, 1, 3], [1024, 768, 2, 3]]) {
  test(`${width} x ${height} at ${scale}x: churn shows ${rows}+ at-risk rows and 5 coefficients, product, supplier, contribution and country names whole, channels labelled, legend ticks`, async () => {
    const { page, problems } = await dashboard({ width, height, scale });
    await showTab(page, 'predict');
    await item(page, 'predict.at_risk', 60000);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(150);
    let items = (await page.evaluate(() => window.starcart)).ui.items;
    const seen = visibleRows(items, 'predict.at_risk', 'card.predict.churn', 'predict.at_risk.row');
    assert.ok(seen >= rows, `${seen} at-risk rows visible`);
    inside(items, ['predict.at_risk', 'predict.churn_coef', 'predict.forecast_chart'], width, height);
    // The churn model's five coefficients all show (at 1,024 x 768 the
    // model's note left four).
    assert.equal(visibleCoefRows(items), 5, 'all five churn coefficients visible');
    await shot(page, `tabs-predict-${width}w-${scale}x`);
    await showTab(page, 'products');
    await page.mouse.move(2, 2);
    await page.waitForTimeout(150);
    const s = await page.evaluate(() => window.starcart);
    const names = s.suppliers.rows.map((r) => r.supplier).filter((n) => n);
    assert.ok(names.length > 3, 'the demo names suppliers');
    for (const n of names) {
      const drawn = s.ui.texts[`products.supplier_name.${n}`];
      if (drawn === undefined) continue;  // scrolled out of the card
      assert.equal(drawn, n, `the supplier "${n}" is drawn whole`);
    }
    assert.ok(names.some((n) => s.ui.texts[`products.supplier_name.${n}`] === n));
    // Product names read whole (at 1,024 px they were cut to ten letters,
    // "RED GINGHA…"): every name of up to 24 characters on screen, and most
    // of the rest.
    const products = Object.entries(s.ui.texts).filter(([k]) => k.startsWith('products.name.'))
      .map(([k, drawn]) => [k.slice('products.name.'.length), drawn]);
    assert.ok(products.length >= 8, `${products.length} product rows drawn`);
    for (const [name, drawn] of products)
      if (name.length <= 24) assert.equal(drawn, name, `the product "${name}" is drawn whole`);
    const whole = products.filter(([name, drawn]) => drawn === name).length;
    assert.ok(whole >= products.length * 0.6, `${whole} of ${products.length} product names whole`);
    // The basket's minimum support: its value beside the slider, neither
    // under the handle nor under the Pairs / Triples switch.
    const slider = s.ui.items['basket.min_support'], value = s.ui.items['basket.min_support.value'];
    assert.ok(slider && value, 'the slider and its value are drawn');
    assert.match(s.ui.texts['basket.min_support.value'], /^\d+\.\d\d% of orders$/);
    const row = [slider, value, s.ui.items['basket.show.pairs'], s.ui.items['basket.show.triples']].filter((r) => r);
    for (let a = 0; a < row.length; a++)
      for (let b = a + 1; b < row.length; b++) assert.ok(!overlap(row[a], row[b]), `basket controls ${a} and ${b} apart`);
    const card = s.ui.items['card.products.basket'];
    assert.ok(value[0] + value[2] <= card[0] + card[2], 'the value inside its card');
    await shot(page, `tabs-products-suppliers-${width}w-${scale}x`);
    // Marketing: every channel keeps its label on both charts (as vertical
    // bars every other one was left out at 1,024 px).
    await showTab(page, 'marketing');
    await page.mouse.move(2, 2);
    await page.waitForTimeout(150);
    const m = await page.evaluate(() => window.starcart);
    const channels = m.marketing.channels.map((c) => c.channel || '(no channel)');
    assert.ok(channels.length >= 6, 'the demo has six channels');
    for (const chart of ['mkt_revenue_chart', 'mkt_efficiency_chart'])
      assert.deepEqual((m.ui.texts[`chart.${chart}.labels`] || '').split('\n'), channels, `${chart}: every channel labelled`);
    await shot(page, `tabs-marketing-${width}w-${scale}x`);
    // Compare's contribution names were "…" (four tables side by side) and
    // Geography's countries "Uni…" at 1,024 px: names of up to 14
    // characters are drawn whole.
    for (const [tab, prefix] of [['compare', 'compare.row_name.categories.'], ['geography', 'geo.country_name.']]) {
      await showTab(page, tab);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(150);
      const texts = Object.entries((await page.evaluate(() => window.starcart)).ui.texts).filter(([k]) => k.startsWith(prefix));
      assert.ok(texts.length >= 3, `${tab}: rows drawn`);
      for (const [k, drawn] of texts) {
        const name = k.slice(prefix.length);
        if (name.length <= 14 && name !== '') assert.equal(drawn, name, `${tab}: "${name}" is drawn whole`);
      }
    }
    // The map's log colour legend had one tick ("10k") for revenue from
    // 765 to 567k: now powers of ten inside the range, at least three,
    // their labels apart and under the map.
    const g = await page.evaluate(() => window.starcart);
    const ticks = (g.ui.texts['chart.geo_map_chart.legend'] || '').split('\n').filter((t) => t);
    // Nice values: 1, 2 or 5 times a power of ten ("1k", "20k"), not only
    // the range's ends ("765", "567k") that a legend labels when fewer fall inside.
    const nice = ticks.filter((t) => /^\D*[125]0*(k|M|B)?$/.test(t));
    assert.ok(nice.length >= 3, `legend ticks: ${ticks.join(', ')}`);
    const map = g.ui.items['chart.geo_map_chart'];
    const rects = ticks.map((_, k) => g.ui.items[`chart.geo_map_chart.legend.tick${k}`]);
    for (let k = 0; k < rects.length; k++) {
      assert.ok(rects[k][0] >= map[0] && rects[k][0] + rects[k][2] <= map[0] + map[2], `tick ${ticks[k]} inside the map`);
      if (k > 0) assert.ok(rects[k - 1][0] + rects[k - 1][2] < rects[k][0], `ticks ${ticks[k - 1]} and ${ticks[k]} apart`);
    }
    await shot(page, `tabs-geography-${width}w-${scale}x`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
