// Native figures by timing the CLI (build/native/starcart):
//   report --json --timings   wall time, and the CLI's own split: load (read +
//                             parse + facts) and report
//   build -o FILE             wall time of facts -> SQLite star schema file
//                             (its printed "SQLite" part gives the load rate)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const CLI = path.join(ROOT, 'build/native/starcart');

export function generateDemo(lines, seed, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(CLI, ['demo', '--lines', String(lines), '--seed', String(seed), '--format', 'online-retail', '-o', file],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  return fs.statSync(file).size;
}

function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(CLI, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`starcart ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

// "7.5 s", "850 ms", "1 min 3 s" (core/format.cpp format_duration) -> ms
export function durationMs(text) {
  let m = /^(\d+) min (\d+) s$/.exec(text);
  if (m) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  m = /^([\d.]+) (ms|s)$/.exec(text);
  return m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : null;
}

export function runCliReport(csv) {
  const r = timed(['report', csv, '--json', '--timings']);
  const t = /timings_ms load=([\d.]+) report=([\d.]+) output=([\d.]+) lines=(\d+)/.exec(r.stderr);
  if (!t) throw new Error('starcart report --timings printed no timings line: ' + r.stderr);
  return {
    wall_ms: r.ms, load_ms: Number(t[1]), report_ms: Number(t[2]), output_ms: Number(t[3]), lines: Number(t[4]),
    report: JSON.parse(r.stdout),
  };
}

export function runCliBuild(csv) {
  const out = path.join(os.tmpdir(), `starcart-bench-${process.pid}.sqlite`);
  try {
    const r = timed(['build', csv, '-o', out]);
    const m = /\(parse (.+?), SQLite (.+?)\)/.exec(r.stdout);
    return { wall_ms: r.ms, parse_ms: m ? durationMs(m[1]) : null, sqlite_ms: m ? durationMs(m[2]) : null };
  } finally {
    fs.rmSync(out, { force: true });
  }
}
