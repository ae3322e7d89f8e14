// Share links in the browser (issue 8): the address's hash follows the view;
// opening that address in a new tab gives the same window.starcart view;
// back/forward step between views; a link to a user's own data waits for
// the same files (content fingerprint) and says so when other files are
// opened; "Copy link" copies the address; no customer id is ever in a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage, waitForScreen, shot } from './harness.mjs';
import { click, build, demoFile, parseCsv } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// What a link must restore: the view and every figure on it.
function view(s) {
  return { tab: s.tab, filter: s.filter, chips: s.view.chips, theme: s.view.theme, kpis: s.kpis, monthly: s.monthly,
    dataset: { demo: s.dataset.demo, lines: s.dataset.demo_lines, seed: s.dataset.demo_seed } };
}

async function settledLink(page, part) {
  await page.waitForFunction((p) => window.starcart.share && window.starcart.share.link.includes(p) &&
    location.hash === window.starcart.share.link, part, { timeout: 20000 });
  return page.evaluate(() => window.starcart);
}

// Only these keys may appear in a link (ui/view_link.h): no data, no ids.
const KEYS = new Set(['demo', 'data', 'gallery', 'lines', 'seed', 'tab', 'from', 'to', 'preset', 'country', 'category',
  'channel', 'payment', 'segment', 'cohort', 'snapshot', 'dark']);
function checkLinkKeys(hash) {
  for (const part of hash.slice(1).split('&')) {
    const key = decodeURIComponent(part.split('=')[0]);
    assert.ok(KEYS.has(key) || key.startsWith('o.'), `unexpected key '${key}' in ${hash}`);
  }
}

test('a demo link round trip: the new tab shows the same view and figures', async () => {
  const a = await openPage(env, { hash: '#demo&lines=4000&seed=5' });
  let s = await waitForScreen(a.page, 'dashboard');
  const country = s.facets.countries[1];
  assert.equal(await a.page.evaluate((c) => window.starcartControl.setFilter({ countries: [c], from: '2023-03-01' }), country), '');
  s = await settledLink(a.page, 'country=');
  const link = await a.page.evaluate(() => location.hash);
  assert.equal(link, `#demo&lines=4000&seed=5&tab=overview&from=2023-03-01&country=${encodeURIComponent(country).replace(/'/g, '%27')}`);
  checkLinkKeys(link);
  const b = await openPage(env, { hash: link });
  await b.page.waitForFunction((c) => window.starcart.screen === 'dashboard' && window.starcart.filter.countries[0] === c,
    country, { timeout: 60000 });
  const t = await b.page.evaluate(() => window.starcart);
  assert.deepEqual(view(t), view(s));
  assert.equal(await b.page.evaluate(() => location.hash), link);
  await shot(b.page, 'share-link-restored-1x');
  assert.deepEqual([...a.problems, ...b.problems], []);
  await a.page.close();
  await b.page.close();
});

test('back and forward step between views', async () => {
  const { page, problems } = await openPage(env, { hash: '#demo&lines=3000&seed=2' });
  const s0 = await waitForScreen(page, 'dashboard');
  await settledLink(page, 'tab=overview');
  const start = await page.evaluate(() => history.length);
  await page.evaluate((c) => window.starcartControl.setFilter({ countries: [c] }), s0.facets.countries[0]);
  const s1 = await settledLink(page, 'country=');
  await page.waitForTimeout(1100);  // changes within a second are one history entry
  await page.evaluate(([c, k]) => window.starcartControl.setFilter({ countries: [c], categories: [k] }),
    [s0.facets.countries[0], s0.facets.categories[0]]);
  const s2 = await settledLink(page, 'category=');
  assert.equal(await page.evaluate(() => history.length), start + 2);
  await page.goBack();
  await page.waitForFunction(() => window.starcart.filter.categories.length === 0 && location.hash === window.starcart.share.link);
  assert.deepEqual(view(await page.evaluate(() => window.starcart)), view(s1));
  await page.goBack();
  await page.waitForFunction(() => window.starcart.filter.countries.length === 0);
  assert.deepEqual((await page.evaluate(() => window.starcart)).kpis, s0.kpis);
  await page.goForward();
  await page.goForward();
  await page.waitForFunction(() => window.starcart.filter.categories.length === 1);
  assert.deepEqual(view(await page.evaluate(() => window.starcart)), view(s2));
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Copy link" in the Share menu copies the address of this view', async () => {
  const { page, problems } = await openPage(env, { hash: '#demo&lines=2000&seed=3' });
  await waitForScreen(page, 'dashboard');
  await settledLink(page, 'tab=');
  await click(page, 'header.share');
  await shot(page, 'share-menu-1x');
  await click(page, 'share.copy_link');
  const copied = await page.evaluate(() => window.starcartControl.lastCopied());
  assert.equal(copied, await page.evaluate(() => location.href));
  assert.match(copied, /#demo&lines=2000&seed=3&tab=overview$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('own data: the link waits for the same files, then shows its view; other files are named as such', async () => {
  const file = demoFile(3000, 8);
  const other = demoFile(2000, 9);
  const a = await openPage(env);
  await a.page.setInputFiles('#file-input', file);
  let s = await build(a.page);
  const category = s.facets.categories[2];
  await a.page.evaluate((c) => window.starcartControl.setFilter({ categories: [c] }), category);
  s = await settledLink(a.page, 'category=');
  const link = s.share.link;
  assert.match(link, /^#data=[0-9a-f]{16}&tab=overview&category=/);
  checkLinkKeys(link);
  // No customer id of the file is in the link (nor is anything but the view).
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const col = rows[0].indexOf('CustomerID');
  const ids = new Set(rows.slice(1).map((r) => r[col]).filter(Boolean));
  assert.ok(ids.size > 100);
  for (const part of link.slice(1).split('&')) assert.ok(!ids.has(decodeURIComponent(part.split('=')[1] || '')));

  const b = await openPage(env, { hash: link });
  s = await b.page.evaluate(() => window.starcart);
  assert.equal(s.screen, 'start');
  assert.match(s.share.notice, /Open the same files/);
  await shot(b.page, 'share-link-waits-for-files-1x');
  await b.page.setInputFiles('#file-input', file);
  s = await build(b.page);
  await b.page.waitForFunction((c) => window.starcart.filter.categories[0] === c, category);
  s = await b.page.evaluate(() => window.starcart);
  assert.equal(s.share.notice, '');
  assert.equal(s.share.link, link);
  assert.deepEqual(s.kpis, (await a.page.evaluate(() => window.starcart)).kpis);

  const c = await openPage(env, { hash: link });
  await c.page.setInputFiles('#file-input', other);
  s = await build(c.page);
  await c.page.waitForFunction(() => /not the ones the link was made from/.test(window.starcart.share.notice));
  assert.deepEqual((await c.page.evaluate(() => window.starcart)).filter.categories, []);
  await shot(c.page, 'share-link-other-files-1x');
  assert.deepEqual([...a.problems, ...b.problems, ...c.problems], []);
  for (const p of [a, b, c]) await p.page.close();
});
