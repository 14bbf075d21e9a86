// Every route of the HTTP API against the real embedded Neo4j with the reference report loaded.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { clearDatabase, extractFile, openTestDatabase, REFERENCE, REFERENCE_ID, ROOT } from './helpers.js';

const db: Database = await openTestDatabase();
const app = createApp(db, { queryTimeoutMs: 5000, rowCap: 1000, root: ROOT });

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(db, [extractFile(REFERENCE)]);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });

describe('HTTP API', () => {
  it('GET /api/documents lists the reference report', async () => {
    const response = await get('/api/documents');
    expect(response.statusCode).toBe(200);
    expect(response.json().documents[0].key).toBe(`Document:${REFERENCE_ID}`);
  });

  it('GET /api/graph answers {nodes, edges} with positions, whole or for one document', async () => {
    const whole = (await get('/api/graph')).json();
    const one = (await get(`/api/graph?doc=${REFERENCE_ID}`)).json();
    // With one report stored, its graph is the whole graph but for the corpus-level nodes it
    // points at (its jurisdictions, the indicators of its metrics).
    const ownKinds = (nodes: { kind: string }[]) =>
      nodes.filter((n) => n.kind !== 'Jurisdiction' && n.kind !== 'Indicator');
    expect(one.nodes.length).toBe(ownKinds(whole.nodes).length);
    expect(one.nodes.every((n: { x: number; y: number }) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(one.edges.length).toBeGreaterThan(one.nodes.length);
    const capped = (await get('/api/graph?cap=10')).json();
    expect(capped.nodes).toHaveLength(10);
    expect((await get('/api/graph?cap=abc')).statusCode).toBe(400);
  });

  it('GET /api/overview sums agency → program edges over the measures whose doer the text names', async () => {
    type Answer = {
      nodes: { key: string; kind: string; label: string; x: number; reports?: number }[];
      edges: { source: string; target: string; kind: string; weight: number }[];
      reports: number;
    };
    const answer = (await get('/api/overview')).json() as Answer;
    expect(answer.reports).toBe(1);
    expect(answer.nodes.every((n) => Number.isFinite(n.x))).toBe(true);
    expect(answer.nodes.some((n) => n.kind === 'Measure')).toBe(false);
    const keyOf = (label: string) => answer.nodes.find((n) => n.label === label)?.key;
    const weight = (a: Answer, from: string | undefined, to: string | undefined) =>
      a.edges.find((e) => e.kind === 'DRIVES' && e.source === from && e.target === to)?.weight;
    // 区委常委会、区政府常务会议专题听取“法治建设年”工作进展，审议全面依法治区和“八五”普法规划，研究推进…:
    // three actions of the standing committee, all of 法治建设年.
    expect(weight(answer, keyOf('延庆区委常委会'), 'Program:法治建设年')).toBe(3);
    // 在全区实施“法治建设年”… names no doer: the author's edge counts only when asked for.
    const government = keyOf('延庆区人民政府');
    expect(weight(answer, government, 'Program:法治建设年')).toBeUndefined();
    const withDefault = (await get('/api/overview?includeDefault=1')).json() as Answer;
    expect(weight(withDefault, government, 'Program:法治建设年')).toBeGreaterThan(0);
    const withMeasures = (await get('/api/overview?measures=1')).json() as Answer;
    expect(withMeasures.nodes.some((n) => n.kind === 'Measure')).toBe(true);
    expect(((await get('/api/overview?from=1990&to=1990')).json() as Answer).nodes).toEqual([]);
    expect((await get('/api/overview?cap=0')).statusCode).toBe(400);
    expect((await get('/api/overview?measures=yes')).statusCode).toBe(400);
  });

  it('GET /api/search finds 冬奥会筹办', async () => {
    const response = await get(`/api/search?q=${encodeURIComponent('冬奥会')}`);
    expect(response.json().hits.map((h: { name: string }) => h.name)).toContain('冬奥会筹办');
    expect((await get('/api/search')).json().error.code).toBe('FST_ERR_VALIDATION');
  });

  it('GET /api/nodes/:key gives properties, grouped neighbours and evidence; 404 for an unknown key', async () => {
    const node = (await get(`/api/nodes/${encodeURIComponent('Program:冬奥会筹办')}`)).json();
    expect(node.kind).toBe('Program');
    expect(node.neighbours.PART_OF.length).toBeGreaterThanOrEqual(3);
    expect(node.neighbours.MENTIONED_IN[0].evidence.sentence).toContain('冬奥会筹办');
    const missing = await get('/api/nodes/nothing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it("GET /api/nodes/:key reads a measure's relationship evidence from the measure, stored once", async () => {
    const rows = await db.driver.executeQuery(
      `MATCH (m:Measure)-[r:PART_OF]->(p:Program {key: 'Program:冬奥会筹办'})
       RETURN m.key AS measure, m.sentence AS sentence, r.sentence AS stored, r.start AS start, r.end AS end`,
      {},
      { database: db.name },
    );
    expect(rows.records.length).toBeGreaterThanOrEqual(3);
    for (const row of rows.records) {
      // The relationship keeps its own offsets and no second copy of the measure's sentence.
      expect(row.get('stored')).toBeNull();
      expect(row.get('start')).not.toBeNull();
      const node = (await get(`/api/nodes/${encodeURIComponent(row.get('measure'))}`)).json();
      const evidence = node.neighbours.PART_OF.find((n: { key: string }) => n.key === 'Program:冬奥会筹办').evidence;
      expect(evidence.sentence).toBe(row.get('sentence'));
      expect(evidence.doc).toBe(REFERENCE_ID);
      expect(evidence.start).toBeGreaterThanOrEqual(evidence.sentenceStart);
      expect(evidence.end).toBeLessThanOrEqual(evidence.sentenceStart + evidence.sentence.length);
    }
  });

  it('GET /api/nodes/:key/neighbours gives the neighbours and the edges to them', async () => {
    const response = await get(`/api/nodes/${encodeURIComponent('Program:冬奥会筹办')}/neighbours?limit=50`);
    expect(response.statusCode).toBe(200);
    const { nodes, edges } = response.json();
    expect(
      nodes.some((n: { kind: string; text: string }) => n.kind === 'Measure' && n.text.includes('审查冬奥赛事合同')),
    ).toBe(true);
    expect(
      edges.every(
        (e: { source: string; target: string }) =>
          e.source === 'Program:冬奥会筹办' || e.target === 'Program:冬奥会筹办',
      ),
    ).toBe(true);
    expect(
      (await get(`/api/nodes/${encodeURIComponent('Program:冬奥会筹办')}/neighbours?limit=2`)).json().nodes,
    ).toHaveLength(2);
    expect((await get('/api/nodes/nothing/neighbours')).statusCode).toBe(404);
  });

  it('GET /api/documents/:id/text gives the text with every mention at its offsets', async () => {
    const response = await get(`/api/documents/${REFERENCE_ID}/text`);
    expect(response.statusCode).toBe(200);
    const { text, mentions } = response.json() as {
      text: string;
      mentions: { start: number; end: number; key: string }[];
    };
    const olympics = mentions.filter((m) => m.key === 'Program:冬奥会筹办').map((m) => text.slice(m.start, m.end));
    expect(olympics.length).toBeGreaterThanOrEqual(2);
    expect(olympics).toContain('冬奥会筹办');
    const law = mentions.find((m) => m.key === 'Regulation:行政处罚法');
    expect(law && text.slice(law.start, law.end)).toBe('《行政处罚法》');
    expect((await get('/api/documents/nothing/text')).statusCode).toBe(404);
  });

  it('GET /api/templates and POST /api/templates/:name run the use-case queries', async () => {
    const { templates } = (await get('/api/templates')).json();
    expect(templates.map((t: { name: string }) => t.name)).toContain('regulations-cited');
    const result = (await post('/api/templates/regulations-cited', {})).json();
    expect(result.columns).toContain('citations');
    expect(result.rows.map((r: { regulation: string }) => r.regulation)).toContain('行政处罚法');
    expect((await post('/api/templates/none', {})).statusCode).toBe(404);
  });

  it('POST /api/cypher returns columns, rows and a graph; refuses writes with 403', async () => {
    const result = (
      await post('/api/cypher', { query: 'MATCH p = (a:Agency)-[:CARRIES_OUT]->(m:Measure) RETURN p LIMIT 5' })
    ).json();
    expect(result.columns).toEqual(['p']);
    expect(result.rows).toHaveLength(5);
    expect(result.graph.nodes.length).toBeGreaterThanOrEqual(2);
    expect(result.graph.edges.length).toBeGreaterThanOrEqual(1);
    const refused = await post('/api/cypher', { query: 'CREATE (n:Agency {key: "evil"})' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('QUERY_REFUSED');
    const bad = await post('/api/cypher', { query: 'MATCH (n RETURN n' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('QUERY_FAILED');
  });

  it('sends a Content-Security-Policy that forbids inline script', async () => {
    const response = await get('/api/documents');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('requires the configured token on every API route when one is set', async () => {
    const guarded = createApp(db, { queryTimeoutMs: 5000, rowCap: 10, root: ROOT, apiToken: 'secret-token' });
    try {
      expect((await guarded.inject({ method: 'GET', url: '/api/documents' })).statusCode).toBe(401);
      const wrong = await guarded.inject({
        method: 'GET',
        url: '/api/documents',
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.json().error.code).toBe('UNAUTHORIZED');
      const right = await guarded.inject({
        method: 'GET',
        url: '/api/documents',
        headers: { authorization: 'Bearer secret-token' },
      });
      expect(right.statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('refuses an oversized body with 413 and an error code', async () => {
    const response = await post('/api/cypher', { query: `RETURN '${'x'.repeat(300 * 1024)}'` });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBeTruthy();
  });

  it('answers malformed requests and unknown routes with 4xx and an error code', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBeTruthy();
    const wrongType = await post('/api/cypher', { query: 42 });
    expect(wrongType.statusCode).toBe(400);
    const unknown = await get('/api/nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
  });
});
