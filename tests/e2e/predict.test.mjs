// The Predict tab in the browser: opens on the demo shop, shows the lifetime
// value, churn, bought-together and forecast cards with their charts, and
// no console errors (artifacts/screenshots/predict-*.png, looked at).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForScreen, shot } from './harness.mjs';
import { click, item } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('the Predict tab draws every predictive card', async () => {
  const { page, problems } = await openPage(env, { width: 1600, height: 1000 });
  await page.evaluate(() => window.starcartControl.openDemo(20000, 42));
  await waitForScreen(page, 'dashboard');
  await click(page, 'tab.predict');
  await page.waitForFunction(() => window.starcart.tab === 'predict', null, { timeout: 10000 });
  for (const key of ['predict.clv_hist', 'predict.p_alive', 'predict.forecast_chart', 'predict.cards']) await item(page, key);
  await page.mouse.move(400, 500);
  await page.waitForTimeout(200);
  await shot(page, 'predict-demo');
  assert.deepEqual(problems, []);
  await page.close();
});
