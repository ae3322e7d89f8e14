// Measures the Predict tab's fits in the browser: the demo shop at N lines,
// a click on the tab, the time until its cards are drawn and the frame time
// of the compute (window.starcart.timings.report_ms: the tab's fits).
// Usage: node tests/e2e/measure-predict.mjs 100000 1000000
import { launch, openPage, waitForScreen } from './harness.mjs';
import { click, item } from './ui.mjs';

const env = await launch();
for (const n of process.argv.slice(2).map(Number)) {
  const { page } = await openPage(env, { width: 1600, height: 1000 });
  await page.evaluate((lines) => window.starcartControl.openDemo(lines, 42), n);
  await waitForScreen(page, 'dashboard', 300000);
  const t0 = Date.now();
  await click(page, 'tab.predict');
  await page.waitForFunction(() => window.starcart.ui.items['predict.cards'], null, { timeout: 600000 });
  const wall = Date.now() - t0;
  const t = await page.evaluate(() => window.starcart.timings);
  console.log(`${n} lines: Predict tab drawn ${wall} ms after the click; fits in one frame ${t.report_ms.toFixed(0)} ms`);
  await page.close();
}
await env.close();
