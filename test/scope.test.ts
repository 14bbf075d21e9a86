// The scope through the API on the real embedded Neo4j: four reports of 宝安区 over the years and
// one of 深圳市 (test/fixtures/corpus-sz). Expected values were read in the texts and the fixture
// README: the reports review 2018, 2019, 2021, 2022 (宝安区) and 2021 (深圳市); "放管服" is in
// every report but 宝安区's on 2022; 全面深化前海深港现代服务业合作区改革开放方案 is cited only in
// 宝安区's on 2021, 深圳经济特区物业管理条例 only in 宝安区's on 2019; every report quotes
// 中央八项规定.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { clearDatabase, extractFile, openTestDatabase, ROOT } from './helpers.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'corpus-sz');
const files = readdirSync(FIXTURE).filter((f) => f.endsWith('.txt'));
const BAOAN = 'Jurisdiction:广东省深圳市宝安区';
const SHENZHEN = 'Jurisdiction:广东省深圳市';

const db: Database = await openTestDatabase();
const app = createApp(db, { queryTimeoutMs: 20_000, rowCap: 1000, root: ROOT });

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(
    db,
    files.map((f) => extractFile(join(FIXTURE, f))),
  );
}, 600_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const query = (scope: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(scope).map(([k, v]) => [k, String(v)])).toString();

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

async function run(name: string, params: Record<string, unknown>) {
  const response = await app.inject({ method: 'POST', url: `/api/templates/${name}`, payload: { params } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { rows: Record<string, unknown>[]; truncated: boolean };
}

/** The reports drawn in the scope's graph, as "place year" read from the Document nodes. */
async function graphReports(scope: Record<string, string | number>): Promise<string[]> {
  const graph = await get<{ nodes: { kind: string; region: string; reviewedYear?: number; year?: number }[] }>(
    `/api/graph?${query(scope)}`,
  );
  return graph.nodes
    .filter((n) => n.kind === 'Document')
    .map((n) => `${n.region} ${n.reviewedYear ?? n.year}`)
    .sort();
}

describe('one scope for the graph, the search and the templates', () => {
  it('draws the reports of a jurisdiction with or without the levels below, and of a year range', async () => {
    expect(await graphReports({ place: SHENZHEN, below: 0 })).toEqual(['广东省深圳市 2021']);
    expect(await graphReports({ place: SHENZHEN, below: 1 })).toHaveLength(5);
    expect(await graphReports({ place: BAOAN })).toEqual([
      '广东省深圳市宝安区 2018',
      '广东省深圳市宝安区 2019',
      '广东省深圳市宝安区 2021',
      '广东省深圳市宝安区 2022',
    ]);
    expect(await graphReports({ place: SHENZHEN, from: 2019, to: 2021 })).toEqual([
      '广东省深圳市 2021',
      '广东省深圳市宝安区 2019',
      '广东省深圳市宝安区 2021',
    ]);
    expect(await graphReports({})).toHaveLength(5);
  }, 600_000);

  it('searches within the scope: 放管服 is not in 宝安区’s report on 2022', async () => {
    const hits = async (scope: Record<string, string | number>) =>
      (await get<{ hits: { name: string }[] }>(`/api/search?q=放管服&${query(scope)}`)).hits.map((h) => h.name);
    expect(await hits({ place: BAOAN, from: 2021, to: 2021 })).toContain('放管服改革');
    expect(await hits({ place: BAOAN, from: 2022, to: 2022 })).not.toContain('放管服改革');
    expect(await hits({})).toContain('放管服改革');
  });

  it('regulations cited in 宝安区 from 2021: the 前海 plan, not the 物业 rules of 2019; counts agree', async () => {
    const scope = { place: BAOAN, below: 1, from: 2021, to: 0, doc: '' };
    const { rows } = await run('regulations-cited', scope);
    const names = rows.map((r) => r.regulation);
    expect(names).toContain('全面深化前海深港现代服务业合作区改革开放方案');
    expect(names).not.toContain('深圳经济特区物业管理条例');
    const all = await run('regulations-cited', {});
    expect(all.rows.map((r) => r.regulation)).toContain('深圳经济特区物业管理条例');
    // 中央八项规定 is cited in both reports of the scope (宝安区 on 2021 and on 2022), the 前海
    // plan in the first only; a citation from another report never enters.
    expect(names).toContain('中央八项规定');
    const reportsOf: Record<string, string[]> = {};
    for (const row of rows.filter((r) => Number(r.citations) > 0)) {
      const cited = await run('regulation-cited-by', { regulation: row.key, ...scope });
      expect(cited.rows).toHaveLength(Number(row.citations));
      reportsOf[String(row.regulation)] = [...new Set(cited.rows.map((r) => String(r.report)))].sort();
    }
    expect(reportsOf['中央八项规定']).toEqual(['宝安区 2021', '宝安区 2022']);
    expect(reportsOf['全面深化前海深港现代服务业合作区改革开放方案']).toEqual(['宝安区 2021']);
    expect(
      Object.values(reportsOf)
        .flat()
        .every((r) => r === '宝安区 2021' || r === '宝安区 2022'),
    ).toBe(true);
  });

  it('the picker counts of agencies and programs equal the totals their views show', async () => {
    const scope = { place: BAOAN, below: 1, from: 2019, to: 2021, doc: '' };
    const ids = (
      await db.driver.executeQuery(
        `MATCH (d:Document)-[:IN]->(:Jurisdiction {key: $place})
         WHERE coalesce(d.reviewedYear, d.year) >= 2019 AND coalesce(d.reviewedYear, d.year) <= 2021
         RETURN substring(d.key, 9) AS id`,
        { place: BAOAN },
        { database: db.name },
      )
    ).records.map((r) => String(r.get('id')));
    expect(ids).toHaveLength(2);
    for (const [picker, view, param, edge] of [
      // An agency's count leaves aside the measures it carries out only as the report's author.
      [
        'agencies-ranked',
        'agency-initiatives',
        'agency',
        '(x)-[r:CARRIES_OUT]->(m:Measure) WHERE NOT coalesce(r.default, false) AND',
      ],
      ['programs-ranked', 'program-measures', 'program', '(m:Measure)-[:PART_OF]->(x) WHERE'],
    ] as const) {
      const options = (await run(picker, scope)).rows;
      expect(options.length).toBeGreaterThan(2);
      for (const option of options.slice(0, 3)) {
        const answer = await run(view, { [param]: option.key, ...scope });
        expect(answer.rows[0]?.total).toBe(option.measures);
        // At most 300 measures are listed; `total` counts them all.
        expect(new Set(answer.rows.map((r) => r.key)).size).toBe(Math.min(300, Number(option.measures)));
        expect(answer.rows.every((r) => r.report === '宝安区 2019' || r.report === '宝安区 2021')).toBe(true);
        const counted = await db.driver.executeQuery(
          `MATCH ${edge} x.key = $key AND m.doc IN $ids RETURN count(DISTINCT m) AS n`,
          { key: option.key, ids },
          { database: db.name },
        );
        expect(Number(counted.records[0]?.get('n'))).toBe(option.measures);
      }
    }
  });

  it('metrics in 宝安区’s report on 2018 carry it as their report: GDP growth 8.7%', async () => {
    const { rows } = await run('metrics', { place: BAOAN, from: 2018, to: 2018, doc: '' });
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r) => r.report))).toEqual(new Set(['宝安区 2018']));
    expect(rows.some((r) => r.value === 8.7 && r.unit === '%')).toBe(true);
  });
});
