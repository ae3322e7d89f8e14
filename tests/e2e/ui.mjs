// Helpers for browser tests that use the dashboard the way a user does: the
// page reports where its widgets are (window.starcart.ui.items: key ->
// [x, y, w, h] in CSS pixels), so a test clicks the real widget with the
// real mouse. Also: files dropped like a user drops them, the import step,
// an RFC 4180 reader for downloaded CSV, and the CLI's demo files.
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { ROOT, waitForScreen } from './harness.mjs';

export async function item(page, key, timeout = 10000) {
  await page.waitForFunction((k) => window.starcart.ui && window.starcart.ui.items[k], key, { timeout });
  // Popups size and place themselves over a frame or two: read the place
  // once it is settled (the same over two frames at least 80 ms apart; on a
  // busy machine frames come slowly, so a fixed wait is not enough).
  const read = () => page.evaluate((k) => ({ r: window.starcart.ui.items[k], f: window.starcart.frames }), key);
  let last = await read();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(80);
    const now = await read();
    if (now.r && last.r && now.r.join() === last.r.join() && now.f >= last.f + 2) return now.r;
    if (now.f === last.f && now.r && last.r && now.r.join() === last.r.join()) return now.r;  // idle: nothing moves
    last = now;
  }
  return last.r;
}

export async function click(page, key) {
  const [x, y, w, h] = await item(page, key);
  // Hover first, as a hand does: the widget sees the pointer a frame before the press.
  await page.mouse.move(x + w / 2, y + h / 2);
  await page.waitForTimeout(60);
  await page.mouse.click(x + w / 2, y + h / 2);
  await page.waitForTimeout(120);
}

// Waits until a widget is no longer drawn (a popup closed).
export async function gone(page, key, timeout = 10000) {
  await page.waitForFunction((k) => !window.starcart.ui.items[k], key, { timeout });
}

export async function hasItem(page, key) {
  return page.evaluate((k) => Boolean(window.starcart.ui.items[k]), key);
}

// Drops files on the page as a user does (dragenter + drop with a DataTransfer).
export async function dropFiles(page, files) {
  const payload = files.map((f) => ({ name: f.name, b64: Buffer.from(f.bytes).toString('base64') }));
  await page.evaluate(async (list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: 'text/csv' }));
    }
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

// From the import screen: one click on Build, then the dashboard.
export async function build(page) {
  await waitForScreen(page, 'import');
  await click(page, 'import.build');
  return waitForScreen(page, 'dashboard', 120000);
}

export function fixture(name) {
  return path.join(ROOT, 'tests/data/csv', name);
}

// A demo CSV written by the CLI into a temporary folder (cached per args,
// and written again when the CLI is newer than the file: a cached file from
// an older generator would not be the demo the page builds).
export function demoFile(lines, seed, format = 'full') {
  const dir = path.join(os.tmpdir(), 'starcart-e2e');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `demo-${lines}-${seed}-${format}.csv`);
  const cli = path.join(ROOT, 'build/native/starcart');
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync(cli).mtimeMs) {
    const args = ['demo', '--lines', String(lines), '--seed', String(seed), '-o', file];
    if (format !== 'full') args.push('--format', format);
    execFileSync(cli, args);
  }
  return file;
}

// RFC 4180: quoted fields with commas, doubled quotes and line breaks.
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
