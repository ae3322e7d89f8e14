// The Geography tab's state map in the browser (issue 11): the shapes are
// not in the page's download but fetched (states-us.bin) only once the tab
// shows a US state map; hovering a state names it, a click filters every
// figure to what `starcart report FILE --state TX --state Texas --json`
// prints, and the same click clears it. Brazil's map from the Olist-like
// fixture; the single-file build draws the map from file:// with the
// network blocked (its shapes are inline). Screenshots at 1x and 2x.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, openPage, shot, cliJson, waitForScreen, ROOT } from './harness.mjs';
import { click, item, build, fixture } from './ui.mjs';

const US = fixture('us_states_codes_and_names.csv');
const BR = fixture('states_codes_and_names.csv');
let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

async function geography(page, file) {
  await page.setInputFiles('#file-input', file);
  await build(page);
  await click(page, 'tab.geography');
  await page.waitForFunction(() => window.starcart.tab === 'geography', null, { timeout: 10000 });
}

const shapeRequests = (requests) => requests.filter((u) => /states-(us|br)\.bin/.test(u)).map((u) => new URL(u).pathname);

for (const scale of [1, 2]) {
  test(`US state map at ${scale}x: fetched when shown, hover names Texas, a click filters to it`, async () => {
    const { page, problems, requests } = await openPage(env, { scale });
    await page.setInputFiles('#file-input', US);
    await build(page);
    assert.deepEqual(shapeRequests(requests), [], 'no shapes are loaded before the Geography tab needs them');
    await click(page, 'tab.geography');
    const [x, y, w, h] = await item(page, 'geo.state.TX', 20000);
    assert.deepEqual(shapeRequests(requests), ['/states-us.bin']);
    for (const code of ['NY', 'CA']) assert.ok(await item(page, 'geo.state.' + code));
    assert.equal(await page.evaluate(() => Boolean(window.starcart.ui.items['geo.state.FL'])), false);
    await page.mouse.move(x + w / 2, y + h / 2);
    await page.waitForFunction(() => window.starcart.ui.tooltip === 'Texas (TX)', null, { timeout: 10000 });
    await shot(page, `geography-states-us-hover-${scale}x`);
    await page.mouse.click(x + w / 2, y + h / 2);
    await page.waitForFunction(() => window.starcart.filter.states.length === 2, null, { timeout: 10000 });
    const s = await page.evaluate(() => window.starcart);
    const cli = cliJson(['report', US, '--state', 'TX', '--state', 'Texas', '--json']);
    assert.deepEqual(s.filter.states, ['TX', 'Texas']);
    assert.deepEqual(s.kpis, cli.kpis);
    assert.equal(s.kpis.revenue, 50);  // 2 x 10 + 30, by hand
    await page.mouse.move(2, 2);
    await page.waitForTimeout(300);
    await shot(page, `geography-states-us-filtered-${scale}x`);
    await click(page, 'geo.state.TX');
    await page.waitForFunction(() => window.starcart.filter.states.length === 0, null, { timeout: 10000 });
    assert.equal((await page.evaluate(() => window.starcart)).kpis.revenue, 120);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('Brazil state map: states written as codes and names, one shape each', async () => {
  const { page, problems, requests } = await openPage(env);
  await geography(page, BR);
  await item(page, 'geo.state.SP', 20000);
  await item(page, 'geo.state.RJ');
  assert.deepEqual(shapeRequests(requests), ['/states-br.bin']);
  await page.mouse.move(2, 2);
  await page.waitForTimeout(300);
  await shot(page, 'geography-states-br-1x');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the single-file build draws the state map from file:// with the network blocked', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'starcart-single-'));
  fs.copyFileSync(path.join(ROOT, 'build/web/starcart.html'), path.join(dir, 'starcart.html'));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  const page = await context.newPage();
  const problems = [], requests = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(path.join(dir, 'starcart.html')).href);
  await waitForScreen(page, 'start');
  await geography(page, US);
  await item(page, 'geo.state.TX', 20000);
  assert.deepEqual(requests.filter((u) => /states-/.test(u)), []);  // inline: nothing fetched
  await shot(page, 'geography-states-single-file-1x');
  assert.deepEqual(problems, []);
  await context.close();
});
