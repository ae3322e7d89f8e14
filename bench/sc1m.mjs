// Developer probe (not part of the harness): one starcart run on one file,
// printing time to dashboard, step timings and memory. node bench/sc1m.mjs FILE
import { buildSite, serveSite } from './lib/site.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { runStarcart } from './lib/run_starcart.mjs';
import path from 'node:path';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const file = process.argv[2];
const site = buildSite(ROOT);
const { server, url } = await serveSite(site);
const chromium = await launchChromium();
try {
  const r = await runStarcart({ ...chromium, base: url }, file);
  const mb = (b) => (b / 1e6).toFixed(1) + ' MB';
  console.log(JSON.stringify({ total_ms: Math.round(r.total_ms), steps: r.steps, timings: r.page_timings, sqlite: r.sqlite }, null, 1));
  console.log('wasm at dashboard', mb(r.memory.at_dashboard.wasm_bytes), 'end', mb(r.memory.wasm_bytes),
    'rss before', mb(r.memory.renderer_rss_before || 0), 'peak', mb(r.memory.renderer_peak_rss || 0));
  const h = r.memory.heap_in_use;
  console.log('malloc in use, largest per phase:', Object.entries(h.phases).map(([k, v]) => `${k} ${mb(v)}`).join(', '),
    '; peak', mb(h.peak_in_use));
} finally { await chromium.browser.close(); server.close(); }
