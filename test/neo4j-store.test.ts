// The loader and schema on the real embedded Neo4j: idempotence, replacement of a changed
// document, atomicity under a failure mid-document, and shared entities across documents.

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtraction, loadExtractions } from '../cypher/load-graph.js';
import { ensureSchema } from '../cypher/schema.js';
import { clearDatabase, countGraph, extractFile, openTestDatabase, REFERENCE, REFERENCE_ID } from './helpers.js';

const db: Database = await openTestDatabase();
afterAll(() => db.close());
beforeEach(() => clearDatabase(db));

async function scalar(cypher: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const result = await db.driver.executeQuery(cypher, params, { database: db.name });
  const value = result.records[0]?.get(0);
  return typeof value === 'object' && value !== null && 'toNumber' in value
    ? (value as { toNumber(): number }).toNumber()
    : value;
}

describe('schema', () => {
  it('creates a key constraint per kind and the cjk full-text index, idempotently', async () => {
    await ensureSchema(db);
    await ensureSchema(db);
    const constraints = await db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, type',
      {},
      { database: db.name },
    );
    const labels = constraints.records.filter((r) => r.get('type') === 'UNIQUENESS').map((r) => r.get('label'));
    expect(labels.sort()).toEqual([
      'Agency',
      'Document',
      'Indicator',
      'Jurisdiction',
      'Measure',
      'Metric',
      'Program',
      'Regulation',
      'Section',
    ]);
    const analyzer = await scalar(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' RETURN options.indexConfig['fulltext.analyzer']",
    );
    expect(analyzer).toBe('cjk');
  });
});

