// Memory limits in the browser (issue 8). Two ways a load can fail to fit:
// the estimate made before anything is copied says no (a message, the page
// goes on), or the browser refuses to grow the heap mid-load, below the 4 GB
// the module may use, which no estimate can know (the tab survives: the page
// says what happened and with which file, and a reload gives a working app).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, waitForScreen, shot } from './harness.mjs';
import { click, dropFiles, demoFile } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function newPage(init) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = [];
  let crashed = false;
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('crash', () => { crashed = true; });
  await page.goto(env.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  return { context, page, problems, crashed: () => crashed };
}

test('a file the estimate says will not fit is refused before it is copied; the page goes on', async () => {
  const { context, page, problems } = await newPage();
  // Most of the 4 GB heap taken (an earlier dataset, say): about 150 MB left.
  const left = await page.evaluate(() => {
    const max = 4294967296, chunk = 1 << 30;
    let taken = 0;
    while (max - HEAPU8.length > (160 << 20) || taken === 0) {
      const want = Math.min(chunk, max - HEAPU8.length - (150 << 20));
      if (want <= 0 || !Module._malloc(want)) break;
      taken += want;
    }
    return max - HEAPU8.length;
  });
  assert.ok(left < (200 << 20), `heap left ${left}`);
  // 200,000 lines (23 MB): the load needs about 6x that plus 64 MB.
  const demo = demoFile(200000, 7);
  await dropFiles(page, [{ name: 'orders-2023.csv', bytes: fs.readFileSync(demo) }]);
  await page.waitForFunction(() => /need about .* of memory to load/.test(window.starcart.share.notice), null, { timeout: 30000 });
  const s = await page.evaluate(() => window.starcart);
  assert.match(s.share.notice, /shorter period/);
  assert.notEqual(s.screen, 'dashboard');
  // Still working: the small demo opens.
  await page.evaluate(() => window.starcartControl.openDemo(2000, 3));
  const d = await waitForScreen(page, 'dashboard');
  assert.equal(d.input.rows_read, 2000);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the browser refuses more memory mid-load: the tab survives with the reason, and a reload works', async () => {
  // This browser will not let the page's memory grow past 72 MB (a phone, a
  // busy machine); the estimate, which trusts the 4 GB limit, lets it start.
  const cap = () => {
    const grow = WebAssembly.Memory.prototype.grow;
    WebAssembly.Memory.prototype.grow = function (pages) {
      if (this.buffer.byteLength + pages * 65536 > 72 * 1024 * 1024) throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
      return grow.call(this, pages);
    };
  };
  const { context, page, crashed } = await newPage(cap);
  // 300,000 lines: since the load and the SQLite build hold less, 200,000
  // (and their SQLite tables) fit in 72 MB.
  const demo = demoFile(300000, 7);
  await dropFiles(page, [{ name: 'orders-2023.csv', bytes: fs.readFileSync(demo) }]);
  await waitForScreen(page, 'import');
  await click(page, 'import.build');
  await page.waitForFunction(() => document.getElementById('boot').classList.contains('error'), null, { timeout: 120000 });
  const message = await page.evaluate(() => document.querySelector('#boot .message').textContent);
  assert.match(message, /ran out of memory/);
  assert.match(message, /orders-2023\.csv \(\d\d MB\)/);
  assert.match(message, /command-line tool/);
  assert.equal(crashed(), false);
  assert.equal(await page.evaluate(() => document.querySelector('#boot .reload').hidden), false);
  await shot(page, 'limits-out-of-memory-1x');
  // The reload button gives a working page (same memory cap: a small file fits).
  await Promise.all([page.waitForNavigation(), page.click('#boot .reload')]);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  await page.evaluate(() => window.starcartControl.openDemo(2000, 3));
  const d = await waitForScreen(page, 'dashboard');
  assert.equal(d.input.rows_read, 2000);
  await context.close();
});
