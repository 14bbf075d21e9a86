// One scope for every view, in a real headless Chromium on the real embedded Neo4j, with four
// reports of 宝安区 over the years and one of 深圳市 (test/fixtures/corpus-sz; the years they
// review, read in the texts: 宝安区 2018, 2019, 2021, 2022; 深圳市 2021). "放管服" is in every
// report but 宝安区's on 2022; 全面深化前海深港现代服务业合作区改革开放方案 is cited only in
// 宝安区's on 2021. Each switch of scope must change what the graph, the pickers, the lists, the
// search and the reader show; picker counts must equal the counts of the panel.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BAOAN,
  CORPUS_SZ,
  corpusSzFiles,
  pickOption,
  SHENZHEN,
  shot,
  useExplorer,
  waitForScope,
} from './explorer-harness.js';

const files = corpusSzFiles();

let page: Page;
// A link carries the scope: 宝安区's report on 2021 only.
const LINKED = new URLSearchParams({ place: BAOAN, yfrom: '2021', yto: '2021', view: 'agencies' });
useExplorer(
  (opened) => {
    page = opened.page;
  },
  { files: files.map((f) => join(CORPUS_SZ, f)), queryTimeoutMs: 30_000, path: `/?${LINKED}` },
);

const scoped = (params: Record<string, string>) => waitForScope(page, params);

/** Types a year range into the scope bar: both years, then one change. */
async function years(from: number, to: number): Promise<void> {
  await page.evaluate(
    ([a, b]) => {
      const input = (id: string) => document.getElementById(id) as HTMLInputElement;
      input('scope-from').value = String(a);
      input('scope-to').value = String(b);
      input('scope-to').dispatchEvent(new Event('change'));
    },
    [from, to],
  );
}

/** The options of picker `#id` as drawn when it opens: name, jurisdiction, count. */
async function options(id: string): Promise<{ name: string; detail: string; count: number }[]> {
  await page.click(`#${id}`);
  await page.waitForSelector(`#${id}[aria-expanded=true]`);
  const rows = await page.locator(`#${id}-list [role=option]`).evaluateAll((items) =>
    items.map((li) => ({
      name: li.querySelector('.combo-name')?.textContent ?? '',
      detail: li.querySelector('.combo-detail')?.textContent ?? '',
      count: Number(li.querySelector('.combo-count')?.textContent ?? 'NaN'),
    })),
  );
  await page.keyboard.press('Escape');
  return rows;
}

const reportsOf = (selector: string) => page.locator(selector).allTextContents();

/** The Document rows of the node table: the reports the graph draws. */
async function drawnReports(): Promise<string[]> {
  await page.click('#views [data-view=table]');
  await page.waitForSelector('#table-kind');
  await page.selectOption('#table-kind', 'Document');
  const names = await page.locator('.view-table table.results tbody tr td:first-child').allTextContents();
  return names.sort();
}

async function pickerAgreesWithPanel(view: 'agencies' | 'program', picker: string): Promise<number> {
  const [first] = await options(picker);
  expect(first?.count).toBeGreaterThan(0);
  await page.waitForSelector(`.view-${view} .view-result[data-state=ready] .count[data-measures]`);
  const panel = await page.getAttribute(`.view-${view} .count[data-measures]`, 'data-measures');
  expect(Number(panel)).toBe(first?.count);
  return first?.count ?? 0;
}

