// The peers' side of the benchmark: peers.html?engine=duckdb|sqljs boots one
// engine, then runs when a file is picked in #file-input (the harness uses
// playwright's setInputFiles, exactly as for starcart's page):
//   duckdb: register the File (read lazily by the worker) -> read_csv into a
//           table -> facts -> KPIs, monthly, cohorts, RFM -> draw
//   sqljs:  File.text() -> papaparse -> one prepared INSERT in one
//           transaction -> the same SQL -> draw
// State for the harness: window.bench = {engine, state, boot_ms, result, error}.
import * as Q from './analysis_sql.js';
import { drawDashboard } from './draw.js';

const engineName = new URLSearchParams(location.search).get('engine');
const bench = (window.bench = { engine: engineName, state: 'booting', boot_ms: null, result: null, error: null });

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error('cannot load ' + src));
    document.head.appendChild(s);
  });
}
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// Step durations in ms, each from the end of the previous one.
function stepTimer(t0) {
  const steps = {};
  let last = t0;
  return {
    steps,
    step(name) {
      const now = performance.now();
      steps[name] = now - last;
      last = now;
    },
  };
}

// DuckDB returns 64-bit integers as BigInt; every figure here is below 2^53.
function plain(row) {
  const o = {};
  for (const [k, v] of Object.entries(row)) o[k] = typeof v === 'bigint' ? Number(v) : v;
  return o;
}

const engines = {
  duckdb: {
    async boot() {
      await loadScript('/deps/apache-arrow/Arrow.esnext.min.js');  // window.Arrow, for the import map
      const duckdb = await import('/deps/duckdb-wasm/dist/duckdb-browser.mjs');
      const worker = new Worker('/bench/duckdb_worker.js');
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      await db.instantiate('/deps/duckdb-wasm/dist/duckdb-eh.wasm');
      const conn = await db.connect();
      this.duckdb = duckdb;
      this.db = db;
      this.conn = conn;
      this.version = await db.getVersion();
    },
    async run(file, t) {
      const q = async (sql) => (await this.conn.query(sql)).toArray().map((r) => plain(r.toJSON()));
      await this.db.registerFileHandle('shop.csv', file, this.duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      t.step('read');
      await this.conn.query(Q.duckdbLoad('shop.csv'));  // parse + load in one statement
      t.step('load');
      await this.conn.query(Q.factsSql('duckdb'));
      t.step('model');
      const kpis = await q(Q.KPIS);
      t.step('kpis');
      const monthly = await q(Q.MONTHLY);
      t.step('monthly');
      const cohorts = await q(Q.COHORTS);
      t.step('cohorts');
      const rfm = await q(Q.RFM);
      t.step('rfm');
      return { kpis, monthly, cohorts, rfm };
    },
  },

  sqljs: {
    async boot() {
      await loadScript('/deps/papaparse/papaparse.min.js');
      await loadScript('/deps/sql.js/dist/sql-wasm-browser.js');
      this.SQL = await window.initSqlJs({ locateFile: (f) => '/deps/sql.js/dist/' + f });
      const db = new this.SQL.Database();
      this.version = 'SQLite ' + db.exec('SELECT sqlite_version()')[0].values[0][0];
      db.close();
    },
    async run(file, t) {
      let text = await file.text();
      t.step('read');
      let parsed = window.Papa.parse(text, { skipEmptyLines: true });
      if (parsed.errors.length) throw new Error('papaparse: ' + parsed.errors[0].message + ' (row ' + parsed.errors[0].row + ')');
      t.step('parse');
      const rows = parsed.data;
      const header = rows[0];
      const col = (name) => {
        const i = header.indexOf(name);
        if (i < 0) throw new Error('no column ' + name);
        return i;
      };
      const [cInv, cSku, cDesc, cQty, cDate, cPrice, cCust, cCountry] =
        ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'].map(col);
      const db = (this.db = new this.SQL.Database());
      db.run(Q.SQLITE_RAW);
      db.run('BEGIN');
      const insert = db.prepare(Q.SQLITE_INSERT);
      for (let i = 1; i < rows.length; i++) {
        const r = rows[i];
        // "1/3/2023 10:54" (month first) -> "2023-01-03 10:54"
        const [date, time] = r[cDate].split(' ');
        const [mo, da, yr] = date.split('/');
        const [hh, mm] = time.split(':');
        const ts = `${yr}-${mo.padStart(2, '0')}-${da.padStart(2, '0')} ${hh.padStart(2, '0')}:${mm}`;
        insert.run([r[cInv], r[cSku], r[cDesc], parseInt(r[cQty], 10), ts,
                    Math.round(parseFloat(r[cPrice]) * 10000), r[cCust] === '' ? null : r[cCust], r[cCountry]]);
      }
      insert.free();
      db.run('COMMIT');
      text = parsed = null;  // what a user's code would let go of
      t.step('load');
      db.run(Q.factsSql('sqlite'));
      t.step('model');
      const q = (sql) => {
        const res = db.exec(sql);
        if (!res.length) return [];
        const { columns, values } = res[0];
        return values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i]])));
      };
      const kpis = q(Q.KPIS);
      t.step('kpis');
      const monthly = q(Q.MONTHLY);
      t.step('monthly');
      const cohorts = q(Q.COHORTS);
      t.step('cohorts');
      const rfm = q(Q.RFM);
      t.step('rfm');
      return { kpis, monthly, cohorts, rfm };
    },
  },
};

async function run(file, t0) {
  const engine = engines[engineName];
  const t = stepTimer(t0);
  const rows = await engine.run(file, t);
  const figures = Q.shapeFigures(rows);
  drawDashboard(document.getElementById('canvas'), figures);
  await nextFrame();  // the frame with the drawing
  t.step('draw');
  const total = performance.now() - t0;
  return { steps: t.steps, total_ms: total, figures, version: engine.version, input_bytes: file.size };
}

const engine = engines[engineName];
if (!engine) {
  bench.state = 'error';
  bench.error = 'unknown engine ' + engineName;
} else {
  engine.boot().then(() => {
    bench.boot_ms = performance.now();
    bench.state = 'ready';
  }, (e) => {
    bench.state = 'error';
    bench.error = 'boot: ' + (e && e.stack || e);
  });
  document.getElementById('file-input').addEventListener('change', (e) => {
    const t0 = performance.now();
    bench.state = 'running';
    run(e.target.files[0], t0).then((r) => {
      bench.result = r;
      bench.state = 'done';
    }, (err) => {
      bench.state = 'error';
      bench.error = String(err && err.stack || err);
    });
  });
}
