// Measures the Predict tab's fits in the browser: the demo shop at N lines,
// a click on the tab, the time until its cards are drawn, the longest gaps
// between animation frames meanwhile (what the user feels as a freeze: the
// loading frame, the forecast, the churn fit, the BG/NBD slices), and the
// longest the page took to answer.
// Usage: node tests/e2e/measure-predict.mjs 100000 1000000
import { launch, openPage, waitForScreen } from './harness.mjs';
import { click, item } from './ui.mjs';

const env = await launch();
for (const n of process.argv.slice(2).map(Number)) {
  const { page } = await openPage(env, { width: 1600, height: 1000 });
  await page.evaluate((lines) => window.starcartControl.openDemo(lines, 42), n);
  await waitForScreen(page, 'dashboard', 300000);
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await click(page, 'tab.predict');
  // While the models fit, the page must keep answering: the longest wait for an answer.
  let longest = 0, fitting = false;
  for (;;) {
    const a = Date.now();
    const s = await page.evaluate(() => ({ done: Boolean(window.starcart.ui.items['predict.cards']),
      fitting: Boolean(window.starcart.ui.items['predict.fitting']) }));
    longest = Math.max(longest, Date.now() - a);
    fitting ||= s.fitting;
    if (s.done) break;
    await page.waitForTimeout(50);
  }
  const wall = Date.now() - t0;
  const gaps = await page.evaluate(() => window.__gaps.slice().sort((a, b) => b - a).slice(0, 5).map(Math.round));
  console.log(`${n} lines: Predict tab drawn ${wall} ms after the click; longest gaps between frames ${gaps.join(', ')} ms; progress shown ${fitting}; longest wait for the page ${longest} ms`);
  await page.close();
}
await env.close();
