import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDbEventStore } from '@waymark/analytics';
import type { DuckDbEventStore } from '@waymark/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';
import { generateEventsCsv } from './generate';
import type { Answer } from './questions';
import { assertSameAnswer, QUESTIONS } from './questions';
import type { Baseline } from './sides';
import { baselineLoad, closeBaseline } from './sides';

describe('benchmark questions on a small seeded data set', () => {
  let dir = '';
  let store: DuckDbEventStore;
  let baseline: Baseline;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'waymark-bench-'));
    const csv = join(dir, 'events.csv');
    const rows = await generateEventsCsv({ users: 3000, eventsPerUser: 10, seed: 7, out: csv });
    expect(rows).toBeGreaterThan(20_000);
    store = await openDuckDbEventStore();
    const report = await store.ingestFile(csv);
    expect(report.inserted).toBe(rows);
    baseline = await baselineLoad(csv, ':memory:');
  });

  afterAll(async () => {
    await store.close();
    closeBaseline(baseline);
    await rm(dir, { recursive: true, force: true });
  });

  for (const question of QUESTIONS) {
    it(`gives the same ${question.key} answer from Waymark and from the SQL baseline`, async () => {
      const waymark = await question.waymark(store);
      const sql = await question.sql(baseline.connection);
      expect(Object.keys(sql).length).toBeGreaterThan(0);
      expect(sql).toEqual(waymark);
      expect(() => assertSameAnswer(question.title, waymark, sql)).not.toThrow();
    });
  }

  it('reaches every funnel step with fewer or as many users as the step before', async () => {
    const funnel = QUESTIONS.find((question) => question.key === 'funnel');
    const answer = await funnel?.sql(baseline.connection);
    const users = Object.values(answer ?? {}).map(Number);
    expect(users).toHaveLength(5);
    expect(users[4]).toBeGreaterThan(0);
    users.slice(1).forEach((count, i) => expect(count).toBeLessThanOrEqual(users[i] ?? 0));
  });
});

describe('assertSameAnswer', () => {
  const answer: Answer = { 'step 1 users': 10, 'step 2 users': 4 };

  it('names each differing figure with both values', () => {
    expect(() => assertSameAnswer('funnel', answer, { ...answer, 'step 2 users': 5 })).toThrow(
      /step 2 users: Waymark 4, SQL 5/,
    );
    expect(() => assertSameAnswer('funnel', answer, { 'step 1 users': 10 })).toThrow(/SQL \(missing\)/);
  });

  it('refuses two empty answers', () => {
    expect(() => assertSameAnswer('paths', {}, {})).toThrow(/both answers are empty/);
  });
});

describe('parseBenchArgs', () => {
  it('defaults to the full 1M-user run and reads --users', () => {
    expect(parseBenchArgs([]).users).toBe(1_000_000);
    expect(parseBenchArgs(['--users', '100000', '--runs', '3'])).toMatchObject({ users: 100_000, runs: 3 });
  });

  it('rejects unknown options and invalid numbers with the usage text', () => {
    expect(() => parseBenchArgs(['--user', '5'])).toThrow(/usage: npm run bench/);
    expect(() => parseBenchArgs(['--users', 'many'])).toThrow(/--users/);
    expect(() => parseBenchArgs(['--users', '10'])).toThrow(/--users/);
  });
});
