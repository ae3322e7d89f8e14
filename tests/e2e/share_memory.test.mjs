// Memory limits (issue 8): a load that cannot fit in what the tab's heap can
// still grow to is refused before anything is copied, with a message and a
// way out; the page stays alive and loads the same file once memory is free.
// The heap is filled the way a large earlier load fills it: allocations of
// 64 MB in the wasm heap until it can grow no more (4 GB, -sMAXIMUM_MEMORY).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage, waitForScreen, shot } from './harness.mjs';
import { dropFiles, build, demoFile } from './ui.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env.close(); });

test('a file that cannot fit is refused with a message; the tab stays alive and loads it later', async () => {
  const { page, problems } = await openPage(env);
  const file = demoFile(100000, 21);  // 11.6 MB: needs about 6 x 11.6 + 64 = 134 MB
  const bytes = fs.readFileSync(file);
  // Leave less than that: fill the heap in 64 MB blocks until malloc says no.
  const reserved = await page.evaluate(() => {
    const blocks = [];
    for (let p; (p = Module._malloc(64 << 20)) && blocks.length < 100;) blocks.push(p);
    return blocks;
  });
  assert.ok(reserved.length >= 55, `${reserved.length} blocks of 64 MB`);  // about 3.9 GB
  await dropFiles(page, [{ name: 'big.csv', bytes }]);
  await page.waitForFunction(() => /need about/.test(window.starcart.share.notice), null, { timeout: 20000 });
  const s = await page.evaluate(() => window.starcart);
  assert.equal(s.screen, 'start');
  assert.match(s.share.notice, /command-line tool/);
  await shot(page, 'share-memory-refused-1x');
  await page.evaluate((blocks) => blocks.forEach((p) => Module._free(p)), reserved);
  await dropFiles(page, [{ name: 'big.csv', bytes }]);
  const d = await build(page);
  assert.equal(d.input.rows_read, 100000);
  assert.deepEqual(problems, []);
  await page.close();
});
