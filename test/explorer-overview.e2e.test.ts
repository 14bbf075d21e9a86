// The corpus overview in a real headless Chromium on the real embedded Neo4j, with four reports of
// 宝安区 (reviewing 2018, 2019, 2021, 2022) and one of 深圳市 (reviewing 2021), test/fixtures/corpus-sz.
// Read in the texts: only the 宝安区 report delivered in 2019 names 城市质量提升年, in one sentence
// whose doers are named: 市委市政府决定继续将2019年作为“城市质量提升年” (中共深圳市委 and 深圳市人民政府,
// one measure each).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRows, type Explorer, openExplorer, shot } from './explorer-harness.js';
import { ROOT } from './helpers.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'corpus-sz');
const files = readdirSync(FIXTURE).filter((f) => f.endsWith('.txt'));
const PROGRAM = 'Program:城市质量提升年';
const CITY_PARTY = 'Agency:中共深圳市委';
const CITY_GOVERNMENT = 'Agency:深圳市人民政府';

let explorer: Explorer;
let page: Page;

interface Link {
  source: string;
  target: string;
  weight: number;
}
interface OverviewAnswer {
  nodes: { key: string; kind: string; reports?: number }[];
  edges: Link[];
  reports: number;
}

beforeAll(async () => {
  explorer = await openExplorer({ files: files.map((f) => join(FIXTURE, f)), queryTimeoutMs: 30_000 });
  page = explorer.page;
  await page.goto(`${explorer.base}/`);
  await page.waitForSelector('body[data-ready]', { timeout: 240_000 });
  await ready();
}, 600_000);

afterAll(async () => {
  await explorer?.close();
});

/** Waits for the overview drawn; a failed load fails the test at once, with the page's status. */
async function ready(): Promise<void> {
  const panel = await page.waitForSelector('#overview:is([data-state=ready], [data-state=error])', {
    timeout: 60_000,
  });
  if ((await panel.getAttribute('data-state')) === 'error') {
    throw new Error(`the overview failed to load: ${await page.textContent('#status')}`);
  }
  await page.waitForFunction(() => document.body.dataset.loading === undefined);
}

/** The agency → program links the panel lists. */
async function links(): Promise<Link[]> {
  return page.locator('#overview .overview-links li').evaluateAll((items) =>
    items.map((li) => ({
      source: li.getAttribute('data-source') ?? '',
      target: li.getAttribute('data-target') ?? '',
      weight: Number(li.getAttribute('data-weight')),
    })),
  );
}

const weightOf = (all: Link[], source: string, target: string) =>
  all.find((l) => l.source === source && l.target === target)?.weight;

/** Moves one end of the year range and waits for the overview drawn for it. */
async function setYear(end: 'from' | 'to', year: number): Promise<void> {
  await page.$eval(
    `#overview-${end}`,
    (input, value) => {
      (input as HTMLInputElement).value = String(value);
      input.dispatchEvent(new Event('change'));
    },
    year,
  );
  await ready();
}

async function toggle(id: string): Promise<void> {
  await page.click(id);
  await ready();
}

describe('the corpus overview', () => {
  it('draws the entity graph of all reports, sized by reports, with stated agency → program weights', async () => {
    const text = readFileSync(
      join(FIXTURE, files.find((f) => f.includes('宝安区') && f.endsWith('_2019.txt')) ?? ''),
      'utf8',
    );
    expect(text).toContain('市委市政府决定继续将2019年作为“城市质量提升年”');
    expect(files.filter((f) => readFileSync(join(FIXTURE, f), 'utf8').includes('城市质量提升年'))).toHaveLength(1);

    const all = await links();
    expect(weightOf(all, CITY_PARTY, PROGRAM)).toBe(1);
    expect(weightOf(all, CITY_GOVERNMENT, PROGRAM)).toBe(1);
    await shot(page, '40-overview.png');

    // What the page drew is what the API answered: entities and jurisdictions, no measures.
    const answer = (await page.evaluate(() => fetch('/api/overview').then((r) => r.json()))) as OverviewAnswer;
    expect(Number(await page.getAttribute('body', 'data-nodes'))).toBe(answer.nodes.length);
    expect(new Set(answer.nodes.map((n) => n.kind))).toEqual(
      new Set(['Agency', 'Program', 'Regulation', 'Jurisdiction']),
    );
    const reports = (key: string) => answer.nodes.find((n) => n.key === key)?.reports;
    expect(answer.reports).toBe(5);
    expect(reports('Jurisdiction:广东省深圳市宝安区')).toBe(4);
    expect(reports('Jurisdiction:广东省深圳市')).toBe(1);
    expect(reports(PROGRAM)).toBe(1);
    expect(await page.textContent('#overview-status')).toContain('5');
  });

  it('the year range changes what is drawn', async () => {
    const before = Number(await page.getAttribute('#overview', 'data-nodes'));
    await setYear('from', 2021);
    // 2021 and 2022: the 宝安区 reports delivered in 2022 and 2023 and the 深圳市 one.
    expect(await page.textContent('#overview-status')).toMatch(/\b3\b/);
    expect(weightOf(await links(), CITY_PARTY, PROGRAM)).toBeUndefined();
    const later = Number(await page.getAttribute('#overview', 'data-nodes'));
    expect(later).not.toBe(before);
    expect(Number(await page.getAttribute('body', 'data-nodes'))).toBe(later);

    await setYear('from', 2018);
    await setYear('to', 2018);
    expect(await page.textContent('#overview-status')).toMatch(/\b1\b/);
    expect(weightOf(await links(), CITY_PARTY, PROGRAM)).toBe(1);
    await shot(page, '41-overview-2018.png');
    await setYear('to', 2022);
  });

  it('a jurisdiction narrows it to its reports and those below it', async () => {
    const choose = async (key: string) => {
      await page.waitForSelector(`#overview-place option[value="${key}"]`, { state: 'attached' });
      await page.selectOption('#overview-place', key);
      await ready();
    };
    await choose('Jurisdiction:广东省深圳市宝安区');
    expect(await page.textContent('#overview-status')).toMatch(/\b4\b/);
    expect(weightOf(await links(), CITY_PARTY, PROGRAM)).toBe(1);
    await choose('Jurisdiction:广东省深圳市');
    expect(await page.textContent('#overview-status')).toMatch(/\b5\b/);
    await choose('');
  });

  it('adds the measures and metrics on demand, and the author default measures when asked', async () => {
    expect(Number(await page.getAttribute('#overview', 'data-measures'))).toBe(0);
    await toggle('#overview-measures');
    expect(Number(await page.getAttribute('#overview', 'data-measures'))).toBeGreaterThan(0);
    await toggle('#overview-measures');
    expect(Number(await page.getAttribute('#overview', 'data-measures'))).toBe(0);

    await toggle('#overview-include-default');
    const [top] = await links();
    expect(top?.weight).toBeGreaterThan(1);
    // The weight is the number of measures between the two, counted on the stored relationships.
    const [row] = await cypherRows(
      explorer.db,
      `MATCH (a:Agency {key: $a})-[:CARRIES_OUT]->(m:Measure)-[:PART_OF]->(p:Program {key: $p})
       RETURN count(DISTINCT m) AS measures`,
      { a: top?.source, p: top?.target },
    );
    expect(top?.weight).toBe(row?.measures);
    await toggle('#overview-include-default');
    expect(weightOf(await links(), CITY_PARTY, PROGRAM)).toBe(1);
    // Two layouts with every measure and metric: on a busy 2-core machine, more than the default time.
  }, 180_000);
});
