// Questions across reports on the real embedded Neo4j: four reports of 宝安区 over the years and
// one of 深圳市 (test/fixtures/corpus-sz), with two 法治政府 reports of other 深圳 districts that
// cite a regulation in common. Expected values were read in the texts (see the fixture README).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareReports,
  indicatorSeries,
  listJurisdictions,
  programTimeline,
  regulationsRanked,
} from '../cypher/corpus-queries.js';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { CORPUS, clearDatabase, extractFile, openTestDatabase, ROOT } from './helpers.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'corpus-sz');
const files = readdirSync(FIXTURE).filter((f) => f.endsWith('.txt'));
const idOf = (year: string, pattern = '宝安区') => {
  const file = files.find((f) => f.includes(pattern) && f.endsWith(`_${year}.txt`));
  if (!file) throw new Error(`no fixture of ${pattern} ${year}`);
  return file.replace(/\.txt$/, '');
};
const BAOAN = 'Jurisdiction:广东省深圳市宝安区';
const SHENZHEN = 'Jurisdiction:广东省深圳市';

const db: Database = await openTestDatabase();
const app = createApp(db, { queryTimeoutMs: 5000, rowCap: 1000, root: ROOT });

beforeAll(async () => {
  await clearDatabase(db);
  const extractions = [
    ...files.map((f) => extractFile(join(FIXTURE, f))),
    extractFile(join(CORPUS, '01_shenzhen-guangming_2021_fzzf-report.txt')),
    extractFile(join(CORPUS, '02_shenzhen-longhua_2019_fzzf-report.txt')),
  ];
  const summaries = await loadExtractions(db, extractions);
  expect(summaries.map((s) => s.status)).toEqual(extractions.map(() => 'created'));
}, 600_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('time and place', () => {
  it('puts each report IN its jurisdiction, within 深圳市 > 广东省 > 中国, with the year it reviews', async () => {
    const rows = await db.driver.executeQuery(
      `MATCH (d:Document)-[:IN]->(j:Jurisdiction)
       RETURN d.file AS file, j.key AS place, coalesce(d.reviewedYear, d.year) AS year,
              [(j)-[:WITHIN*]->(up) | up.name] AS above`,
      {},
      { database: db.name },
    );
    const byFile = new Map(rows.records.map((r) => [String(r.get('file')).split('/').at(-1), r]));
    const baoan2019 = byFile.get(`${idOf('2019')}.txt`);
    expect(baoan2019?.get('place')).toBe(BAOAN);
    expect(Number(baoan2019?.get('year'))).toBe(2018);
    expect(baoan2019?.get('above')).toEqual(['深圳市', '广东省', '中国']);
    expect(byFile.get('深圳市政府工作报告_2022年.txt')?.get('place')).toBe(SHENZHEN);
    const jurisdictions = await listJurisdictions(db);
    const baoan = jurisdictions.find((j) => j.key === BAOAN);
    expect(baoan).toMatchObject({ level: '区县', parent: SHENZHEN, reports: 4, firstYear: 2018, lastYear: 2022 });
  });
});

describe('an indicator as a series', () => {
  it('gives 宝安区 GDP growth by year, with the sentence of each point, targets left out', async () => {
    const points = await indicatorSeries(db, '地区生产总值', { measure: 'growth', places: [BAOAN] });
    expect(points.map((p) => [p.year, p.value])).toEqual([
      [2018, 8.7],
      [2021, 11.3],
      [2022, 3.5],
    ]);
    expect(points[1]?.evidence).toContain('GDP同比增长11.3%');
  });

  it('gives the level in 元 for the district and its city; the scope narrows it', async () => {
    const all = await indicatorSeries(db, '地区生产总值', { measure: 'level' });
    expect(all.map((p) => [p.place, p.year, p.value])).toEqual(
      expect.arrayContaining([
        ['广东省深圳市宝安区', 2018, 383_200_000_000],
        ['广东省深圳市', 2021, 3_070_000_000_000],
      ]),
    );
    const city = await indicatorSeries(db, '地区生产总值', { measure: 'level', place: SHENZHEN, below: false });
    expect(city.map((p) => p.place)).toEqual(['广东省深圳市']);
  });
});

describe('a program through time', () => {
  it('lists the reports and years of 放管服改革, first and last year, and follows the scope', async () => {
    const all = await programTimeline(db, '放管服改革');
    // 宝安区 2018, 2019, 2021 and 深圳市 2021 say 放管服; so do the 法治政府 reports of 龙华区 2019, 光明区 2021.
    expect(all.rows.map((r) => [r.place, r.year])).toEqual([
      ['广东省深圳市宝安区', 2018],
      ['广东省深圳市宝安区', 2019],
      ['广东省深圳市龙华区', 2019],
      ['广东省深圳市', 2021],
      ['广东省深圳市光明区', 2021],
      ['广东省深圳市宝安区', 2021],
    ]);
    expect([all.firstYear, all.lastYear]).toEqual([2018, 2021]);
    const late = await programTimeline(db, '放管服改革', { place: BAOAN, from: 2019 });
    expect(late.rows.map((r) => r.year)).toEqual([2019, 2021]);
  });
});

describe('regulations ranked by reports citing them', () => {
  it('puts 中央八项规定 (every work report) first, then 公共法律服务事项清单 and 政府投资条例 (two reports each); a 宝安区 scope keeps its own', async () => {
    // Each of the five work reports of the fixture says 落实中央八项规定…; of the rest, the work
    // reports of 宝安区 and 深圳市 on 2021 both say 编制公共法律服务事项清单, and only the 法治政府
    // reports of 光明区 (2021) and 龙华区 (2019) both cite the 政府投资条例. Ties in name order.
    const [first, second, third] = await regulationsRanked(db);
    expect(first).toMatchObject({ regulation: '中央八项规定', reports: 5 });
    expect(second).toMatchObject({ regulation: '公共法律服务事项清单', reports: 2, years: [2021] });
    expect(third).toMatchObject({ regulation: '政府投资条例', reports: 2, years: [2019, 2021] });
    const baoan = await regulationsRanked(db, { place: BAOAN });
    expect(baoan.map((r) => r.regulation)).toContain('深圳经济特区物业管理条例');
    expect(baoan.map((r) => r.regulation)).not.toContain('政府投资条例');
    expect(baoan.every((r) => (r.citedIn as string[]).every((c) => c.startsWith('广东省深圳市宝安区')))).toBe(true);
  });
});

describe('two reports side by side', () => {
  it('宝安区 2021 → 2022: 放管服改革 dropped, GDP growth down from 11.3 to 3.5', async () => {
    const rows = await compareReports(db, idOf('2022'), idOf('2023'));
    expect(rows).toContainEqual(expect.objectContaining({ kind: 'Program', name: '放管服改革', change: 'dropped' }));
    expect(rows).toContainEqual(
      expect.objectContaining({
        kind: 'Indicator',
        name: '地区生产总值',
        measure: 'growth',
        change: 'down',
        valueA: 11.3,
        valueB: 3.5,
      }),
    );
    expect(rows.some((r) => r.kind === 'Program' && r.change === 'kept')).toBe(true);
  });
});

describe('HTTP routes', () => {
  it('answer the four questions with the scope in the query string', async () => {
    const get = (url: string) => app.inject({ method: 'GET', url });
    const series = await get(
      `/api/corpus/indicator-series?indicator=${encodeURIComponent('地区生产总值')}&measure=growth&place=${encodeURIComponent(BAOAN)}`,
    );
    expect(series.json().points.map((p: { value: number }) => p.value)).toEqual([8.7, 11.3, 3.5]);
    const timeline = (
      await get(`/api/corpus/program-timeline?program=${encodeURIComponent('放管服改革')}&to=2019`)
    ).json();
    expect([timeline.firstYear, timeline.lastYear]).toEqual([2018, 2019]);
    const ranked = (await get('/api/corpus/regulations')).json().regulations;
    expect(ranked.slice(0, 3).map((r: { regulation: string }) => r.regulation)).toEqual([
      '中央八项规定',
      '公共法律服务事项清单',
      '政府投资条例',
    ]);
    const compare = (await get(`/api/corpus/compare?a=${idOf('2022')}&b=${idOf('2023')}`)).json();
    expect(compare.rows.length).toBeGreaterThan(0);
    expect((await get('/api/corpus/program-timeline')).statusCode).toBe(400);
    // The whole graph draws the jurisdictions and indicators with the rest.
    const graph = await get('/api/graph');
    expect(graph.statusCode, graph.body.slice(0, 300)).toBe(200);
    const kinds = new Set((JSON.parse(graph.body).nodes as { kind: string }[]).map((n) => n.kind));
    expect(kinds.has('Jurisdiction') && kinds.has('Indicator')).toBe(true);
    expect((await get('/api/corpus/indicator-series?indicator=x&measure=bad')).statusCode).toBe(400);
  });
});
