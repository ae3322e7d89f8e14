// Frame times per tab on the 1M-line demo in headless Chromium (not a test:
// prints figures). Run after `cmake --build --preset web`:
//   node tests/e2e/measure-tabs.mjs [lines] [tabs]
// For each of Overview, Customers, Cohorts and Products (or the tabs named,
// comma-separated: overview,trends):
//   switch   the tab's sections computed when it is first shown (report_ms)
//   idle     frames drawn in 1.5 s without input (0 expected), and the
//            CPU time of App::frame() on a mouse move over the tab (hover,
//            tooltips; nothing recomputed)
//   filter   a country set through starcartControl.setFilter: App::frame()'s
//            CPU time in the frame that shows it, the figures' share of it
//            (report_ms: selection + the visible tab's sections only), and
//            the wall time from setFilter to two animation frames later
//            (SwiftShader's software WebGL included)
//   snapshot the first read of window.starcart after that change, which
//            computes the rest of the report lazily (not in any frame)
import { launch, openDemoReady } from './harness.mjs';
import { item } from './ui.mjs';

const lines = Number(process.argv[2] || 1000000);
const env = await launch();
const page = await openDemoReady(env, lines);
const countries = (await page.evaluate(() => window.starcart)).facets.countries;

const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const f1 = (v) => v.toFixed(1);

// Sets a filter and resolves after the second animation frame (the page
// draws the change in the first); nothing reads window.starcart meanwhile.
async function setFilter(filter) {
  return page.evaluate((f) => new Promise((resolve) => {
    const t = performance.now();
    window.starcartControl.setFilter(f);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
  }), filter);
}

async function filterChange(filter) {
  const latency = await setFilter(filter);
  const after = await page.evaluate(() => {
    const t = performance.now();
    const s = window.starcart;
    return { snapshot_ms: performance.now() - t, frame_ms: s.timings.filter_frame_ms, report_ms: s.timings.report_ms };
  });
  return { latency, ...after };
}

const tabs = process.argv[3] ? process.argv[3].split(',') : ['overview', 'customers', 'cohorts', 'products'];
for (const tab of tabs) {
  // A filter the tab has not seen, set without reading window.starcart (a
  // read computes the full report, which would leave the tab nothing to do).
  const [x, y, w, h] = await item(page, `tab.${tab}`);
  await setFilter({ countries: [countries[5]] });
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(100);
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForTimeout(2000);
  const shown = await page.evaluate(() => window.starcart);
  if (shown.tab !== tab) throw new Error(`the ${tab} tab did not open`);
  const switched = shown.timings.report_ms;
  await setFilter({});
  await page.waitForTimeout(500);
  const idleFrames0 = (await page.evaluate(() => window.starcart)).frames;
  await page.waitForTimeout(1500);
  const idleFrames = (await page.evaluate(() => window.starcart)).frames - idleFrames0;
  const hover = [];
  for (let i = 0; i < 12; i++) {
    await page.mouse.move(200 + i * 90, 300 + (i % 4) * 120);
    await page.waitForTimeout(80);
    hover.push((await page.evaluate(() => window.starcart)).timings.frame_ms);
  }
  await page.mouse.move(2, 2);
  const frames = [], cpu = [], report = [], snap = [];
  for (let i = 0; i < 4; i++) {
    const r = await filterChange({ countries: [countries[i]] });
    frames.push(r.latency);
    cpu.push(r.frame_ms);
    report.push(r.report_ms);
    snap.push(r.snapshot_ms);
  }
  // Back to all the lines (the most a filter change can recompute), from a
  // country; on the Overview, the insights computed in the frame after it.
  const allCpu = [], allInsights = [];
  for (let i = 0; i < 3; i++) {
    await setFilter({ countries: [countries[i + 1]] });
    await page.waitForTimeout(300);
    await setFilter({});
    await page.waitForTimeout(300);
    const t = (await page.evaluate(() => window.starcart)).timings;
    allCpu.push(t.filter_frame_ms);
    allInsights.push(t.insights_ms);
  }
  console.log(`${tab.padEnd(9)} filter change to all lines: App::frame median ${f1(med(allCpu))} ms ` +
              `(max ${f1(Math.max(...allCpu))})` +
              (tab === 'overview' ? `, insights in the frame after ${f1(med(allInsights))} ms (max ${f1(Math.max(...allInsights))})` : ''));
  console.log(`${tab.padEnd(9)} switch: sections ${f1(switched)} ms | idle: ${idleFrames} frames in 1.5 s, ` +
              `hover frame median ${f1(med(hover))} ms (max ${f1(Math.max(...hover))}) | filter change: App::frame ` +
              `${f1(med(cpu))} ms (max ${f1(Math.max(...cpu))}), to 2 frames later ${f1(med(frames))} ms, ` +
              `figures ${f1(med(report))} ms | window.starcart read after it: ${f1(med(snap))} ms`);
}
await env.close();
