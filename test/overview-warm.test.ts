// The overview of all reports computed ahead, on the real embedded Neo4j: ready after start
// without a request, computed again without a request once a report is added or removed, and
// shared by the requests that arrive while it is computed; the first answers kept between starts.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { readOverview } from '../cypher/overview.js';
import { removeDocument } from '../cypher/remove-document.js';
import { createApp } from '../web/server/app.js';
import { createLayoutPool } from '../web/server/layout-pool.js';
import { createOverviewCache, FIRST_VIEW } from '../web/server/overview-cache.js';
import { CORPUS, clearDatabase, extractFile, openTestDatabase, REFERENCE, REFERENCE_ID, ROOT } from './helpers.js';

const db: Database = await openTestDatabase();
const SECOND = join(CORPUS, '01_shenzhen-guangming_2021_fzzf-report.txt');

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(db, [extractFile(REFERENCE)]);
});
afterAll(async () => {
  await db.close();
});

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const keysOf = (graph: { nodes: { key: string }[] }) => graph.nodes.map((n) => n.key).sort();

describe('the overview computed ahead', { timeout: 180_000 }, () => {
  it('is ready after start and after each change of the reports, without a request; requests meanwhile share it', async () => {
    const layouts = createLayoutPool();
    const overviews = createOverviewCache(db, layouts, { pollMs: 100 });
    try {
      await until(() => overviews.computed === 1, 'the first view is computed after start');
      const first = await overviews.get(FIRST_VIEW);
      expect(overviews.computed).toBe(1);
      expect(first.reports).toBe(1);
      expect(keysOf(first)).toEqual(keysOf(await readOverview(db)));
      expect(first.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);

      // A report stored by another client of the store: computed ahead again, no request needed.
      const [added] = await loadExtractions(db, [extractFile(SECOND)]);
      await until(() => overviews.computed === 2, 'the first view is computed after a report is added');
      const second = await overviews.get(FIRST_VIEW);
      expect(overviews.computed).toBe(2);
      expect(second.reports).toBe(2);
      expect(keysOf(second)).toEqual(keysOf(await readOverview(db)));
      expect(keysOf(second)).not.toEqual(keysOf(first));

      // The first report removed (the store now differs from every earlier state), then asked for
      // at once, twice, while computed ahead: one computation, one answer.
      await removeDocument(db, REFERENCE_ID);
      const [a, b] = await Promise.all([overviews.get(FIRST_VIEW), overviews.get(FIRST_VIEW), overviews.warm()]);
      expect(a).toBe(b);
      expect(a?.reports).toBe(1);
      expect(overviews.computed).toBe(3);
      expect(keysOf(a as { nodes: { key: string }[] })).toEqual(keysOf(await readOverview(db)));
      expect(keysOf(a as { nodes: { key: string }[] })).not.toEqual(keysOf(first));
      expect(added?.status).toBe('created');
      // Another scope is computed on request, not ahead.
      expect((await overviews.get({ from: 1990, to: 1990 })).nodes).toEqual([]);
      expect(overviews.computed).toBe(4);
    } finally {
      await overviews.close();
      await layouts.close();
    }
  });

  it('serves the answer computed ahead and closes while a computation is under way', async () => {
    const app = createApp(db, { queryTimeoutMs: 60_000, rowCap: 1000, root: ROOT, overviewPollMs: 100 });
    const response = await app.inject({ method: 'GET', url: '/api/overview' });
    expect(response.statusCode).toBe(200);
    expect(response.json().reports).toBe(1);
    await app.close();
    const closing = createApp(db, { queryTimeoutMs: 60_000, rowCap: 1000, root: ROOT, overviewPollMs: 100 });
    await closing.close();
  });
});

describe('the first answers kept between starts', { timeout: 180_000 }, () => {
  it('are served by a server started again on the unchanged store, and not once the store changed', async () => {
    const keepAnswersIn = join(mkdtempSync(join(tmpdir(), 'govkg-answers-')), 'answers');
    const options = { queryTimeoutMs: 60_000, rowCap: 1000, root: ROOT, keepAnswersIn };
    const get = async (app: ReturnType<typeof createApp>, url: string) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const FIRST = ['/api/overview', '/api/documents', '/api/corpus/jurisdictions'];
    const first = createApp(db, options);
    const before = await Promise.all(FIRST.map((url) => get(first, url)));
    expect(first.overviews.computed).toBe(1);
    await first.close();
    expect(readdirSync(keepAnswersIn).sort()).toEqual(['documents.json', 'jurisdictions.json', 'overview.json']);

    const again = createApp(db, options);
    try {
      expect(await Promise.all(FIRST.map((url) => get(again, url)))).toEqual(before);
      expect(again.overviews.computed).toBe(0);
      // Another report stored: the kept answers are of an older version and are not served.
      await loadExtractions(db, [extractFile(REFERENCE)]);
      const after = await get(again, '/api/overview');
      expect(again.overviews.computed).toBe(1);
      expect(after.reports).toBe(before[0].reports + 1);
      expect((await get(again, '/api/documents')).documents).toHaveLength(before[1].documents.length + 1);
    } finally {
      await again.close();
    }
  });
});
