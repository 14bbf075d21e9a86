// Faults during storage, on real Neo4j: the server killed in the middle of an ingest, the ingest
// process killed with SIGKILL, two ingests of overlapping files at once, and small groups of new
// reports per transaction. Each time the
// database ends with no half-loaded document and no duplicate: the same counts as one clean
// ingest of the same files.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect, type Database } from '../cypher/database.js';
import { type EmbeddedNeo4j, startEmbeddedNeo4j } from '../cypher/embedded-server.js';
import { loadExtractions } from '../cypher/load-graph.js';
import type { Extraction } from '../graph/types.js';
import { CORPUS, clearDatabase, countGraph, extractFile, openTestDatabase, ROOT } from './helpers.js';

const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(CORPUS, f));
const extractions: Extraction[] = files.map((f) => extractFile(f));
const db: Database = await openTestDatabase();
afterAll(() => db.close());

async function incompleteDocuments(database: Database): Promise<number> {
  const result = await database.driver.executeQuery(
    'MATCH (d:Document) WHERE NOT d.complete RETURN count(d) AS c',
    {},
    { database: database.name },
  );
  return Number(result.records[0]?.get('c'));
}

async function cleanCounts(subset: Extraction[] = extractions) {
  await clearDatabase(db);
  await loadExtractions(db, subset);
  return countGraph(db);
}

describe('Neo4j stopped in the middle of an ingest', () => {
  const storeDir = mkdtempSync(join(tmpdir(), 'govkg-fault-'));
  const serverDir = join(ROOT, 'cypher', 'server');
  let server: EmbeddedNeo4j | null = null;
  afterAll(async () => {
    await server?.stop();
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('reports what was stored, keeps no half document, and a re-run completes', { timeout: 300_000 }, async () => {
    const expected = await cleanCounts();
    server = await startEmbeddedNeo4j({ serverDir, storeDir });
    // Not retried: the killed server does not come back, and the driver's retries would only wait.
    let driver = await connect(server.uri, server.user, server.password, 'neo4j', 0);
    let own: Database = { driver, name: 'neo4j', uri: server.uri, close: () => driver.close() };
    const running = server;
    const summaries = await loadExtractions(own, extractions, {
      onDocument: (summary) => {
        if (summary.doc === extractions[2]?.document.key.slice('Document:'.length)) running.process.kill('SIGKILL');
      },
    });
    await driver.close().catch(() => undefined);
    expect(summaries.slice(0, 3).map((s) => s.status)).toEqual(['created', 'created', 'created']);
    expect(summaries.slice(3).every((s) => s.status === 'failed' || s.status === 'not stored')).toBe(true);
    expect(summaries.slice(4).every((s) => s.status === 'not stored')).toBe(true);

    server = await startEmbeddedNeo4j({ serverDir, storeDir });
    driver = await connect(server.uri, server.user, server.password, 'neo4j');
    own = { driver, name: 'neo4j', uri: server.uri, close: () => driver.close() };
    const storedDocs = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS c', {}, { database: 'neo4j' });
    expect(Number(storedDocs.records[0]?.get('c'))).toBe(3);
    expect(await incompleteDocuments(own)).toBe(0);
    const again = await loadExtractions(own, extractions);
    expect(again.map((s) => s.status)).toEqual([
      ...Array(3).fill('unchanged'),
      ...Array(extractions.length - 3).fill('created'),
    ]);
    expect(await countGraph(own)).toEqual(expected);
    await driver.close();
  });
});

describe('the ingest process killed with SIGKILL', () => {
  it('leaves whole documents only, and the next run gives the same graph as a clean ingest', async () => {
    const expected = await cleanCounts();
    await clearDatabase(db);
    const { uri, password } = inject('neo4j');
    const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password };
    const bin = join(ROOT, 'bin', 'govkg.js');
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, [bin, 'ingest', CORPUS], { cwd: ROOT, env });
      let log = '';
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if ((log.match(/: created/g)?.length ?? 0) >= 2) child.kill('SIGKILL');
      });
      child.once('exit', (code, signal) =>
        signal === 'SIGKILL' ? done() : fail(new Error(`ingest ended on its own (${code}): ${log}`)),
      );
    });
    expect(await incompleteDocuments(db)).toBe(0);
    const finish = spawn(process.execPath, [bin, 'ingest', CORPUS], { cwd: ROOT, env });
    expect(await new Promise((done) => finish.once('exit', done))).toBe(0);
    expect(await countGraph(db)).toEqual(expected);
  });
});

describe('two ingests of overlapping files at the same time', () => {
  // In groups, new reports' own nodes are created, not merged: the one of two ingests that stores
  // a report second fails its group on the key constraint and stores it again alone.
  it.each([1, 3])('give the same graph as one ingest (%i new reports per transaction)', async (groupSize) => {
    const expected = await cleanCounts();
    await clearDatabase(db);
    const first = extractions.slice(0, 6);
    const second = extractions.slice(3);
    const other = await openTestDatabase();
    try {
      const results = await Promise.all([
        loadExtractions(db, first, { groupSize }),
        loadExtractions(other, second, { groupSize }),
      ]);
      expect(results.flat().every((s) => s.status !== 'failed')).toBe(true);
    } finally {
      await other.close();
    }
    expect(await incompleteDocuments(db)).toBe(0);
    expect(await countGraph(db)).toEqual(expected);
  });
});

/** Every relationship as its type, end keys and the documents stating it, sorted. */
async function relationshipList(database: Database): Promise<string[]> {
  const result = await database.driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) + ' ' + a.key + ' ' + b.key + ' ' + reduce(s = '', d IN coalesce(r.docs, []) | s + d + ',') AS line
     ORDER BY line`,
    {},
    { database: database.name },
  );
  return result.records.map((r) => String(r.get('line')));
}

describe('groups of new reports stored one transaction each', () => {
  it('give the same graph as one report per transaction, recorded in order', async () => {
    await clearDatabase(db);
    await loadExtractions(db, extractions);
    const expected = await relationshipList(db);
    const counts = await countGraph(db);
    await clearDatabase(db);
    // Groups of two: the reports of the corpus share agencies and programs between groups.
    const summaries = await loadExtractions(db, extractions, { groupSize: 2 });
    expect(summaries.map((s) => s.status)).toEqual(extractions.map(() => 'created'));
    expect(summaries.map((s) => s.doc)).toEqual(extractions.map((x) => x.document.key.slice('Document:'.length)));
    expect(await incompleteDocuments(db)).toBe(0);
    expect(await countGraph(db)).toEqual(counts);
    expect(await relationshipList(db)).toEqual(expected);
  });
});
