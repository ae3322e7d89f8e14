// Shared setup for the browser tests: a local server for build/web, headless
// Chromium (Debian's, driven by playwright-core from .deps), and a page that
// records console errors, page errors and every request it makes.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer } from '../../scripts/static-server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = await import(path.join(ROOT, '.deps/node_modules/playwright-core/index.mjs'));

export const ARTIFACTS = path.join(ROOT, 'artifacts', 'screenshots');
fs.mkdirSync(ARTIFACTS, { recursive: true });

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch() {
  const { server, url } = await startServer(path.join(ROOT, 'build/web'), 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url,
    browser,
    async close() { await browser.close(); server.close(); },
  };
}

// A page that keeps what went wrong: console errors (not SwiftShader's
// "GPU stall due to ReadPixels" warnings), page errors, foreign requests.
export async function openPage(env, { width = 1280, height = 800, scale = 1, hash = '' } = {}) {
  const page = await env.browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('request', (r) => requests.push(r.url()));
  const t0 = Date.now();
  await page.goto(env.url + hash);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  const bootMs = Date.now() - t0;
  return { page, problems, requests, bootMs };
}

export async function waitForScreen(page, screen, timeout = 60000) {
  await page.waitForFunction((s) => window.starcart.screen === s, screen, { timeout });
  return page.evaluate(() => window.starcart);
}

export async function waitForSqlite(page, timeout = 120000) {
  await page.waitForFunction(() => window.starcart.sqlite.state === 'ready', null, { timeout });
}

// The measuring scripts' start: the demo shop of `lines` lines (seed 42)
// opened in a 1440 x 900 page, the dashboard shown and the background SQLite
// build finished, so what they time runs on an idle page.
export async function openDemoReady(env, lines) {
  const { page } = await openPage(env, { width: 1440, height: 900 });
  const t0 = Date.now();
  await page.evaluate((n) => window.starcartControl.openDemo(n, 42), lines);
  const s0 = await waitForScreen(page, 'dashboard', 900000);
  console.log(`demo ${lines} lines: dashboard after ${Date.now() - t0} ms (load ${s0.timings.load_ms} ms)`);
  await waitForSqlite(page, 900000);
  await page.waitForTimeout(500);
  return page;
}

export async function shot(page, name) {
  const file = path.join(ARTIFACTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}

// Runs the native CLI (build/native/starcart) and parses its JSON output.
export function cliJson(args) {
  const out = execFileSync(path.join(ROOT, 'build/native/starcart'), args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out);
}

export function foreign(requests, base) {
  return requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
}
