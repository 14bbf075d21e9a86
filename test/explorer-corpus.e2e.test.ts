// The questions across reports in a real headless Chromium on the real embedded Neo4j, with four
// reports of 宝安区 over the years and one of 深圳市 (test/fixtures/corpus-sz). Expected values
// were read in the texts: 宝安区 GDP grew 8.7% in 2018, 11.3% in 2021, 3.5% in 2022; "放管服"
// is in the 宝安区 reports on 2018, 2019, 2021 and in 深圳市's on 2021, not in 宝安区's on 2022.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BAOAN,
  CORPUS_SZ,
  corpusSzFiles,
  docsShot,
  pickOption,
  SHENZHEN,
  shot,
  useExplorer,
  waitForScope,
} from './explorer-harness.js';

const files = corpusSzFiles();
const idOf = (year: string) => {
  const file = files.find((f) => f.includes('宝安区') && f.endsWith(`_${year}.txt`));
  if (!file) throw new Error(`no fixture of 宝安区 ${year}`);
  return file.replace(/\.txt$/, '');
};

let page: Page;
// A generous query time limit: the machine that runs the suite may be busy.
useExplorer(
  (opened) => {
    page = opened.page;
  },
  { files: files.map((f) => join(CORPUS_SZ, f)), queryTimeoutMs: 30_000, path: '/?view=corpus' },
);
beforeAll(() => page.evaluate(() => document.fonts.ready));

const scoped = (params: Record<string, string>) => waitForScope(page, params);

async function ask(question: string): Promise<void> {
  await page.click(`.view-corpus .corpus-tabs button[data-question=${question}]`);
  await settle(question);
}

async function settle(question: string): Promise<void> {
  await page.waitForSelector(`.view-corpus .corpus-result[data-state=ready][data-question=${question}]`);
}

const cells = (column: number) =>
  page
    .locator('.view-corpus .corpus-result table.results tbody tr')
    .evaluateAll((rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.textContent ?? ''), column);

describe('questions across reports', { timeout: 400_000 }, () => {
  it('a program through time: 放管服改革 from 2018 to 2021 in four reports, with its Cypher', async () => {
    await page.waitForSelector('#corpus-program');
    await page.fill('#corpus-program', '放管服改革');
    await page.locator('#corpus-program').dispatchEvent('change');
    await page.waitForFunction(() =>
      document.querySelector('.view-corpus .timeline-span')?.textContent?.includes('2018'),
    );
    expect(await page.textContent('.view-corpus .timeline-span')).toContain('first 2018 · 最近 last 2021 · 4');
    expect(await cells(0)).toEqual(['2018', '2019', '2021', '2021']);
    const cypher = await page.textContent('.view-corpus .cypher-block[data-template=program-timeline] pre.cypher');
    expect(cypher).toContain('$program');
    await shot(page, '30-corpus-timeline.png');
    await docsShot(page, 'corpus-timeline.png');
  });

  it('the scope narrows it: 深圳市 without the levels below has one report', async () => {
    await pickOption(page, 'scope-place', '深圳市');
    await scoped({ place: SHENZHEN });
    await page.uncheck('#scope-below');
    await scoped({ place: SHENZHEN, below: '0' });
    await page.waitForFunction(() =>
      document.querySelector('.view-corpus .timeline-span')?.textContent?.includes('· 1 份'),
    );
    expect(await cells(1)).toEqual(['广东省深圳市']);
    await page.click('#scope-all');
    await scoped({});
    await page.waitForFunction(() =>
      document.querySelector('.view-corpus .timeline-span')?.textContent?.includes('· 4 份'),
    );
  });

  it('an indicator as a chart: 宝安区 GDP growth 8.7, 11.3, 3.5 with the sentence of each point', async () => {
    await pickOption(page, 'scope-place', '宝安区');
    await scoped({ place: BAOAN });
    await page.waitForFunction(() =>
      document.querySelector('.view-corpus .timeline-span')?.textContent?.includes('· 3 份'),
    );
    await page.click('.view-corpus .corpus-tabs button[data-question=indicator-series]');
    await page.waitForSelector('#corpus-indicator');
    await page.selectOption('#corpus-indicator', '地区生产总值');
    await page.selectOption('#corpus-measure', 'growth');
    await page.waitForFunction(
      () =>
        document.querySelectorAll(
          '.view-corpus .series-chart svg circle, .view-corpus .series-chart svg [aria-label="dot"] circle',
        ).length >= 3,
    );
    expect(await cells(2)).toEqual(['8.7%', '11.3%', '3.5%']);
    expect((await cells(3))[1]).toContain('GDP同比增长11.3%');
    const titles = await page.locator('.view-corpus .series-chart svg title').allTextContents();
    expect(titles.some((t) => t.includes('2021: 11.3%') && t.includes('GDP同比增长11.3%'))).toBe(true);
    await shot(page, '31-corpus-series.png');
    await docsShot(page, 'corpus-series.png');
  });

  it('regulations ranked, following the scope: 宝安区 from 2021 lists 中央八项规定 (both reports), then the others of each', async () => {
    await page.fill('#scope-from', '2021');
    await page.locator('#scope-from').dispatchEvent('change');
    await scoped({ place: BAOAN, from: '2021' });
    await ask('regulations-ranked');
    await page.waitForFunction(
      () =>
        document.querySelector('.view-corpus .corpus-result table.results tbody tr td')?.textContent === '中央八项规定',
    );
    // The report on 2021 cites the 前海 plan, two of the district's own documents and two packages
    // of articles (“…56条措施”“…15条措施”), and will draw up a 公共法律服务事项清单; the report on
    // 2022 cites the “安全生产十五条硬措施”.
    const names = await cells(0);
    expect(names).toHaveLength(8);
    expect(names).toContain('全面深化前海深港现代服务业合作区改革开放方案');
    expect(names).toContain('公共法律服务事项清单');
    expect(names).toContain('安全生产十五条硬措施');
    expect(names).not.toContain('深圳经济特区物业管理条例');
    expect(await cells(1)).toEqual(['2', '1', '1', '1', '1', '1', '1', '1']);
    await docsShot(page, 'corpus-regulations.png');
  });

  it('two reports side by side: 宝安区 2021 → 2022 drops 放管服改革, GDP growth down 11.3 → 3.5', async () => {
    await page.click('#scope-all');
    await scoped({});
    await ask('compare-reports');
    await page.selectOption('#corpus-a', idOf('2022'));
    await page.selectOption('#corpus-b', idOf('2023'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('.view-corpus .compare-programs[data-change=dropped]')
          ?.textContent?.includes('放管服改革') === true,
    );
    const gdp = page.locator('.view-corpus .corpus-result table.results tbody tr', { hasText: '地区生产总值' });
    const growth = gdp.filter({ hasText: 'growth' });
    expect(await growth.locator('td').allTextContents()).toEqual(['地区生产总值', 'growth', '11.3%', '3.5%', 'down']);
    await shot(page, '32-corpus-compare.png');
    await docsShot(page, 'corpus-compare.png');
  });
});