describe('loading the reference report', () => {
  it('stores every node and relationship of the extraction', async () => {
    const extraction = extractFile(REFERENCE);
    const [summary] = await loadExtractions(db, [extraction]);
    expect(summary?.status).toBe('created');
    const counts = await countGraph(db);
    expect(counts.nodes).toBe(extraction.nodes.length);
    expect(counts.relationships).toBe(extraction.edges.length);
    expect(await scalar('MATCH (d:Document {key: $key}) RETURN d.complete', { key: `Document:${REFERENCE_ID}` })).toBe(
      true,
    );
  });

  it('stores numbers as numbers, aliases as lists and the publication date as a date', async () => {
    await loadExtractions(db, [extractFile(REFERENCE)]);
    expect(await scalar("MATCH (m:Metric) WHERE m.unit = '%' AND m.value = 95.58 RETURN count(m)")).toBe(1);
    expect(await scalar('MATCH (d:Document) RETURN valueType(d.published)')).toMatch(/^DATE/);
    // Where and when the report is: its jurisdiction chain, and the years it reviews and was delivered in.
    expect(await scalar('MATCH (d:Document) RETURN [d.units, d.divisionCode]')).toEqual([
      ['北京市', '延庆区'],
      '110119',
    ]);
    expect(await scalar('MATCH (d:Document) RETURN d.reviewedYear')).toBe(2021);
    expect(await scalar('MATCH (d:Document) RETURN d.deliveredYear')).toBe(2022);
    expect(await scalar('MATCH (d:Document) RETURN valueType(d.deliveredYear)')).toMatch(/^INTEGER/);
    expect(await scalar('MATCH (s:Section) RETURN valueType(s.level) LIMIT 1')).toMatch(/^INTEGER/);
    expect(await scalar("MATCH (a:Agency {name: '延庆区人民政府'}) RETURN valueType(a.aliases)")).toMatch(
      /^LIST<STRING/,
    );
  });

  it('keeps which doers and issuers are only implied, and the part a body plays in a measure', async () => {
    const extraction = extractFile(REFERENCE);
    await loadExtractions(db, [extraction]);
    const doing = extraction.edges.filter(
      (e) => e.attributes.kind === 'CARRIES_OUT' && e.target.startsWith('Measure:'),
    );
    const implied = doing.filter((e) => e.attributes.default).length;
    const stated = doing.length - implied;
    expect(implied).toBeGreaterThan(0);
    expect(stated).toBeGreaterThan(0);
    expect(await scalar('MATCH ()-[r:CARRIES_OUT]->(:Measure) WHERE r.default RETURN count(r)')).toBe(implied);
    expect(await scalar('MATCH ()-[r:CARRIES_OUT]->(:Measure) WHERE NOT r.default RETURN count(r)')).toBe(stated);
    const roles = extraction.edges.filter((e) => e.attributes.kind === 'INVOLVES' && e.attributes.role === 'founded');
    expect(roles.length).toBeGreaterThan(0);
    expect(await scalar("MATCH (:Measure)-[r:INVOLVES {role: 'founded'}]->(:Agency) RETURN count(r)")).toBe(
      roles.length,
    );
  });

  it('is idempotent: a second load of the same report changes nothing', async () => {
    const extraction = extractFile(REFERENCE);
    await loadExtractions(db, [extraction]);
    const before = await countGraph(db);
    const [again] = await loadExtractions(db, [extraction]);
    expect(again?.status).toBe('unchanged');
    const [forced] = await loadExtractions(db, [extraction], { force: true });
    expect(forced?.status).toBe('updated');
    expect(await countGraph(db)).toEqual(before);
  });

  it('replaces a changed version and keeps what another document shares', async () => {
    const original = extractFile(REFERENCE);
    const other = extractFile(REFERENCE, 'other-report', (t) => t.replace(/延庆/g, '怀柔'));
    await loadExtractions(db, [original, other]);
    const changed = extractFile(REFERENCE, REFERENCE_ID, (t) =>
      t.replace(/组织对新修订《行政处罚法》进行集中培训[,，]/, ''),
    );
    const [summary] = await loadExtractions(db, [changed]);
    expect(summary?.status).toBe('updated');
    expect(summary?.nodesDeleted).toBeGreaterThan(0);
    // The other report still cites 行政处罚法, so the regulation stays, and with it its citations there.
    expect(
      await scalar(
        "MATCH (:Measure {doc: 'other-report'})-[:CITES]->(r:Regulation {key: 'Regulation:行政处罚法'}) RETURN count(r)",
      ),
    ).toBe(1);
    expect(
      await scalar(
        `MATCH (:Measure {doc: '${REFERENCE_ID}'})-[:CITES]->(r:Regulation {key: 'Regulation:行政处罚法'}) RETURN count(r)`,
      ),
    ).toBe(0);
    // Same counts as loading the changed version and the other report into an empty database.
    const after = await countGraph(db);
    await clearDatabase(db);
    await loadExtractions(db, [changed, other]);
    expect(await countGraph(db)).toEqual(after);
  });

  it('removes entities that only the old version of a document mentioned', async () => {
    await loadExtractions(db, [extractFile(REFERENCE)]);
    const changed = extractFile(REFERENCE, REFERENCE_ID, (t) =>
      t.replace(/组织对新修订《行政处罚法》进行集中培训[,，]/, ''),
    );
    await loadExtractions(db, [changed]);
    expect(await scalar("MATCH (r:Regulation {key: 'Regulation:行政处罚法'}) RETURN count(r)")).toBe(0);
  });

  it('lets go of a shared relationship only when no document states it any more', async () => {
    const issued =
      "MATCH (:Regulation {key: 'Regulation:法治政府建设实施纲要(2021-2025年)'})-[r:ISSUED_BY]->(:Agency {key: 'Agency:国务院'}) RETURN r.docs";
    const other = extractFile(REFERENCE, 'other-report');
    await loadExtractions(db, [extractFile(REFERENCE), other]);
    expect([...((await scalar(issued)) as string[])].sort()).toEqual([REFERENCE_ID, 'other-report'].sort());
    const withoutOutline = (t: string) =>
      t.replace(/深入贯彻中共中央、国务院《法治政府建设实施纲要\(2021-2025年\)》[,，]/, '');
    await loadExtractions(db, [extractFile(REFERENCE, REFERENCE_ID, withoutOutline)]);
    expect(await scalar(issued)).toEqual(['other-report']);
    await loadExtractions(db, [extractFile(REFERENCE, 'other-report', withoutOutline)]);
    expect(await scalar(issued)).toBeUndefined();
  });

  it('leaves nothing of a document whose transaction fails in the middle', async () => {
    await ensureSchema(db);
    const extraction = extractFile(REFERENCE);
    await expect(
      loadExtraction(db, extraction, {
        beforeCommit: () => {
          throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
    const [summary] = await loadExtractions(db, [extraction]);
    expect(summary?.status).toBe('created');
    expect((await countGraph(db)).nodes).toBe(extraction.nodes.length);
  });

  it('joins documents through the national bodies and regulations they share', async () => {
    const second = extractFile(REFERENCE, 'copy-report', (t) => t.replace(/延庆/g, '密云'));
    await loadExtractions(db, [extractFile(REFERENCE), second]);
    expect(await scalar("MATCH (a:Agency {key: 'Agency:国务院'}) RETURN count(a)")).toBe(1);
    expect(
      await scalar("MATCH (a:Agency {key: 'Agency:国务院'})-[:MENTIONED_IN]->(s:Section) RETURN count(DISTINCT s.doc)"),
    ).toBe(2);
    // 区政府 resolves to a different body in each jurisdiction.
    expect(await scalar("MATCH (a:Agency) WHERE a.name IN ['延庆区人民政府', '密云区人民政府'] RETURN count(a)")).toBe(
      2,
    );
  });
});
