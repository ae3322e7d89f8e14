// What the figures were measured on: the machine, how busy it was (other
// helpers build on the same cores), and every version that matters.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { packageVersion } from './site.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

function sh(cmd, args) {
  try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { return null; }
}

export function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: os.cpus().length,
    cpu_model: (/^model name\s*:\s*(.+)$/m.exec(cpuinfo) || [])[1] || 'unknown',
    cpu_family: Number((/^cpu family\s*:\s*(\d+)$/m.exec(cpuinfo) || [])[1] ?? NaN),
    cpu_model_number: Number((/^model\s*:\s*(\d+)$/m.exec(cpuinfo) || [])[1] ?? NaN),
    virtual_machine: /^flags\s*:.*\bhypervisor\b/m.test(cpuinfo),
    memory_bytes: os.totalmem(),
    kernel: os.release(),
  };
}

// Load averages and the busiest processes that are not ours (this node and
// its descendants: Chromium, the CLI), right now. ps's %CPU is the average
// over each process's life.
export function busyness() {
  const ps = (sh('ps', ['-eo', 'pid,ppid,pcpu,comm', '--sort=-pcpu', '--no-headers']) || '')
    .split('\n').map((l) => l.trim().split(/\s+/)).map(([pid, ppid, cpu, comm]) => ({ pid: +pid, ppid: +ppid, cpu: +cpu, comm }));
  const parent = new Map(ps.map((p) => [p.pid, p.ppid]));
  const ours = (pid) => {
    for (let p = pid, i = 0; p > 1 && i < 64; p = parent.get(p), i++) if (p === process.pid) return true;
    return false;
  };
  const others = ps.filter((p) => p.cpu >= 5 && !ours(p.pid) && p.comm !== 'ps').slice(0, 6).map((p) => `${p.comm} ${p.cpu}%`);
  return { at: new Date().toISOString(), loadavg: os.loadavg().map((x) => Number(x.toFixed(2))), busy_others: others };
}

export function versions(chromiumVersion) {
  const emcc = sh('emcc', ['--version']);
  const head = sh('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no']);
  return {
    starcart: head ? head + (dirty ? ' (with uncommitted changes)' : '') : 'unknown',
    chromium: chromiumVersion,
    emscripten: emcc ? emcc.split('\n')[0].replace(/^emcc \([^)]*\) /, '').replace(/ \(\)$/, '') : 'unknown',
    duckdb_wasm: packageVersion(ROOT, '@duckdb/duckdb-wasm'),
    apache_arrow: packageVersion(ROOT, 'apache-arrow'),
    sql_js: packageVersion(ROOT, 'sql.js'),
    papaparse: packageVersion(ROOT, 'papaparse'),
    playwright_core: packageVersion(ROOT, 'playwright-core'),
    node: process.version,
  };
}

// --- download sizes -------------------------------------------------------------

// Which served paths belong to which engine; /bench/ (the harness) belongs to none.
const OWNERS = [
  ['starcart', /^\/app\//],
  ['duckdb', /^\/(deps\/duckdb-wasm|deps\/apache-arrow|gen)\//],
  ['sqljs', /^\/deps\/(sql\.js|papaparse)\//],
];

// requests: URLs a run's page fetched; fileFor: URL -> file on disk.
export function downloadSize(engine, requests, fileFor) {
  const files = new Map();
  for (const url of requests) {
    const p = new URL(url).pathname;
    const owner = (OWNERS.find(([, re]) => re.test(p)) || [])[0];
    if (owner !== engine) continue;
    const file = fileFor(url);
    if (file && !files.has(p)) files.set(p, file);
  }
  const list = [...files.entries()].map(([p, file]) => {
    const bytes = fs.readFileSync(file);
    return { path: p, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files: list,
    raw: list.reduce((s, f) => s + f.raw, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
  };
}
