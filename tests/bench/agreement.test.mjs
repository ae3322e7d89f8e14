// The benchmark's agreement check (bench/lib/agreement.mjs) and the money
// rounding the peers share with starcart (bench/browser/analysis_sql.js):
// a check that cannot see a difference would let the benchmark compare
// engines that compute different things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e4ToCents, fromPeer, fromStarcart, compareEngines, describe, differences } from '../../bench/lib/agreement.mjs';
import { divRound, monthKey, isoDay } from '../../bench/browser/analysis_sql.js';

test('money at 1/10,000 rounds to cents half away from zero', () => {
  assert.equal(e4ToCents(2017550), 20176);   // 201.755 -> 201.76
  assert.equal(e4ToCents(2017549), 20175);   // 201.7549 -> 201.75
  assert.equal(e4ToCents(-50), -1);          // -0.005 -> -0.01
  assert.equal(e4ToCents(-49), 0);
  assert.equal(e4ToCents(0), 0);
});

test('averages round half away from zero, like starcart div_round', () => {
  assert.equal(divRound(2017550, 13), 155196);  // 155196.15...
  assert.equal(divRound(15, 2), 8);             // 7.5 -> 8
  assert.equal(divRound(-15, 2), -8);
  assert.equal(divRound(14, 4), 4);             // 3.5 -> 4
  assert.equal(divRound(13, 4), 3);             // 3.25 -> 3
  assert.equal(divRound(5, 0), 0);
  assert.equal(divRound(-1, 4), 0);  // -0.25 -> 0, not -0
});

test('month indexes and day numbers print as ISO text', () => {
  assert.equal(monthKey(2024 * 12 + 0), '2024-01');
  assert.equal(monthKey(2023 * 12 + 11), '2023-12');
  assert.equal(isoDay(19814), '2024-04-01');  // 54 years + 13 leap days + 91 days
});

const peer = {
  kpis: { revenue_e4: 2017550, return_e4: 100000, orders: 13, customers: 6, aov_e4: 155196, units: 36 },
  monthly: [{ month: '2024-01', revenue_e4: 672500, orders: 5, customers: 4 }],
  cohorts: [{ cohort: '2024-01', size: 4, active: [4, 2, 0], retention: [1, 0.5, 0] }],
  rfm: { snapshot_date: '2024-04-01', segments: [{ name: "Can't Lose", customers: 2, revenue_e4: 399800 }] },
};
const starcartReport = {
  kpis: { revenue: 201.76, orders: 13, customers: 6, aov: 15.52, units: 36, return_value: 10 },
  monthly: [{ month: '2023-12', revenue: 0, orders: 0, customers: 0 }, { month: '2024-01', revenue: 67.25, orders: 5, customers: 4 }],
};

test('a peer and starcart in the same form: cents, no empty months, no trailing zero offsets', () => {
  const p = fromPeer(peer);
  const s = fromStarcart(starcartReport);
  assert.deepEqual(p.kpis, { revenue: 20176, orders: 13, customers: 6, aov: 1552, units: 36, return_value: 1000 });
  assert.deepEqual(s.kpis, p.kpis);
  assert.deepEqual(s.monthly, p.monthly);           // starcart's empty 2023-12 is dropped
  assert.deepEqual(p.cohorts, [{ cohort: '2024-01', size: 4, active: [4, 2] }]);
  assert.deepEqual(Object.keys(p.rfm.segments), ['cantlose']);  // names matched without case or punctuation
  assert.equal(s.cohorts, undefined);
  assert.equal(s.rfm, undefined);
});

test('sections a report does not carry are "not compared", never agreeing', () => {
  const result = compareEngines({ starcart: fromStarcart(starcartReport), duckdb: fromPeer(peer), sqljs: fromPeer(peer) });
  const bySection = Object.fromEntries(result.map((r) => [r.section, r]));
  assert.equal(bySection.kpis.agree, true);
  assert.deepEqual(bySection.kpis.compared, ['starcart', 'duckdb', 'sqljs']);
  assert.deepEqual(bySection.rfm.compared, ['duckdb', 'sqljs']);
  assert.match(bySection.rfm.missing.starcart, /no "rfm" section/);
  const text = describe(result).join('\n');
  assert.match(text, /cohorts: duckdb, sqljs agree; starcart: not compared/);
});

test('one order, one cent or one segment member apart is a difference', () => {
  const other = structuredClone(peer);
  other.kpis.orders = 14;
  other.kpis.revenue_e4 += 100;
  other.rfm.segments[0].customers = 3;
  const result = compareEngines({ duckdb: fromPeer(peer), sqljs: fromPeer(other) });
  const kpis = result.find((r) => r.section === 'kpis');
  assert.equal(kpis.agree, false);
  assert.deepEqual(kpis.differences[0].first, ['revenue: 20176 != 20177', 'orders: 13 != 14']);
  assert.equal(result.find((r) => r.section === 'rfm').agree, false);
  assert.equal(result.find((r) => r.section === 'monthly').agree, true);
  assert.match(describe(result)[0], /^kpis: DIFFER duckdb vs sqljs: revenue/);
});

test('differences walks arrays and objects and names the path', () => {
  assert.deepEqual(differences({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), ['a.1.b: 2 != 3']);
  assert.deepEqual(differences([1, 2], [1, 2, 3]), ['2: undefined != 3']);
  assert.deepEqual(differences({ x: 1 }, { x: 1 }), []);
});
