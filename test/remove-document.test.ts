// Removing a report on the real embedded Neo4j (test/fixtures/corpus-sz): the report's own nodes
// go, entities only it states go, entities other reports state stay with their other evidence;
// removing and adding it again gives the same graph, and removing it gives the graph of the other
// reports alone.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { removeDocument } from '../cypher/remove-document.js';
import { buildGraph } from '../graph/build-graph.js';
import type { Extraction } from '../graph/types.js';
import { extractDocument } from '../ingest/pipeline.js';
import { documentId } from '../ingest/read-report.js';
import { clearDatabase, countGraph, openTestDatabase, ROOT } from './helpers.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'corpus-sz');
const files = readdirSync(FIXTURE)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(FIXTURE, f));
const text = (file: string) => readFileSync(file, 'utf8');
const extract = (file: string): Extraction => extractDocument({ id: documentId(text(file)), file, text: text(file) });

// The removed report: 宝安区, delivered 2020. Read in the texts: the 五个一工程 (the national
// programme for cultural works, whose award a 宝安 work won in 2020 and in 2023) is stated in it and
// in the 2023 report only; 宝企帮百村 (启动“宝企帮百村”) in it alone.
const REMOVED = files.find((f) => f.endsWith('_2020.txt')) ?? '';
const OTHER = files.find((f) => f.includes('宝安区') && f.endsWith('_2023.txt')) ?? '';
const SHARED = 'Program:五个一工程';
const ONLY_REMOVED = 'Program:宝企帮百村';

const db: Database = await openTestDatabase();
const extractions = files.map(extract);
const removedId = documentId(text(REMOVED));
const otherId = documentId(text(OTHER));

interface Snapshot {
  nodes: string[];
  relationships: string[];
}

/** Every node key with its name, and every relationship (type, ends, the sorted documents that state it). */
async function snapshot(): Promise<Snapshot> {
  const q = async (cypher: string) =>
    (await db.driver.executeQuery(cypher, {}, { database: db.name })).records.map((r) => String(r.get('x')));
  return {
    nodes: (await q("MATCH (n) RETURN n.key + ' ' + coalesce(n.name, '') AS x")).sort(),
    relationships: (
      await q(`MATCH (a)-[r]->(b)
               RETURN type(r) + ' ' + a.key + ' -> ' + b.key + ' ' + reduce(s = '', d IN coalesce(r.docs, []) | s + ',' + d) AS x`)
    )
      .map((line) => {
        // The order of a relationship's documents is the order they were loaded in.
        const at = line.lastIndexOf(' ');
        return `${line.slice(0, at)} ${line
          .slice(at + 1)
          .split(',')
          .filter(Boolean)
          .sort()
          .join(',')}`;
      })
      .sort(),
  };
}

async function mentionedIn(key: string): Promise<string[]> {
  const result = await db.driver.executeQuery(
    'MATCH (:Program {key: $key})-[:MENTIONED_IN]->(s:Section) RETURN DISTINCT s.doc AS doc ORDER BY doc',
    { key },
    { database: db.name },
  );
  return result.records.map((r) => String(r.get('doc')));
}

let all: Snapshot;
beforeAll(async () => {
  await clearDatabase(db);
  const summaries = await loadExtractions(db, extractions);
  expect(summaries.map((s) => s.status)).toEqual(files.map(() => 'created'));
  all = await snapshot();
}, 600_000);
afterAll(() => db.close());

/** Name and aliases of every shared entity stored, by key. */
async function storedNames(): Promise<Map<string, string[]>> {
  const result = await db.driver.executeQuery(
    'MATCH (n) WHERE n:Agency OR n:Program OR n:Regulation RETURN n.key AS key, n.name AS name, n.aliases AS aliases',
    {},
    { database: db.name },
  );
  return new Map(result.records.map((r) => [r.get('key'), [r.get('name'), ...[...r.get('aliases')].sort()]]));
}

/** The same, of the graph `govkg extract` builds from `of`. */
function builtNames(of: Extraction[]): Map<string, string[]> {
  const graph = buildGraph(of);
  const names = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'Agency' || a.kind === 'Program' || a.kind === 'Regulation')
      names.set(key, [a.name, ...[...(a.aliases ?? [])].sort()]);
  });
  return names;
}

describe('removeDocument', { timeout: 600_000 }, () => {
  it('names each shared entity as the graph file does: by the name most reports give it', async () => {
    const stored = await storedNames();
    const built = builtNames(extractions);
    expect(stored.size).toBe(built.size);
    // Entities the reports call by different names: the check below is not about one name each.
    const renamed = [...built.values()].filter(([, ...aliases]) => aliases.length > 0);
    expect(renamed.length).toBeGreaterThan(10);
    for (const [key, names] of built) expect([key, stored.get(key)]).toEqual([key, names]);
  });

  it('takes the report away and keeps what other reports state', async () => {
    // The texts say so, before the graph is asked.
    for (const file of files) expect(text(file).includes('五个一工程')).toBe(file === REMOVED || file === OTHER);
    for (const file of files) expect(text(file).includes('宝企帮百村')).toBe(file === REMOVED);
    expect(await mentionedIn(SHARED)).toEqual([removedId, otherId].sort());
    expect(await mentionedIn(ONLY_REMOVED)).toEqual([removedId]);

    const before = await countGraph(db);
    const summary = await removeDocument(db, `Document:${removedId}`);
    expect(summary.doc).toBe(removedId);
    expect(summary.file).toBe(REMOVED);
    const after = await countGraph(db);
    expect(after.nodes).toBe(before.nodes - summary.nodesDeleted);
    expect(after.relationships).toBe(before.relationships - summary.relationshipsDeleted);
    expect(summary.nodesDeleted).toBeGreaterThan(100);

    expect(await mentionedIn(SHARED)).toEqual([otherId]);
    const gone = await db.driver.executeQuery(
      `OPTIONAL MATCH (p {key: $only}) WITH count(p) AS only
       OPTIONAL MATCH (d:Document {key: $doc}) WITH only, count(d) AS documents
       OPTIONAL MATCH (n) WHERE n.doc = $id WITH only, documents, count(n) AS own
       OPTIONAL MATCH ()-[r]->() WHERE $id IN r.docs
       RETURN only, documents, own, count(r) AS stating`,
      { only: ONLY_REMOVED, doc: `Document:${removedId}`, id: removedId },
      { database: db.name },
    );
    const row = gone.records[0]?.toObject();
    expect(Object.values(row ?? {}).map(Number)).toEqual([0, 0, 0, 0]);
  });

  it('answers NOT_FOUND for a document not stored, and changes nothing', async () => {
    const before = await snapshot();
    await expect(removeDocument(db, removedId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeDocument(db, '0123456789abcdef')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the graph the other reports make alone, and gives the same graph when added again', async () => {
    const without = await snapshot();
    const removedExtraction = extractions[files.indexOf(REMOVED)];
    if (!removedExtraction) throw new Error('no extraction of the removed report');
    const [added] = await loadExtractions(db, [removedExtraction]);
    expect(added?.status).toBe('created');
    expect(await snapshot()).toEqual(all);

    await clearDatabase(db);
    await loadExtractions(
      db,
      extractions.filter((_, i) => files[i] !== REMOVED),
    );
    expect(await snapshot()).toEqual(without);
  });
});
