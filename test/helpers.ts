// Shared helpers of the integration tests: a Database on the embedded Neo4j of the global
// setup, emptying it, the reference report's extraction, and the address a spawned serve prints.

import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { connect, type Database } from '../cypher/database.js';
import type { Extraction } from '../graph/types.js';
import { extractDocument } from '../ingest/pipeline.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
export const REFERENCE_ID = '00_beijing-yanqing_2021_fzzf-report';
export const REFERENCE = join(CORPUS, `${REFERENCE_ID}.txt`);

export async function openTestDatabase(): Promise<Database> {
  const { uri, user, password } = inject('neo4j');
  const driver = await connect(uri, user, password, 'neo4j');
  return { driver, name: 'neo4j', uri, close: () => driver.close() };
}

export async function clearDatabase(db: Database): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.name });
}

export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const nodes = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database: db.name });
  const rels = await db.driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c', {}, { database: db.name });
  return { nodes: Number(nodes.records[0]?.get('c')), relationships: Number(rels.records[0]?.get('c')) };
}

/**
 * The extraction of a report file under a given id (default: the file name without extension).
 * Another id stands for another file beside it, since the loader replaces the document last read
 * from the same file.
 */
export function extractFile(file: string, id?: string, transform: (text: string) => string = (t) => t): Extraction {
  const stem = basename(file, extname(file));
  const name = id ?? stem;
  const path = name === stem ? file : join(dirname(file), `${name}${extname(file)}`);
  return extractDocument({ id: name, file: path, text: transform(readFileSync(file, 'utf8')) });
}

/**
 * The address `govkg serve` (spawned with piped stdio) prints on standard error once it listens;
 * rejects with what it printed when it exits first.
 */
export function explorerAddress(child: ChildProcessWithoutNullStreams): Promise<string> {
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const address = /govkg explorer: (http:\/\/\S+?)\/?$/m.exec(err);
      if (address?.[1]) resolve(address[1]);
    });
    child.once('exit', (code) => reject(new Error(`govkg serve exited (${code}): ${err}`)));
  });
}
