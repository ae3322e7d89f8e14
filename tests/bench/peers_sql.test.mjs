// The peers' SQL (bench/browser/analysis_sql.js), run by DuckDB-WASM and by
// sql.js + papaparse in headless Chromium exactly as the benchmark runs them,
// on tests/data/csv/rfm_score_ties.csv. Every expected value below is worked
// out by hand from that file (see the comments); none comes from an engine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, serveSite } from '../../bench/lib/site.mjs';
import { launchChromium } from '../../bench/lib/chromium.mjs';
import { runPeer } from '../../bench/lib/run_peer.mjs';
import { fromPeer } from '../../bench/lib/agreement.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(ROOT, 'tests/data/csv/rfm_score_ties.csv');

// 18 rows: one exact duplicate (a line of 1001), one excluded stock
// adjustment (1015, price 0), two returns (C1014: 1 x 5.00; 1016: quantity
// -2 x 2.50), one guest sale (1013, 50.00), 13 sale orders by 6 customers.
const EXPECTED = {
  kpis: {
    // 22.50 + 12.75 + 20.00 + 8.40 + 7.125 + 19.98 + 3.00 + 7.50 + 30.00
    // + 6.00 + 6.00 + 8.50 + 50.00 = 201.755 -> 201.76 (half away from zero)
    revenue: 20176,
    orders: 13,
    customers: 6,            // 101..106; the guest does not count
    aov: 1552,               // 201.755 / 13 = 15.5196... -> 15.52
    units: 36,
    return_value: 1000,      // 5.00 + 5.00
  },
  monthly: [
    { month: '2024-01', revenue: 6725, orders: 5, customers: 4 },  // 1001 1002 1003 1010 1011
    { month: '2024-02', revenue: 4401, orders: 4, customers: 4 },  // 44.005 -> 44.01
    { month: '2024-03', revenue: 9050, orders: 4, customers: 3 },  // 1013 is the guest's
  ],
  cohorts: [
    // January: 101 102 103 106; in February 101 and 106 buy, in March 101 and 102.
    { cohort: '2024-01', size: 4, active: [4, 2, 2] },
    // February: 104 105; in March 104 buys.
    { cohort: '2024-02', size: 2, active: [2, 1] },
  ],
  rfm: {
    // The last sale is the guest's on 2024-03-31: the snapshot is the day after.
    // Recency (days to 04-01) / frequency: 101 12/3, 102 12/2, 103 67/1,
    // 104 7/2, 105 33/1, 106 56/3. N = 6, score = 1 + floor(5 w / 6) where
    // w = customers strictly worse: R 104:5->5, 101,102:3->3 (a tie, one
    // score), 105:2->2, 106:1->1, 103:0->1; F 3:4->4, 2:2->2, 1:0->1.
    snapshot_date: '2024-04-01',
    segments: {
      loyal: { customers: 1, revenue: 3840 },               // 101 R3 F4: 22.50 + 8.40 + 7.50
      abouttosleep: { customers: 1, revenue: 1575 },        // 102 R3 F2: 12.75 + 3.00
      hibernating: { customers: 2, revenue: 3998 },         // 103 R1 F1 20.00, 105 R2 F1 19.98
      potentialloyalists: { customers: 1, revenue: 3713 },  // 104 R5 F2: 7.125 + 30.00 -> 37.13
      atrisk: { customers: 1, revenue: 2050 },              // 106 R1 F4: 6.00 + 6.00 + 8.50
    },
  },
};

let env, server;
before(async () => {
  const site = buildSite(ROOT);
  const s = await serveSite(site);
  server = s.server;
  env = { ...(await launchChromium()), base: s.url };
});
after(async () => {
  await env.browser.close();
  server.close();
});

for (const engine of ['duckdb', 'sqljs']) {
  test(`${engine} computes the hand-worked figures of rfm_score_ties.csv`, async () => {
    const r = await runPeer(env, engine, FIXTURE, { timeoutMs: 60000 });
    const got = fromPeer(r.figures);
    assert.deepEqual(got.kpis, EXPECTED.kpis);
    assert.deepEqual(got.monthly, EXPECTED.monthly);
    assert.deepEqual(got.cohorts, EXPECTED.cohorts);
    assert.deepEqual(got.rfm, EXPECTED.rfm);
    assert.deepEqual(r.foreign, [], 'every request stays on 127.0.0.1');
    assert.deepEqual(r.problems, []);
    for (const step of ['read', 'load', 'model', 'kpis', 'monthly', 'cohorts', 'rfm', 'draw'])
      assert.ok(r.steps[step] >= 0, `${engine} timed its ${step} step`);
  });
}
