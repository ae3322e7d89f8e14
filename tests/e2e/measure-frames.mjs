// Frame times on the 1M-line demo in headless Chromium (not a test: prints
// figures). Run after `cmake --build --preset web`:
//   node tests/e2e/measure-frames.mjs [lines]
// idle: a mouse move over the dashboard (nothing recomputed); filter: a
// country chosen (the figures and the trend context recomputed). frame_ms
// is App::frame()'s CPU time; the wall time is from the click to the first
// animation frame in which window.starcart shows the new filter (it includes
// SwiftShader's software rendering of the frames in between).
import { launch, openDemoReady } from './harness.mjs';
import { click, item } from './ui.mjs';

const lines = Number(process.argv[2] || 1000000);
const env = await launch();
const page = await openDemoReady(env, lines);

const idle = [];
for (let i = 0; i < 20; i++) {
  await page.mouse.move(300 + i * 40, 600);
  await page.waitForTimeout(60);
  idle.push((await page.evaluate(() => window.starcart)).timings.frame_ms);
}
const filter = [], report = [], wall = [], insights = [];
const countries = (await page.evaluate(() => window.starcart)).facets.countries;
for (let i = 0; i < 6; i++) {
  await click(page, 'filter.countries');
  const [x, y, w, h] = await item(page, `filter.countries.option.${countries[i]}`);
  const w0 = Date.now();
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForFunction((c) => window.starcart.filter.countries[0] === c, countries[i], { polling: 'raf' });
  wall.push(Date.now() - w0);
  const t = (await page.evaluate(() => window.starcart)).timings;
  filter.push(t.filter_frame_ms);
  report.push(t.report_ms);
  await page.waitForTimeout(300);  // the insights come in the next frame at this size
  insights.push((await page.evaluate(() => window.starcart)).timings.insights_ms);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`idle frame (hover): median ${med(idle).toFixed(2)} ms, max ${Math.max(...idle).toFixed(2)} ms`);
console.log(`filter-change frame: median ${med(filter).toFixed(1)} ms, max ${Math.max(...filter).toFixed(1)} ms ` +
            `(figures recomputed in median ${med(report).toFixed(1)} ms)`);
console.log(`insights (the frame after): median ${med(insights).toFixed(1)} ms, max ${Math.max(...insights).toFixed(1)} ms`);
console.log(`click to the new figures in window.starcart (software WebGL): median ${med(wall)} ms`);
await env.close();
