// The explorer's use-case views in a real headless Chromium on the real embedded Neo4j with the
// reference report: agencies → initiatives, regulations, program → measures, the Cypher console
// (table, graph, refused write, error) and the report reader kept in step with the graph.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cypherRows,
  docsShot,
  downloadFrom,
  type Explorer,
  openPage,
  pickOption,
  shot,
  typeCypher,
  useExplorer,
} from './explorer-harness.js';
import { REFERENCE_ID } from './helpers.js';

let explorer: Explorer;
let page: Page;
/** Rows of the console's path query, counted with Cypher on the same database. */
let expectedRows = 0;
const home = () => `${explorer.base}/?doc=${REFERENCE_ID}`;

useExplorer((opened) => {
  explorer = opened;
  page = opened.page;
});
beforeAll(() => openPage(page, home()));

describe('the use-case views', () => {
  it('agencies → initiatives: the standing committee drives 法治建设年 as the text says, with its Cypher shown', async () => {
    // 三是强化统筹推进。区委常委会、区政府常务会议专题听取“法治建设年”工作进展…: a doer named in the text.
    await page.click('#views [data-view=agencies]');
    await page.waitForSelector('#agency-pick');
    await pickOption(page, 'agency-pick', '延庆区委常委会');
    const group = '.view-agencies .group[data-program="法治建设年"]';
    await page.waitForSelector(group);
    await page.waitForTimeout(400);
    await shot(page, '10-agencies.png');
    expect(await page.textContent(group)).toContain('区委常委会、区政府常务会议专题听取“法治建设年”工作进展');
    expect(await page.locator(`${group} .badge.implied`).count()).toBe(0);
    const cypher = await page.textContent('.view-agencies .cypher-block[data-template=agency-initiatives] pre.cypher');
    expect(cypher).toContain('$agency');
    expect(cypher).toContain('$includeDefault');
    expect(await page.textContent('.view-agencies .cypher-block pre.params')).toContain('"includeDefault":false');
    expect(Number(await page.getAttribute('body', 'data-focus'))).toBeGreaterThan(2);
    expect(decodeURIComponent(page.url())).toMatch(/view=agencies&arg=Agency:\S*延庆区委常委会/);
  });

  it("agencies → initiatives: the author's default measures only when asked for", async () => {
    // 在全区实施“法治建设年”… names no doer: the district government does it as the report's author.
    await pickOption(page, 'agency-pick', '延庆区人民政府');
    await page.waitForSelector('.view-agencies .cypher-block');
    expect(await page.locator('.view-agencies .group[data-program="法治建设年"]').count()).toBe(0);
    await page.check('#agency-include-default');
    const group = '.view-agencies .group[data-program="法治建设年"]';
    await page.waitForSelector(group);
    expect(await page.locator(`${group} .badge.implied`).count()).toBeGreaterThan(0);
    expect(await page.inputValue('#agency-pick')).toMatch(/^延庆区人民政府/);
    expect(await page.textContent('.view-agencies .cypher-block pre.params')).toContain('"includeDefault":true');
    await page.uncheck('#agency-include-default');
    await page.waitForSelector('.view-agencies .cypher-block');
  });

  it('regulations: a sortable list with citation counts; 法治政府建设实施纲要 issued by 中共中央 and 国务院', async () => {
    await page.click('#views [data-view=regulations]');
    await page.waitForSelector('.view-regulations table.results tbody tr');
    const row = page.locator('.view-regulations table.results tbody tr', { hasText: '行政处罚法' });
    expect(await row.count()).toBe(1);
    expect(Number(await row.locator('td >> nth=3').textContent())).toBeGreaterThanOrEqual(1);

    await page.click('.view-regulations th button[data-column=regulation]');
    const names = await page.locator('.view-regulations table.results tbody tr td:first-child').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN', { numeric: true })));

    await page.click('.view-regulations table.results tbody tr:has-text("法治政府建设实施纲要")');
    await page.waitForSelector('.regulation-detail table.results tbody tr');
    await page.waitForTimeout(400);
    await shot(page, '11-regulations.png');
    const issuers = await page.textContent('.regulation-detail .issuers');
    expect(issuers).toContain('中共中央');
    expect(issuers).toContain('国务院');
    expect(await page.textContent('.regulation-detail table.results')).toContain('前言');
    await page.waitForFunction(() =>
      document.querySelector('#detail h2')?.textContent?.startsWith('法治政府建设实施纲要'),
    );

    const csv = await downloadFrom(
      page,
      '.view-regulations > .view-body > .view-result .export-csv',
      'regulations.csv',
    );
    expect(csv.name).toBe('regulations.csv');
    expect(readFileSync(csv.path, 'utf8')).toContain('行政处罚法');
  });

  it('program → measures: 冬奥会筹办 lists 审查冬奥赛事合同224份 with status, metric and section', async () => {
    await page.click('#views [data-view=program]');
    await page.waitForSelector('#program-pick');
    await pickOption(page, 'program-pick', '冬奥会筹办');
    await page.waitForSelector('.view-program .measure-list li:has-text("审查冬奥赛事合同224份")');
    await page.waitForTimeout(400);
    await shot(page, '12-program.png');
    const item = page.locator('.view-program .measure-list li', { hasText: '审查冬奥赛事合同224份' });
    expect(await item.locator('.badge').textContent()).toBe('已完成');
    expect(await item.locator('.chip.metric').textContent()).toContain('224');
    expect(await item.locator('.section').textContent()).toContain('一、');
    expect(Number(await page.getAttribute('body', 'data-focus'))).toBeGreaterThanOrEqual(5);
    await item.locator('button.link').click();
    await page.waitForFunction(() =>
      document.querySelector('#detail h2')?.textContent?.includes('审查冬奥赛事合同224份'),
    );
  });

  it('console: a template example returns a table; a path query also fills the main graph', async () => {
    await page.click('#views [data-view=console]');
    await page.waitForSelector('#cypher-editor[data-ready] .cm-content');
    expect(await page.locator('#cypher-editor .cm-keyword').count()).toBeGreaterThan(0);
    await page.click('.view-console .examples button[data-template=program-measures]');
    expect(await page.textContent('#cypher-editor .cm-content')).toContain('$program');
    // The example is the program with most measures in the loaded data, counted here with Cypher.
    const [top] = await cypherRows(
      explorer.db,
      `MATCH (m:Measure)-[:PART_OF]->(p:Program) WITH p, count(DISTINCT m) AS measures
       RETURN p.name AS name, measures ORDER BY measures DESC, name LIMIT 1`,
    );
    // With the scope's parameters at "any": '' and 0, levels below included.
    expect(JSON.parse(await page.inputValue('#cypher-params'))).toEqual({
      program: top?.name,
      doc: '',
      place: '',
      below: 1,
      from: 0,
      to: 0,
    });
    await page.click('#run-query');
    await page.waitForSelector('.view-console table.results tbody tr');
    expect(await page.locator('.view-console table.results tbody tr').count()).toBe(top?.measures);

    const pathQuery =
      "MATCH p = (m:Measure)-[:PART_OF]->(:Program {name: '冬奥会筹办'})\nOPTIONAL MATCH q = (m)-[:HAS_METRIC]->(:Metric)\nRETURN p, q";
    expectedRows = (await cypherRows(explorer.db, pathQuery)).length;
    expect(expectedRows).toBeGreaterThan(0);
    await typeCypher(page, pathQuery);
    await page.click('#run-query');
    await page.waitForSelector('.view-console .graph-note');
    await page.waitForTimeout(600);
    await shot(page, '13-console-graph.png');
    await docsShot(page, 'explorer-console.png');
    expect(await page.textContent('#status')).toMatch(/查询结果：\d+ 个节点 · [1-9]\d* 条关系/);
    expect(await page.isVisible('#query-banner')).toBe(true);
    expect(await page.locator('.view-console table.results tbody tr').count()).toBe(expectedRows);
    expect(page.url()).toContain('view=console');
    expect(page.url()).toContain('cypher=');
  });

  it('console: a reloaded link reruns its query', async () => {
    await page.reload();
    await page.waitForSelector('.view-console table.results tbody tr', { timeout: 30_000 });
    expect(await page.textContent('#cypher-editor .cm-content')).toContain('冬奥会筹办');
    expect(await page.locator('.view-console table.results tbody tr').count()).toBe(expectedRows);
    await page.click('#back-to-report');
    await page.waitForFunction(() => !document.querySelector('#status')?.textContent?.includes('查询结果'));
  });

  it('console: a write is refused and an error shows Neo4j’s message inline', async () => {
    await typeCypher(page, "CREATE (n:Agency {name: '黑客'}) RETURN n");
    await page.click('#run-query');
    await page.waitForSelector('.view-console .query-error');
    await shot(page, '14-console-refused.png');
    expect(await page.getAttribute('.view-console .query-error', 'data-code')).toBe('QUERY_REFUSED');
    expect(await page.textContent('.view-console .query-error')).toMatch(/read|not allowed/i);

    await typeCypher(page, 'MATCH (n RETURN n');
    await page.click('#run-query');
    await page.waitForSelector('.view-console .query-error[data-code=QUERY_FAILED]');
    expect(await page.textContent('.view-console .query-error')).toMatch(/Invalid input|expected/i);
  });

  it('the reader highlights entities; clicking one selects it', async () => {
    await openPage(page, `${home()}&view=reader`);
    await page.waitForSelector('.reader-text .mention', { timeout: 15_000 });
    await page.click('.reader-text .mention[data-key="Program:冬奥会筹办"] >> nth=0');
    await page.waitForFunction(() => document.querySelector('#detail h2')?.textContent === '冬奥会筹办');
    expect(page.url()).toContain(encodeURIComponent('Program:冬奥会筹办'));
    expect(await page.locator('.reader-text .mention.current').count()).toBeGreaterThan(0);
    await shot(page, '15-reader.png');
  });

  it('selecting a node scrolls the reader to its mentions', async () => {
    await page.fill('#search', '行政处罚法');
    await page.waitForSelector('#search-hits [role=option]');
    await page.keyboard.press('Enter');
    const current = page.locator('.reader-text .mention.current[data-key="Regulation:行政处罚法"]').first();
    await current.waitFor();
    expect(await current.isVisible()).toBe(true);
    const box = await current.boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    expect(box && panel && box.y >= panel.y && box.y <= panel.y + panel.height).toBe(true);
    await shot(page, '16-reader-sync.png');
  });

  it('a link reopens a view with its argument', async () => {
    await openPage(page, `${home()}&view=regulations&arg=${encodeURIComponent('行政处罚法')}&lang=en`);
    await page.waitForSelector('.regulation-detail h3');
    expect(await page.textContent('.regulation-detail h3')).toBe('行政处罚法');
    expect(await page.textContent('.view-regulations h2')).toBe('Regulations cited');
    expect(await page.getAttribute('#views [data-view=regulations]', 'aria-current')).toBe('true');
    await shot(page, '17-view-link.png');
  });
});
