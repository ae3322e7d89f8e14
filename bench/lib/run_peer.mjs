// One run of a peer (DuckDB-WASM or sql.js) on bench/browser/peers.html:
// a fresh page boots the engine, the CSV is picked with the file input, and
// the page reports its steps, figures and the time until its drawing.
import { newRun } from './chromium.mjs';

export async function runPeer(env, engine, csv, { timeoutMs = 900000 } = {}) {
  const run = await newRun(env);
  const { page } = run;
  try {
    await page.goto(`${env.base}bench/peers.html?engine=${engine}`);
    await page.waitForFunction(() => window.bench.state !== 'booting', null, { timeout: 120000 });
    let b = await page.evaluate(() => window.bench);
    if (b.state !== 'ready') throw new Error(`${engine}: ${b.error}`);
    const before = run.renderer();
    await page.setInputFiles('#file-input', csv);
    await page.waitForFunction(() => window.bench.state === 'done' || window.bench.state === 'error', null,
      { timeout: timeoutMs, polling: 100 });
    b = await page.evaluate(() => window.bench);
    if (b.state !== 'done') throw new Error(`${engine}: ${b.error}`);
    return {
      engine,
      version: b.result.version,
      boot_ms: b.boot_ms,
      total_ms: b.result.total_ms,
      steps: b.result.steps,
      figures: b.result.figures,
      memory: {
        wasm_bytes: await run.wasmBytes(),
        js_heap_bytes: await run.jsHeapAfterGc(),  // the page's heap; a worker's is not reachable here
        renderer_rss_before: before ? before.rss : null,
        renderer_peak_rss: (run.renderer() || {}).peak_rss ?? null,
      },
      requests: run.requests,
      foreign: run.foreign,
      problems: run.problems,
    };
  } finally {
    await run.close();
  }
}
