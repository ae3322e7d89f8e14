// Filter changes on the Overview at 1M lines in headless Chromium (not a
// test: prints figures). Run after `cmake --build --preset web`:
//   node tests/e2e/measure-filters.mjs [lines] [repeats]
// Each case sets a "from" filter, lets the page settle, then sets the case's
// filter through starcartControl.setFilter (the filter controls' path) and
// waits, without reading window.starcart, until the page has drawn the
// figures and, in the frame after, the insights. Printed per case (median,
// max over the repeats):
//   frame     App::frame()'s CPU time in the frame that shows the figures
//   insights  the insights' computation in the next frame (at this size the
//             Overview defers them by one frame)
//   total     frame + insights: the cost of the change on the visible tab
// (SwiftShader's software drawing of the frames is not in these figures.)
import { launch, openDemoReady } from './harness.mjs';

const lines = Number(process.argv[2] || 1000000);
const repeats = Number(process.argv[3] || 5);
const env = await launch();
const page = await openDemoReady(env, lines);
const s = await page.evaluate(() => window.starcart);
const countries = s.facets.countries;
const last = s.monthly[s.monthly.length - 1].month;  // "YYYY-MM"
const [y, m] = last.split('-').map(Number);
const back = (k) => {
  const d = new Date(Date.UTC(y, m - 1 - k, 1));
  return d.toISOString().slice(0, 10);
};

async function setAndSettle(filter) {
  await page.evaluate((f) => new Promise((resolve) => {
    const err = window.starcartControl.setFilter(f);
    if (err) throw new Error(err);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  }), filter);
  await page.waitForTimeout(400);  // the insights' frame, then idle
}

const cases = [
  { name: 'all data (from a country)', from: { countries: [countries[2]] }, to: {} },
  { name: 'country (from all data)', from: {}, to: { countries: [countries[1]] } },
  { name: 'last 3 months (from all data)', from: {}, to: { from: back(2) } },
  { name: 'last 12 months (from all data)', from: {}, to: { from: back(11) } },
  { name: 'segment Champions (from all data)', from: {}, to: { segments: ['Champions'] } },
  { name: 'segment change (Champions to Loyal)', from: { segments: ['Champions'] }, to: { segments: ['Loyal'] } },
  { name: '12 months + Champions (from a country)', from: { countries: [countries[2]] },
    to: { from: back(11), segments: ['Champions'] } },
];

const med = (a) => [...a].sort((p, q) => p - q)[Math.floor(a.length / 2)];
const f1 = (v) => v.toFixed(1);
console.log(`${'case'.padEnd(42)} ${'frame'.padStart(14)} ${'insights'.padStart(14)} ${'total'.padStart(14)}   (median / max ms)`);
for (const c of cases) {
  const frame = [], insights = [], total = [];
  for (let i = 0; i < repeats; i++) {
    await setAndSettle(c.from);
    await page.evaluate(() => window.starcart);  // computes the rest of the report before the change
    await setAndSettle(c.to);
    const t = (await page.evaluate(() => window.starcart)).timings;
    frame.push(t.filter_frame_ms);
    insights.push(t.insights_ms);
    total.push(t.filter_frame_ms + t.insights_ms);
  }
  const cell = (a) => `${f1(med(a))} / ${f1(Math.max(...a))}`.padStart(14);
  console.log(`${c.name.padEnd(42)} ${cell(frame)} ${cell(insights)} ${cell(total)}`);
}
await env.close();
