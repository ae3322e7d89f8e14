// The saved workspace (issue 8): opt-in from the Share menu; the next visit
// (same browser profile, no link) reopens the files with the last view;
// "Forget" deletes it; a full storage quota gives a message, not a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitForScreen, shot } from './harness.mjs';
import { click, build, demoFile, fixture } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function visit(context, hash = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(env.url + hash);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  return { page, problems };
}

test('a remembered dataset reopens with its last view; Forget deletes it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const file = demoFile(3000, 14);
  const a = await visit(context);
  await a.page.setInputFiles('#file-input', file);
  let s = await build(a.page);
  await click(a.page, 'header.share');
  await click(a.page, 'share.remember');
  await a.page.waitForFunction(() => /reopen on your next visit/.test(window.starcart.share.notice));
  // A view change after remembering is kept too.
  await a.page.evaluate((c) => window.starcartControl.setFilter({ countries: [c] }), s.facets.countries[0]);
  await a.page.waitForFunction(() => /country=/.test(location.hash));
  await a.page.waitForTimeout(300);
  const before = await a.page.evaluate(() => window.starcart);
  await a.page.close();

  const b = await visit(context);
  await b.page.waitForFunction(() => window.starcart.screen === 'dashboard' && window.starcart.filter.countries.length === 1,
    null, { timeout: 60000 });
  s = await b.page.evaluate(() => window.starcart);
  assert.deepEqual(s.kpis, before.kpis);
  assert.deepEqual(s.filter, before.filter);
  assert.equal(s.share.link, before.share.link);
  await shot(b.page, 'share-workspace-reopened-1x');
  await click(b.page, 'header.share');
  await click(b.page, 'share.forget');
  await b.page.waitForFunction(() => /deleted from this browser/.test(window.starcart.share.notice));
  await b.page.close();

  const c = await visit(context);
  await c.page.waitForTimeout(500);
  assert.equal((await c.page.evaluate(() => window.starcart)).screen, 'start');
  assert.deepEqual([...a.problems, ...b.problems, ...c.problems], []);
  await context.close();
});

test('a remembered dataset reopens with the roles the user chose on the import screen', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const a = await visit(context);
  await a.page.setInputFiles('#file-input', fixture('online_retail_small.csv'));
  await waitForScreen(a.page, 'import');
  await click(a.page, 'import.role.CustomerID');
  await click(a.page, 'import.role.CustomerID.option.none');
  let s = await build(a.page);
  // By hand (tests/analytics/kpis_test.cpp): the same sales, but every line a guest line.
  assert.equal(s.kpis.revenue, 184.02);
  assert.equal(s.kpis.customers, 0);
  await click(a.page, 'header.share');
  await click(a.page, 'share.remember');
  await a.page.waitForFunction(() => /reopen on your next visit/.test(window.starcart.share.notice));
  const link = (await a.page.evaluate(() => window.starcart)).share.link;
  await a.page.close();

  const b = await visit(context);
  s = await waitForScreen(b.page, 'dashboard', 60000);
  assert.equal(s.kpis.revenue, 184.02);
  assert.equal(s.kpis.customers, 0);  // as detected, CustomerID would give 4 customers
  assert.equal(s.share.link, link);   // the same fingerprint: the same data was built
  assert.equal(s.share.notice, '');     // no "other files than the link's"
  await click(b.page, 'header.share');
  await click(b.page, 'share.forget');
  await b.page.waitForFunction(() => /deleted from this browser/.test(window.starcart.share.notice));
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});

test('no room in the browser\'s storage: a message, nothing stored, the page goes on', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const a = await visit(context);
  const cdp = await context.newCDPSession(a.page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(env.url).origin, quotaSize: 1024 });
  await a.page.setInputFiles('#file-input', demoFile(3000, 14));
  await build(a.page);
  await click(a.page, 'header.share');
  await click(a.page, 'share.remember');
  await a.page.waitForFunction(() => /no room to keep these files/.test(window.starcart.share.notice), null, { timeout: 20000 });
  await shot(a.page, 'share-workspace-quota-1x');
  assert.equal((await a.page.evaluate(() => window.starcart)).screen, 'dashboard');
  await a.page.close();
  const b = await visit(context);
  await b.page.waitForTimeout(500);
  assert.equal((await b.page.evaluate(() => window.starcart)).screen, 'start');
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});
