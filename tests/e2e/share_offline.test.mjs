// Offline and hosting (issue 8): the single-file build from file:// with
// every network request refused; the hosted build under a sub-path whose
// service worker makes the second visit work with the server gone; the
// version shown; and no request to
// another origin during load, import, analysis and export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, waitForScreen, waitForSqlite, shot, foreign, ROOT } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { click, dropFiles, build, demoFile } from './ui.mjs';

const WEB = path.join(ROOT, 'build/web');
let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('the single-file build runs from file:// with the network blocked', async () => {
  // Alone in a folder: nothing beside it to load.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'starcart-single-'));
  fs.copyFileSync(path.join(WEB, 'starcart.html'), path.join(dir, 'starcart.html'));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [], problems = [];
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  const url = pathToFileURL(path.join(dir, 'starcart.html')).href;
  await page.goto(url + '#demo&lines=2000&seed=3');
  const s = await waitForScreen(page, 'dashboard');
  assert.equal(s.input.rows_read, 2000);
  await waitForSqlite(page);
  assert.equal(s.share.version, fs.readFileSync(path.join(WEB, 'version.txt'), 'utf8').trim());
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  await shot(page, 'share-single-file-1x');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hosted under a sub-path: the second visit works offline from the service worker', async () => {
  const { server, url } = await startServer(WEB, 0, '127.0.0.1', '/shops/acme/analytics/');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  let page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  const version = fs.readFileSync(path.join(WEB, 'version.txt'), 'utf8').trim();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.version), version);
  assert.equal((await page.evaluate(() => window.starcart)).share.version, version);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const c = await caches.open(keys[0]);
    return { keys, files: (await c.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.deepEqual(cached.keys, ['starcart-' + version]);
  // The page's four files only: the state maps' shapes are not part of the download...
  assert.deepEqual(cached.files.sort(), ['/shops/acme/analytics/', '/shops/acme/analytics/index.html',
    '/shops/acme/analytics/index.js', '/shops/acme/analytics/index.wasm']);
  await page.close();
  // ...until the Geography tab fetches one (here, as the glue does): then it is kept.
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller));
  assert.equal(await page.evaluate(async () => (await fetch('states-us.bin')).status), 200);
  let kept = [];
  for (const t0 = Date.now(); !kept.includes('/shops/acme/analytics/states-us.bin') && Date.now() - t0 < 10000;) {
    kept = await page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).map((r) => new URL(r.url).pathname));
    await page.waitForTimeout(50);
  }
  assert.ok(kept.includes('/shops/acme/analytics/states-us.bin'), kept.join());
  assert.ok(!kept.includes('/shops/acme/analytics/states-br.bin'));
  await page.close();
  await new Promise((r) => server.close(r));  // the host is gone: only the cache can answer
  server.closeAllConnections?.();
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url + '#demo&lines=2000&seed=3');
  const s = await waitForScreen(page, 'dashboard');
  assert.equal(s.input.rows_read, 2000);
  const shapes = await page.evaluate(async () => (await fetch('states-us.bin')).arrayBuffer().then((b) => b.byteLength));
  assert.equal(shapes, fs.statSync(path.join(WEB, 'states-us.bin')).size);  // offline, from the cache
  await shot(page, 'share-offline-second-visit-1x');
  assert.deepEqual(problems, []);
  await context.close();
});

test('no request leaves the page\'s origin during load, import, analysis and export', async () => {
  const { page, problems, requests } = await openPage(env);
  const violations = [];
  await page.exposeFunction('cspViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.cspViolation(e.blockedURI + ' ' + e.violatedDirective)));
  const file = demoFile(3000, 12);
  await dropFiles(page, [{ name: 'shop.csv', bytes: fs.readFileSync(file) }]);
  await build(page);
  await waitForSqlite(page);
  const s = await page.evaluate(() => window.starcart);
  await page.evaluate((c) => window.starcartControl.setFilter({ countries: [c] }), s.facets.countries[0]);
  await page.waitForFunction(() => window.starcart.filter.countries.length === 1);
  for (const keys of [['share.sqlite'], ['share.report'], ['share.tables', 'share.table.kpis'], ['share.charts', 'share.png.trend']]) {
    const wait = page.waitForEvent('download', { timeout: 30000 });
    await click(page, 'header.share');
    for (const k of keys) await click(page, k);
    await wait;
  }
  await click(page, 'header.share');
  await click(page, 'share.copy_link');
  assert.ok(requests.length >= 3);
  assert.deepEqual(foreign(requests, env.url), []);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});
