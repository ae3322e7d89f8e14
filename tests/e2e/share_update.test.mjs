// The hosted build's update path (issue 8): a visitor whose browser keeps
// version A offline gets version B once it is deployed. The visit after the
// deployment still runs A from the cache (nothing half-updated), installs B
// beside it and says "Reload to use it"; the next visit runs B, and only B's
// cache is left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, ROOT } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const WEB = path.join(ROOT, 'build/web');
let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

// A copy of the hosted files we can "deploy" a new version into.
function copyHostedBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'starcart-host-'));
  for (const f of ['index.html', 'index.js', 'index.wasm', 'sw.js', 'version.txt']) {
    fs.copyFileSync(path.join(WEB, f), path.join(dir, f));
  }
  return dir;
}

// What package-web.mjs does for a new release: the version is in index.js
// and in the worker (its cache's name), so both change.
function deploy(dir, from, to) {
  for (const f of ['index.js', 'sw.js']) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    assert.ok(text.includes(from), `${f} names version ${from}`);
    fs.writeFileSync(path.join(dir, f), text.split(from).join(to));
  }
  fs.writeFileSync(path.join(dir, 'version.txt'), to + '\n');
}

async function visit(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  return { page, problems };
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('a new deployment: the next visit runs the cached version and offers the new one, the one after runs it', async () => {
  const dir = copyHostedBuild();
  const a = fs.readFileSync(path.join(dir, 'version.txt'), 'utf8').trim();
  const b = a.replace(/\+.*/, '+0dd1ce55');
  assert.notEqual(a, b);
  const { server, url } = await startServer(dir, 0, '127.0.0.1', '/shop/stats/');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // First visit: A is installed and cached.
    const first = await visit(context, url);
    await first.page.evaluate(() => navigator.serviceWorker.ready);
    assert.deepEqual(await cacheNames(first.page), ['starcart-' + a]);
    await first.page.close();

    deploy(dir, a, b);

    // Second visit: the worker of A answers with A's files, B installs beside it.
    const second = await visit(context, url);
    assert.equal(await second.page.evaluate(() => document.documentElement.dataset.version), a);
    await second.page.waitForFunction(() => /A new version of starcart was installed/.test(window.starcart.share.notice),
      null, { timeout: 30000 });
    // B's worker took over and dropped A's cache; the running page (A) needs nothing more from it.
    let names = await cacheNames(second.page);
    for (const t0 = Date.now(); names.length !== 1 && Date.now() - t0 < 30000; names = await cacheNames(second.page)) {
      await second.page.waitForTimeout(100);
    }
    assert.deepEqual(names, ['starcart-' + b]);
    assert.equal((await second.page.evaluate(() => window.starcart)).screen, 'start');  // still running
    assert.deepEqual(second.problems, []);
    await second.page.close();

    // Third visit: B runs, offline too.
    await new Promise((r) => server.close(r));
    server.closeAllConnections?.();
    const third = await visit(context, url);
    assert.equal(await third.page.evaluate(() => document.documentElement.dataset.version), b);
    assert.equal((await third.page.evaluate(() => window.starcart)).share.version, b);
    assert.deepEqual(third.problems, []);
  } finally {
    await context.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
