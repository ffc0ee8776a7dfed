/**
 * A library built for this test, whose figures were worked out by hand
 * (tests/fixtures/known-answers/): six write-ups over Q1 to Q4 2025, a quiet Q3, a near miss,
 * each detection group, changes, and actions open, done and overdue, built as of 15 Nov 2025.
 * Every quarter's figures in /quarters.csv, the quarter pages and /actions.csv must give the
 * answers below.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/csv';
import { astroBuild, root } from './build-site';

const work = mkdtempSync(path.join(root, 'tests/.tmp/known-answers-'));
const site = path.join(work, 'site');
const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
const table = (file: string) => {
  const [header, ...rows] = parseCsv(read(file));
  return rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]])));
};

beforeAll(() => {
  const result = astroBuild(site, { POSTMORTEMS_DIR: 'tests/fixtures/known-answers', POSTMORTEMS_TODAY: '2025-11-15', LIBRARY_CACHE_DIR: path.join(work, 'cache') });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a library with known answers', () => {
  it('gives every quarter\'s figures as worked out by hand', () => {
    const quarters = table('quarters.csv');
    const pick = (row: Record<string, string | undefined>) => [
      row.quarter, row.as_of, row.so_far,
      row.incidents, row.near_misses, row.severe_incidents,
      row.time_to_detect_median_min, row.time_to_detect_p90_min, row.time_to_detect_n,
      row.time_to_resolve_median_min, row.time_to_resolve_p90_min, row.time_to_resolve_n,
      row.actions_done, row.own_actions_overdue,
      row.detected_by_our_monitoring, row.detected_by_customers, row.detected_by_others, row.detection_not_recorded,
      row.started_by_change,
      row.own_actions_open_not_yet_due, row.own_actions_open_overdue_under_30, row.own_actions_open_overdue_30_to_90, row.own_actions_open_overdue_over_90,
      row.hot_causes, row.recurring_causes,
    ];
    expect(quarters.map(pick)).toEqual([
      // Q1: three incidents (SEV2, SEV3, SEV1); detect 10, 120, 20 → median 20, p90 120; resolve 50, 240, 100 → 100, 240.
      // Ana's action done 18 Jan; Ben's, due 1 Mar, overdue on 31 Mar. Monitoring twice, a customer once; two with a change.
      // Today Ben's (259 days) and Cy's (167 days) are open and over 90 days overdue.
      ['2025-Q1', '2025-03-31', 'false', '3', '0', '2', '20', '120', '3', '100', '240', '3', '1', '1', '2', '1', '0', '0', '2', '0', '0', '0', '2', '', ''],
      // Q2: one incident (SEV2, detect 60, resolve 90) and a near miss (resolve 30, no time to detect): resolve median 60, p90 90.
      // Ana's near-miss action done 10 May; her outage action due 15 Jun is overdue on 30 Jun, and 153 days today.
      // The near miss and the outage made capacity recur (four within 180 days).
      ['2025-Q2', '2025-06-30', 'false', '1', '1', '1', '60', '60', '1', '60', '90', '2', '1', '1', '0', '1', '1', '0', '1', '0', '0', '0', '1', '', 'capacity'],
      // Q3: quiet.
      ['2025-Q3', '2025-09-30', 'false', '0', '0', '0', '', '', '0', '', '', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '', ''],
      // Q4 so far: one SEV4 found by a synthetic check (detect 5, resolve 15); Ben's action due 10 Oct is 36 days overdue.
      ['2025-Q4', '2025-11-15', 'true', '1', '0', '0', '5', '5', '1', '15', '15', '1', '0', '1', '1', '0', '0', '0', '0', '0', '0', '1', '0', '', ''],
    ]);
  });

  it('gives the quiet quarter and the current one their pages, saying so', () => {
    expect(read('quarters/2025-q3/index.html')).toContain('No incidents and no near misses: a quiet quarter.');
    const current = read('quarters/2025-q4/index.html');
    expect(current).toContain('(so far, as of 15 Nov 2025)');
    expect(current).toContain('compared with the first 46 days of earlier quarters');
    expect(read('quarters/2025-q3/present/index.html')).toContain('a quiet quarter');
  });

  it('says who told us first and how long each took, per quarter', () => {
    const q1 = read('quarters/2025-q1/index.html').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(q1).toContain('Of the 3 incidents and near misses that say how they were detected.');
    // Our monitoring: 2 of 3, detect 10 and 20 → median 15, p90 20; customers: 120.
    expect(q1).toMatch(/Our monitoring 2 67% 15 min 20 min 2/);
    expect(q1).toContain('Customers 1 33% 2 h 2 h 1');
  });

  it('lists every action with its team and how long it is overdue today', () => {
    const open = table('actions.csv').filter((row) => row.open === 'true').map((row) => [row.incident_id, row.owner_team, row.days_overdue, row.age]);
    expect(open).toEqual([
      ['2025-10-02-billing-delay', 'beta', '36', 'overdue-30-to-90'],
      ['2025-05-05-orders-outage', 'alpha', '153', 'overdue-over-90'],
      ['2025-03-15-billing-config', '', '167', 'overdue-over-90'],
      ['2025-02-10-orders-timeouts', 'beta', '259', 'overdue-over-90'],
    ]);
  });

  it('exports who told us first and the changes with every incident', () => {
    const incidents = table('incident-log.csv').map((row) => [row.id, row.detection, row.changes]);
    expect(incidents).toContainEqual(['2025-04-20-orders-near-miss', 'internal-report', '']);
    expect(incidents).toContainEqual(['2025-01-05-orders-slow', 'monitoring', 'https://example.com/pull/20250105']);
  });
});
