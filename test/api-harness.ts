// Shared set-up of the API's integration tests on the real embedded Neo4j: the reference report
// stored in a cleared database with `govkg serve`'s app on it, and an app that asks for a token,
// listening on a free loopback port for requests whose target must reach the server as written.

import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { clearDatabase, extractFile, openTestDatabase, REFERENCE, ROOT } from './helpers.js';

export interface ReferenceApi {
  db: Database;
  /** The app (3 s query limit, 1000 rows), for `inject`. */
  app: FastifyInstance;
  /** The id of the stored reference report, once the file's set-up has run. */
  doc(): string;
}

/**
 * Opens the test database with an app on it, and registers the calling file's hooks: before its
 * tests the database holds the reference report alone; after them the app and the driver close.
 */
export async function useReferenceApi(): Promise<ReferenceApi> {
  const db = await openTestDatabase();
  const app = createApp(db, { queryTimeoutMs: 3000, rowCap: 1000, root: ROOT });
  let doc = '';
  beforeAll(async () => {
    await clearDatabase(db);
    const [summary] = await loadExtractions(db, [extractFile(REFERENCE)]);
    doc = summary?.doc ?? '';
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });
  return { db, app, doc: () => doc };
}

/**
 * An app that asks for `token` (bound as 127.0.0.1, 10 rows), listening on a free port while the
 * calling describe block runs. Answers its port, known once its tests start.
 */
export function useGuardedApi(db: Database, token: string): { port(): number } {
  const guarded = createApp(db, { queryTimeoutMs: 3000, rowCap: 10, root: ROOT, apiToken: token, host: '127.0.0.1' });
  let port = 0;
  beforeAll(async () => {
    await guarded.listen({ host: '127.0.0.1', port: 0 });
    port = (guarded.server.address() as AddressInfo).port;
  });
  afterAll(() => guarded.close());
  return { port: () => port };
}
