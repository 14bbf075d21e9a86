// The use-case queries and the read-only console on the real embedded Neo4j, with the graph of
// the reference report loaded.

import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { TEMPLATES } from '../cypher/queries.cypher.js';
import { findTemplate, listDocuments, readGraph, readNode, runReadQuery, searchEntities } from '../cypher/queries.js';
import { listTemplatesForData, withSuggestions } from '../cypher/template-defaults.js';
import { clearDatabase, countGraph, extractFile, openTestDatabase, REFERENCE, REFERENCE_ID } from './helpers.js';

const db: Database = await openTestDatabase();
const limits = { timeoutMs: 5000, rowCap: 100 };

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(db, [extractFile(REFERENCE)]);
});
afterAll(() => db.close());

async function template(name: string, params: Record<string, unknown> = {}) {
  const t = findTemplate(name);
  if (!t) throw new Error(`no template ${name}`);
  return runReadQuery(db, t.cypher, { ...t.params, ...params }, { timeoutMs: 5000, rowCap: 1000 });
}

describe('use-case queries', () => {
  it('lists the stored documents', async () => {
    const docs = await listDocuments(db);
    expect(docs.map((d) => d.key)).toEqual([`Document:${REFERENCE_ID}`]);
    expect(docs[0]?.region).toBe('北京市延庆区');
    expect(docs[0]?.year).toBe(2021);
  });

  it('reads the graph of one document with plain numbers', async () => {
    const graph = await readGraph(db, { doc: REFERENCE_ID });
    expect(graph.nodes.length).toBeGreaterThan(100);
    const metric = graph.nodes.find((n) => n.kind === 'Metric' && n.value === 224);
    expect(metric?.unit).toBe('份');
    expect(typeof graph.nodes.find((n) => n.kind === 'Section')?.level).toBe('number');
    const keys = new Set(graph.nodes.map((n) => n.key));
    expect(graph.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
  });

  it('agency → initiatives: only the measures the text gives the agency, unless its default ones are asked for', async () => {
    // 三是强化统筹推进。区委常委会、区政府常务会议专题听取“法治建设年”工作进展，审议…: the standing
    // committee is the stated doer of the 法治建设年 measures of that sentence.
    const committee = await template('agency-initiatives', { agency: '区委常委会' });
    // The measure is one row per programme it belongs to: 法治建设年, and the duty its section heading
    // names (三、…党政主要负责人履行推进法治建设第一责任人职责…).
    const heard = committee.rows.filter((r) => String(r.measure).includes('专题听取“法治建设年”工作进展'));
    expect(heard.map((r) => r.program)).toContain('法治建设年');
    expect(heard.every((r) => r.stated === true)).toBe(true);
    expect(committee.rows.every((r) => r.stated === true)).toBe(true);
    // 在全区实施“法治建设年”… names no doer: the district government carries it out only as the
    // report's author, so it is left out by default and listed when asked for.
    const government = await template('agency-initiatives', { agency: '区政府' });
    expect(government.rows.some((r) => String(r.measure).includes('区政府受理依申请公开101件'))).toBe(true);
    expect(government.rows.every((r) => r.stated === true)).toBe(true);
    expect(government.rows.some((r) => String(r.measure).startsWith('在全区实施“法治建设年”'))).toBe(false);
    const withDefault = await template('agency-initiatives', { agency: '区政府', includeDefault: true });
    // …将法治政府建设纳入延庆区“十四五”规划: the same measure is one row per program it belongs to.
    const implied = withDefault.rows.filter((r) => String(r.measure).startsWith('在全区实施“法治建设年”'));
    expect(implied.map((r) => r.program)).toContain('法治建设年');
    expect(implied.every((r) => r.stated === false)).toBe(true);
    expect(withDefault.rows.length).toBeGreaterThan(government.rows.length);
  });

  it('suggests example values from the loaded data, never names of one report', async () => {
    const templates = await listTemplatesForData(db);
    const params = (name: string) => templates.find((t) => t.name === name)?.params ?? {};
    // The agency with most stated measures, counted here with Cypher on the same database.
    const [top] = (
      await db.driver.executeQuery(
        `MATCH (a:Agency)-[r:CARRIES_OUT]->() WHERE NOT coalesce(r.default, false)
         WITH a, count(r) AS n RETURN a.name AS name, n ORDER BY n DESC, name LIMIT 2`,
        {},
        { database: db.name },
      )
    ).records.map((r) => ({ name: String(r.get('name')), n: Number(r.get('n')) }));
    expect(params('agency-initiatives').agency).toBe(top?.name);
    expect(params('agency-initiatives').includeDefault).toBe(false);
    expect(params('metrics').doc).toBe(REFERENCE_ID);
    for (const name of ['program-measures', 'program-timeline']) expect(params(name).program).not.toBe('');
    // Without data the values stay empty rather than naming anything.
    const bare = withSuggestions(TEMPLATES, {});
    expect(bare.find((t) => t.name === 'agency-initiatives')?.params.agency).toBe('');
    expect(bare.find((t) => t.name === 'program-measures')?.params.program).toBe('');
  });

  it('program → measures: the measures under the focus area 冬奥会筹办', async () => {
    const { rows } = await template('program-measures', { program: '冬奥会筹办' });
    const texts = rows.map((r) => String(r.measure));
    expect(texts.some((t) => t.includes('审查冬奥赛事合同224份'))).toBe(true);
    expect(texts.some((t) => t.includes('疫情防控方案和应急预案'))).toBe(true);
    const status = (cue: string) => rows.find((r) => String(r.measure).includes(cue))?.status;
    expect(status('审查冬奥赛事合同')).toBe('done');
    expect(rows.find((r) => String(r.measure).includes('审查冬奥赛事合同'))?.metrics).toEqual(['224份']);
    // 冬奥会筹办举办 in next year's plans is the same program.
    expect(status('围绕冬奥会筹办举办')).toBe('planned');
  });

  it('regulations cited: 行政处罚法 is cited and 纲要 is issued by 中共中央 and 国务院', async () => {
    const { rows } = await template('regulations-cited');
    const law = rows.find((r) => r.regulation === '行政处罚法');
    expect(law?.citations).toBe(1);
    const outline = rows.find((r) => String(r.regulation).startsWith('法治政府建设实施纲要'));
    expect([...((outline?.issuers as string[] | undefined) ?? [])].sort()).toEqual(['中共中央', '国务院']);
    expect(rows.some((r) => r.regulation === '法治日报')).toBe(false);
    const citedBy = await template('regulation-cited-by', { regulation: '行政处罚法' });
    expect(citedBy.rows[0]?.section).toBe('一、 > (五)');
  });

  it('neighbourhood honours hops and the cap, counting what it leaves out', async () => {
    const key = 'Program:冬奥会筹办';
    const counted = async (hops: number) => {
      const [row] = await db.driver
        .executeQuery(
          `MATCH (n {key: $key})-[*1..${hops}]-(m) WHERE m <> n RETURN count(DISTINCT m) AS count`,
          { key },
          { database: db.name },
        )
        .then((r) => r.records.map((x) => Number(x.get('count'))));
      return row ?? -1;
    };
    for (const hops of [1, 2]) {
      const around = await template('neighbourhood', { key, hops, cap: 5000 });
      const expected = await counted(hops);
      expect(around.rows).toHaveLength(expected + 1);
      expect(around.rows[0]?.total).toBe(expected);
      expect(around.rows[0]?.omitted).toBe(0);
      expect(Math.max(...around.rows.map((r) => Number(r.hops)))).toBe(hops);
      expect(around.graph.edges.length).toBeGreaterThanOrEqual(expected);
    }
    const capped = await template('neighbourhood', { key, hops: 2, cap: 10 });
    expect(capped.rows).toHaveLength(11);
    expect(capped.rows[0]?.omitted).toBe((await counted(2)) - 10);
  });

  it('shortest paths run from one node to the other', async () => {
    const path = await template('shortest-path', { from: 'Agency:国务院', to: 'Regulation:行政处罚法' });
    expect(path.rows.length).toBeGreaterThanOrEqual(1);
    const keys = new Set(path.graph.nodes.map((n) => n.key));
    expect(keys.has('Agency:国务院') && keys.has('Regulation:行政处罚法')).toBe(true);
    expect(path.graph.edges.length).toBeGreaterThanOrEqual(Number(path.rows[0]?.hops));
  });

  it('connects the nodes a query returns with the relationships between them', async () => {
    const result = await runReadQuery(
      db,
      'MATCH (m:Measure)-[:PART_OF]->(p:Program) RETURN m, p LIMIT 20',
      {},
      { timeoutMs: 5000, rowCap: 100 },
    );
    expect(result.graph.edges.filter((e) => e.kind === 'PART_OF').length).toBeGreaterThanOrEqual(
      new Set(result.rows.map((r) => JSON.stringify(r.m))).size,
    );
    expect(result.connected).toBe(result.graph.edges.length);
  });

  it('search finds a part of a Chinese name through the cjk full-text index', async () => {
    const hits = await searchEntities(db, '冬奥');
    expect(hits.map((h) => h.name)).toContain('冬奥会筹办');
    expect(await searchEntities(db, 'a"(b')).toEqual([]);
    expect((await searchEntities(db, '冬奥 AND 筹办 OR')).map((h) => h.name)).toContain('冬奥会筹办');
  });

  it('metrics and outline templates give tables of the document', async () => {
    const metrics = await template('metrics', { doc: REFERENCE_ID });
    expect(metrics.rows.find((r) => r.value === 135 * 1e4)?.unit).toBe('平方米');
    const outline = await template('outline', { doc: REFERENCE_ID });
    expect(outline.rows[0]?.path).toBe('前言');
    expect(outline.rows.filter((r) => r.level === 1).map((r) => r.role)).toEqual([
      'done',
      'problem',
      'done',
      'planned',
    ]);
  });

  it('reads a node with its neighbours grouped by relationship type and its evidence', async () => {
    const node = await readNode(db, 'Regulation:行政处罚法');
    expect(node?.kind).toBe('Regulation');
    const mention = node?.neighbours.MENTIONED_IN?.[0]?.evidence as {
      sentence: string;
      start: number;
      end: number;
      sentenceStart: number;
    };
    expect(mention.sentence.slice(mention.start - mention.sentenceStart, mention.end - mention.sentenceStart)).toBe(
      '《行政处罚法》',
    );
    expect(await readNode(db, 'Agency:nobody')).toBeNull();
  });
});

describe('the read-only console', () => {
  const refused = [
    'CREATE (n:Agency {key: "x"}) RETURN n',
    'MERGE (n:Agency {key: "x"}) RETURN n',
    'MATCH (n:Agency) SET n.name = "x"',
    'MATCH (n) DETACH DELETE n',
    'MATCH (n:Agency) REMOVE n.name',
    'LOAD CSV FROM "file:///etc/passwd" AS line CREATE (:X {line: line})',
    'MATCH (n) CALL (n) { SET n.touched = true } IN TRANSACTIONS',
    'CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.y)',
    'CREATE DATABASE other',
    'CALL db.createLabel("Evil")',
    'CALL dbms.setConfigValue("db.logs.query.enabled", "OFF")',
    'CREATE USER evil SET PASSWORD "evil-password-1"',
  ];
  for (const query of refused) {
    it(`refuses: ${query.slice(0, 50)}`, async () => {
      const before = await countGraph(db);
      const props = await db.driver.executeQuery('MATCH (n) RETURN count(n.touched) AS c', {}, { database: db.name });
      await expect(runReadQuery(db, query, {}, limits)).rejects.toMatchObject({
        code: expect.stringMatching(/_REFUSED$|^QUERY_FAILED$/),
      });
      expect(await countGraph(db)).toEqual(before);
      const after = await db.driver.executeQuery('MATCH (n) RETURN count(n.touched) AS c', {}, { database: db.name });
      expect(neo4j.integer.toNumber(after.records[0]?.get('c'))).toBe(
        neo4j.integer.toNumber(props.records[0]?.get('c')),
      );
    });
  }

  it('says a write is refused with the code QUERY_REFUSED', async () => {
    await expect(runReadQuery(db, 'CREATE (n:X)', {}, limits)).rejects.toMatchObject({ code: 'QUERY_REFUSED' });
  });

  it('caps the rows and stops a runaway query at the timeout', async () => {
    const capped = await runReadQuery(db, 'UNWIND range(1, 100000) AS i RETURN i', {}, limits);
    expect(capped.rows).toHaveLength(100);
    expect(capped.truncated).toBe(true);
    const started = Date.now();
    await expect(
      runReadQuery(
        db,
        'UNWIND range(1, 100000000) AS i WITH i WHERE i % 2 = 3 RETURN count(*)',
        {},
        { timeoutMs: 1000, rowCap: 10 },
      ),
    ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1000 + 2000);
  });
});