describe('one scope for every view', { timeout: 400_000 }, () => {
  it('a link opens a scope: 宝安区 2021, one report; agencies and their measures carry it', async () => {
    await scoped({ place: BAOAN, from: '2021', to: '2021' });
    expect(await page.getAttribute('#scope-count', 'data-count')).toBe('1');
    expect(await page.getAttribute('#scope-place', 'role')).toBe('combobox');
    await page.waitForSelector('.view-agencies .view-result[data-state=ready]');
    const agencies = await options('agency-pick');
    expect(agencies.length).toBeGreaterThan(3);
    const counts = agencies.map((a) => a.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await pickerAgreesWithPanel('agencies', 'agency-pick');
    const reports = await reportsOf('.view-agencies .measure .report');
    expect(reports.length).toBeGreaterThan(0);
    expect(new Set(reports)).toEqual(new Set(['宝安区 2021']));
    await shot(page, '40-scope-agencies.png');
  });

  it('switching to 深圳市 without the levels below changes the graph, the picker and the rows', async () => {
    const before = await options('agency-pick');
    await pickOption(page, 'scope-place', '深圳市');
    await scoped({ place: SHENZHEN, from: '2021', to: '2021' });
    expect(await page.getAttribute('#scope-count', 'data-count')).toBe('2');
    await page.uncheck('#scope-below');
    await scoped({ place: SHENZHEN, below: '0', from: '2021', to: '2021' });
    expect(page.url()).toContain('below=0');
    expect(await page.getAttribute('#scope-count', 'data-count')).toBe('1');
    await page.waitForSelector('.view-agencies .view-result[data-state=ready]');
    const after = await options('agency-pick');
    expect(after).not.toEqual(before);
    await pickerAgreesWithPanel('agencies', 'agency-pick');
    expect(new Set(await reportsOf('.view-agencies .measure .report'))).toEqual(new Set(['深圳市 2021']));
    expect(await drawnReports()).toEqual(['深圳市政府工作报告_2022年']);
    await page.click('#views [data-view=reader]');
    await page.waitForSelector('.view-reader .reader-text');
    expect(await page.textContent('.view-reader .doc-title')).toBe('深圳市政府工作报告_2022年');
  });

  it('a year range over 宝安区: two reports; programs picked by keyboard; counts agree', async () => {
    await page.check('#scope-below');
    await pickOption(page, 'scope-place', '宝安区');
    await years(2018, 2019);
    await scoped({ place: BAOAN, from: '2018', to: '2019' });
    expect(await page.getAttribute('#scope-count', 'data-count')).toBe('2');
    expect((await drawnReports()).length).toBe(2);
    await page.click('#views [data-view=program]');
    await page.waitForSelector('.view-program .view-result[data-state=ready]');
    const programs = await options('program-pick');
    await pickerAgreesWithPanel('program', 'program-pick');
    // The keyboard: type, arrow down to the second match, Enter; Escape closes without a pick.
    // Not the first option, and a name no other option contains: typing it leaves it first.
    const second = programs
      .slice(1)
      .find((p) => programs.filter((q) => `${q.name} ${q.detail}`.includes(p.name)).length === 1);
    if (!second) throw new Error('no program to pick by its name');
    await page.click('#program-pick');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#program-pick', 'aria-activedescendant')).toBe('program-pick-opt-1');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('#program-pick', 'aria-expanded')).toBe('false');
    await page.click('#program-pick');
    await page.keyboard.type(second.name);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (count) => document.querySelector('.view-program .count[data-measures]')?.getAttribute('data-measures') === count,
      String(second.count),
    );
    const reports = new Set(await reportsOf('.view-program .measure .report'));
    expect([...reports].every((r) => r === '宝安区 2018' || r === '宝安区 2019')).toBe(true);
    await shot(page, '41-scope-program.png');
  });

  it('regulations and search follow the scope: 宝安区 2021 cites the 前海 plan; 放管服 is not in 2022', async () => {
    await years(2021, 2021);
    await scoped({ place: BAOAN, from: '2021', to: '2021' });
    await page.click('#views [data-view=regulations]');
    const plan = '全面深化前海深港现代服务业合作区改革开放方案';
    const row = page.locator('.view-regulations table.results tbody tr', { hasText: plan });
    await row.waitFor();
    expect(await page.textContent('.view-regulations table.results')).not.toContain('深圳经济特区物业管理条例');
    await row.click();
    await page.waitForSelector('.regulation-detail table.results tbody tr');
    const citations = Number(await page.textContent('.regulation-detail .citations'));
    const cited = page.locator('.regulation-detail table.results tbody tr');
    expect(await cited.count()).toBe(citations);
    expect(await page.locator('.regulation-detail table.results tbody tr td:nth-child(2)').allTextContents()).toEqual(
      Array(citations).fill('宝安区 2021'),
    );

    const hits = async () => {
      await page.fill('#search', '');
      await page.fill('#search', '放管服');
      await page.waitForSelector('#search-hits:not([hidden])');
      return page.locator('#search-hits .hit-name').allTextContents();
    };
    expect(await hits()).toContain('放管服改革');
    await years(2022, 2022);
    await scoped({ place: BAOAN, from: '2022', to: '2022' });
    expect(await hits()).not.toContain('放管服改革');
    await page.keyboard.press('Escape');
  });

  it('a report picked alone, then all: the scope bar and the URL follow', async () => {
    // The report picker offers the reports of the place and years in the scope: 宝安区 2022.
    const reports = await options('scope-doc');
    expect(reports.map((r) => r.name)).toEqual(['全部报告', '宝安区 2022']);
    expect(reports[1]?.count).toBeGreaterThan(0);
    await pickOption(page, 'scope-doc', '宝安区 2022');
    await page.waitForFunction(() => document.body.dataset.scope?.startsWith('doc='));
    expect(await page.getAttribute('#scope-count', 'data-count')).toBe('1');
    expect(await drawnReports()).toHaveLength(1);
    await page.click('#scope-all');
    await scoped({});
    expect(await page.getAttribute('#scope-count', 'data-count')).toBe('5');
    expect(page.url()).not.toContain('place=');
  });
});
