// Console queries cannot starve the app's reads, on the real embedded Neo4j: the console gate
// refuses a third bomb while search, a view and a cheap read answer; the watchdog stops a console
// query over its CPU budget and runs a long one's thread at nice 19 until it ends.

import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { runReadQuery } from '../cypher/queries.js';
import { createApp } from '../web/server/app.js';
import { clearDatabase, extractFile, openTestDatabase, REFERENCE, ROOT } from './helpers.js';

const db: Database = await openTestDatabase();

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(db, [extractFile(REFERENCE)]);
});
afterAll(() => db.close());

const BOMB = 'RETURN reduce(s = 0, i IN range(1, 4000000000) | s + i) AS s';
/** Counts rows one by one, so Neo4j's termination mark stops it and its thread lives on. */
const LONG_SCAN = 'UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS n';

/** Nice values of the Neo4j process's threads, from /proc/<pid>/task/<tid>/stat. */
function javaThreadNices(): number[] {
  const pid = inject('neo4j').pid;
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return [Number(fields[16])];
    } catch {
      return [];
    }
  });
}

const waitUntil = async (check: () => boolean, ms: number) => {
  for (const until = Date.now() + ms; Date.now() < until && !check(); ) {
    await new Promise((done) => setTimeout(done, 50));
  }
  return check();
};

describe("console queries leave the CPU to the app's reads", () => {
  it('answers a third concurrent bomb CONSOLE_BUSY with Retry-After, while search, a view and a cheap read answer', async () => {
    const gated = createApp(db, {
      queryTimeoutMs: 3000,
      rowCap: 100,
      root: ROOT,
      consoleSlots: 1,
      consoleQueue: 1,
      consoleBurstMs: 300,
    });
    try {
      // Planned once beforehand: what is measured is the wait behind console queries, not a cold plan.
      const search = () => gated.inject({ method: 'GET', url: '/api/search?q=%E5%86%AC%E5%A5%A5' });
      const view = () => gated.inject({ method: 'POST', url: '/api/templates/regulations-cited', payload: {} });
      const cheap = () =>
        gated.inject({
          method: 'POST',
          url: '/api/cypher',
          payload: { query: 'MATCH (r:Regulation) RETURN r.name AS name LIMIT 5' },
        });
      await Promise.all([search(), view(), cheap()]);
      const bomb = () =>
        gated.inject({ method: 'POST', url: '/api/cypher', payload: { query: BOMB } }).then((r) => r.statusCode);
      const first = bomb();
      await new Promise((done) => setTimeout(done, 300));
      const second = bomb();
      await new Promise((done) => setTimeout(done, 1200));
      const started = Date.now();
      const third = await gated.inject({ method: 'POST', url: '/api/cypher', payload: { query: BOMB } });
      expect(third.statusCode).toBe(503);
      expect(third.json().error.code).toBe('CONSOLE_BUSY');
      expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Date.now() - started).toBeLessThan(2000);
      // The app's own queries do not pass through the gate; a short console read runs at once.
      const reads = Date.now();
      expect((await search()).statusCode).toBe(200);
      expect((await view()).statusCode).toBe(200);
      expect((await cheap()).statusCode).toBe(200);
      const readsDone = Date.now();
      // The first bomb ends at its limit, the second then runs in the freed slot to its own: the
      // reads did not wait for either.
      expect(await first).toBe(504);
      expect(await second).toBe(504);
      expect(Date.now() - readsDone).toBeGreaterThan(2000);
      expect(readsDone - reads).toBeLessThan(5000);
    } finally {
      await gated.close();
    }
  });

  it('stops a console query past its CPU budget, long before its time limit: 400 QUERY_CPU_LIMIT', async () => {
    const budgeted = createApp(db, { queryTimeoutMs: 30_000, queryCpuMs: 400, rowCap: 10, root: ROOT });
    try {
      const started = Date.now();
      const response = await budgeted.inject({ method: 'POST', url: '/api/cypher', payload: { query: BOMB } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('QUERY_CPU_LIMIT');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await budgeted.close();
    }
  });

  it('runs a long console query at nice 19 and gives its thread back nice 0 when it ends', async () => {
    expect(javaThreadNices().filter((n) => n === 19)).toEqual([]);
    const long = createApp(db, { queryTimeoutMs: 8000, rowCap: 10, root: ROOT });
    try {
      const answer = long.inject({ method: 'POST', url: '/api/cypher', payload: { query: LONG_SCAN } });
      // 100 ms of CPU after planning; on a loaded machine that can take seconds.
      expect(await waitUntil(() => javaThreadNices().includes(19), 7000)).toBe(true);
      expect(javaThreadNices().filter((n) => n === 19)).toHaveLength(1);
      expect((await answer).json().error.code).toBe('QUERY_TIMEOUT');
      expect(await waitUntil(() => !javaThreadNices().includes(19), 1000)).toBe(true);
      // The same query run by the app itself (a view, not the console) keeps its priority.
      const own = runReadQuery(db, LONG_SCAN, {}, { timeoutMs: 1500, rowCap: 10 }).catch((e: unknown) => e);
      await new Promise((done) => setTimeout(done, 1000));
      expect(javaThreadNices().filter((n) => n === 19)).toEqual([]);
      expect(await own).toMatchObject({ code: 'QUERY_TIMEOUT' });
    } finally {
      await long.close();
    }
  });
});
