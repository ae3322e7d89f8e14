// Look and feel in the browser: screenshots of every screen at device pixel
// ratios 1, 2 and 3 and at widths from 1024 to 2560 px (artifacts/
// screenshots; they are looked at, not compared), the light and dark
// themes, the chart kit's gallery, and no console errors anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForScreen, shot } from './harness.mjs';
import { click, item, gone, fixture } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

for (const scale of [1, 2, 3]) {
  test(`every screen at ${scale}x`, async () => {
    const { page, problems } = await openPage(env, { scale });
    await waitForScreen(page, 'start');
    await shot(page, `look-start-${scale}x`);
    await page.setInputFiles('#file-input', [fixture('online_retail_small.csv'), fixture('day_first_semicolon.csv')]);
    await waitForScreen(page, 'import');
    await shot(page, `look-import-${scale}x`);
    await click(page, 'import.back');
    await page.evaluate(() => window.starcartControl.openDemo(50000, 42));
    await waitForScreen(page, 'dashboard');
    await page.mouse.move(640, 520);
    await page.waitForTimeout(150);
    await shot(page, `look-overview-${scale}x`);
    await click(page, 'filter.countries');
    await item(page, 'filter.countries.option.Germany');
    await shot(page, `look-filter-open-${scale}x`);
    await page.keyboard.press('Escape');
    await gone(page, 'filter.countries.search');
    await click(page, 'header.theme');
    await page.waitForFunction(() => window.starcart.view.theme === 'dark', null, { timeout: 5000 });
    await page.mouse.move(640, 520);
    await page.waitForTimeout(150);
    await shot(page, `look-overview-dark-${scale}x`);
    await click(page, 'tab.import');
    await shot(page, `look-import-tab-dark-${scale}x`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

for (const [width, height] of [[1024, 768], [2560, 1440]]) {
  test(`the overview at ${width} x ${height}`, async () => {
    const { page, problems } = await openPage(env, { width, height });
    await page.evaluate(() => window.starcartControl.openDemo(50000, 42));
    await waitForScreen(page, 'dashboard');
    await shot(page, `look-overview-${width}w`);
    // Every KPI card and the trend are on screen, none clipped at the right edge.
    const items = (await page.evaluate(() => window.starcart)).ui.items;
    for (const key of ['kpi.Revenue', 'kpi.Orders', 'kpi.Customers', 'kpi.Average order value', 'chart.trend_chart']) {
      const [x, , w] = items[key];
      assert.ok(x >= 0 && x + w <= width, `${key} fits in ${width} px`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}

for (const scale of [1, 2, 3]) {
  test(`the chart kit gallery at ${scale}x, light and dark`, async () => {
    const { page, problems } = await openPage(env, { scale, width: 1600, height: 1500, hash: '#gallery' });
    await waitForScreen(page, 'gallery');
    await page.mouse.move(300, 150);
    await page.waitForTimeout(150);
    await shot(page, `look-gallery-${scale}x`);
    await page.evaluate(() => window.starcartControl.setDark(true));
    await page.waitForTimeout(150);
    await shot(page, `look-gallery-dark-${scale}x`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a tap opens a drop-down on a touch screen', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(env.url + '#demo&lines=5000&seed=3');
  await waitForScreen(page, 'dashboard');
  const [x, y, w, h] = await item(page, 'filter.countries');
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  await item(page, 'filter.countries.search');
  assert.deepEqual(problems, []);
  await page.close();
});
