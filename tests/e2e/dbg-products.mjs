import { launch, openDemoReady } from './harness.mjs';
import { item } from './ui.mjs';
const env = await launch();
const page = await openDemoReady(env, 1000000);
const countries = (await page.evaluate(() => window.starcart)).facets.countries;
const [x, y, w, h] = await item(page, 'tab.products');
await page.mouse.move(x + w / 2, y + h / 2); await page.waitForTimeout(100);
await page.mouse.click(x + w / 2, y + h / 2); await page.waitForTimeout(2000);
for (let i = 0; i < 3; i++) {
  await page.evaluate((c) => window.starcartControl.setFilter({ countries: [c] }), countries[i + 1]);
  await page.waitForTimeout(400);
  const t = (await page.evaluate(() => window.starcart)).timings;
  console.log('country', JSON.stringify(t));
  await page.evaluate(() => window.starcartControl.setFilter({}));
  await page.waitForTimeout(400);
  const u = (await page.evaluate(() => window.starcart)).timings;
  console.log('all', JSON.stringify(u));
}
await env.close();
