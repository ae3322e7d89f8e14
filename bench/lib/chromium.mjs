// One headless Chromium for the whole benchmark (Debian's, driven by the
// pinned playwright-core), and what each run needs from it:
//   - a fresh browser context per run (no cache or state carried over);
//   - every request recorded; anything not on 127.0.0.1 is a failure, and
//     host names other than 127.0.0.1 do not even resolve;
//   - memory: the wasm-memory probe in every page, the JS heap after a forced
//     GC (CDP), and the renderer process's resident set from /proc.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { chromium } = await import(path.join(ROOT, '.deps/node_modules/playwright-core/index.mjs'));

export async function launchChromium() {
  const id = crypto.randomBytes(6).toString('hex');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--enable-precise-memory-info',                       // performance.memory not bucketed
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',  // nothing else resolves
      '--disable-features=SpareRendererForSitePerProcess',  // one renderer per page, no spare
      `--starcart-bench=${id}`,                             // finds our processes in /proc
    ],
  });
  return { browser, id, version: browser.version() };
}

// --- processes ----------------------------------------------------------------

function readProc(pid, file) {
  try { return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8'); } catch { return null; }
}

function processes() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const cmd = readProc(name, 'cmdline');
    const stat = readProc(name, 'stat');
    if (cmd === null || stat === null) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    // Chromium rewrites its argv in place: read it as one string.
    out.push({ pid: Number(name), ppid, cmd: cmd.replace(/\0/g, ' ') });
  }
  return out;
}

// The renderer processes of our Chromium (descendants of the browser process
// carrying our id), with their current and peak resident sets.
export function renderers(id) {
  const all = processes();
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const root = all.find((p) => p.cmd.includes(`--starcart-bench=${id}`) && !p.cmd.includes('--type='));
  if (!root) return [];
  const under = (p) => {
    for (let q = p; q; q = byPid.get(q.ppid)) if (q.pid === root.pid) return true;
    return false;
  };
  // Pages' renderers only (not the browser's own WebUI or extension ones).
  const isPage = (p) => p.cmd.includes('--type=renderer') && !p.cmd.includes('--top-chrome-webui') &&
    !p.cmd.includes('--extension-process');
  return all.filter((p) => isPage(p) && under(p)).map((p) => {
    const status = readProc(p.pid, 'status') || '';
    const kb = (key) => Number((new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status) || [])[1] || 0) * 1024;
    return { pid: p.pid, rss: kb('VmRSS'), peak_rss: kb('VmHWM') };
  });
}

// Waits until the renderers of closed contexts are gone, so the next page's
// renderer is the only one.
export async function waitForNoRenderers(id, timeoutMs = 10000) {
  const end = Date.now() + timeoutMs;
  while (renderers(id).length && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
}

// --- a run ----------------------------------------------------------------------

export function isLocal(url, base) {
  return url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:');
}

export async function newRun(env, { initScripts = [] } = {}) {
  await waitForNoRenderers(env.id);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const requests = [];
  const foreign = [];
  const problems = [];
  context.on('request', (r) => {
    requests.push(r.url());
    if (!isLocal(r.url(), env.base)) foreign.push(r.url());
  });
  await context.addInitScript({ path: path.join(ROOT, 'bench/browser/wasm_memory.js') });
  for (const s of initScripts) await context.addInitScript({ path: s });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  const cdp = await context.newCDPSession(page);
  return {
    context, page, requests, foreign, problems,
    // The only renderer of this run (null when that cannot be told).
    renderer() {
      const list = renderers(env.id);
      return list.length === 1 ? list[0] : null;
    },
    async jsHeapAfterGc() {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    },
    async wasmBytes() {
      let total = await page.evaluate(() => self.__benchWasmMemoryBytes());
      for (const w of page.workers()) total += await w.evaluate(() => (self.__benchWasmMemoryBytes ? self.__benchWasmMemoryBytes() : 0));
      return total;
    },
    async close() { await context.close(); },
  };
}
