// Exploring beyond the use-case views, in a real headless Chromium on the real embedded Neo4j
// with the reference report and an 8 s query limit: the console's graph drawn at once, the
// timeout reported at the limit, shortest paths, neighbourhoods by depth, property filters and
// saved views, the node table, the server unreachable, errors in both languages, legibility.
// Expected answers are computed with Cypher on the same database, not read from the page.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  cypherRows,
  docsShot,
  downloadFrom,
  type Explorer,
  openPage,
  shot,
  typeCypher,
  useExplorer,
} from './explorer-harness.js';
import { REFERENCE_ID } from './helpers.js';

const QUERY_TIMEOUT_MS = 8000;
let explorer: Explorer;
let page: Page;
const home = () => `${explorer.base}/?doc=${REFERENCE_ID}`;

useExplorer(
  (opened) => {
    explorer = opened;
    page = opened.page;
  },
  { queryTimeoutMs: QUERY_TIMEOUT_MS },
);

/** Waits until the camera has stopped and a frame has drawn, and returns what that frame drew. */
async function drawn(): Promise<{ labels: number; edges: number }> {
  // Camera moves last 300 ms; wait past them, then for a frame drawn at rest.
  await page.waitForTimeout(500);
  await page.waitForFunction(() => {
    const graph = document.querySelector<HTMLElement>('#graph');
    return graph?.dataset.moving === 'false';
  });
  return page.evaluate(() => {
    const graph = document.querySelector<HTMLElement>('#graph');
    return { labels: Number(graph?.dataset.labels), edges: Number(graph?.dataset.edges) };
  });
}

/** Pixels with ink on sigma's label layer (a 2D canvas, so it can be read back). */
async function labelInk(): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#graph canvas.sigma-labels');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) inked++;
    return inked;
  });
}

async function pickSearchHit(query: string): Promise<void> {
  await page.fill('#search', '');
  await page.fill('#search', query);
  await page.waitForSelector(`#search-hits [role=option] >> text=${query}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => document.querySelector('#detail h2')?.textContent === name, query);
}

const statusCounts = async () => {
  const text = (await page.textContent('#status')) ?? '';
  const [, nodes, edges] = /(\d+) 个节点 · (\d+) 条关系/.exec(text) ?? [];
  return { text, nodes: Number(nodes), edges: Number(edges) };
};

describe('exploring the graph', () => {
  it('console: a path query shows its nodes with labels and edges at once, without any zoom', async () => {
    await openPage(page, `${home()}&view=console`);
    await typeCypher(page, "MATCH p = (m:Measure)-[:PART_OF]->(:Program {name: '冬奥会筹办'})\nRETURN p");
    await page.click('#run-query');
    await page.waitForSelector('.view-console .graph-note');
    const rows = await page.locator('.view-console table.results tbody tr').count();
    const { nodes, edges } = await statusCounts();
    expect(nodes).toBe(rows + 1);
    expect(edges).toBe(rows);
    const frame = await drawn();
    expect(frame.edges).toBe(edges);
    expect(frame.labels).toBe(nodes);
    expect(await labelInk()).toBeGreaterThan(200 * nodes);
    await shot(page, '20-console-path.png');
    await docsShot(page, 'explorer-console-path.png');
  });

  it('console: nodes returned without their relationships are connected, as in Neo4j Browser', async () => {
    await typeCypher(page, "MATCH (m:Measure)-[:PART_OF]->(p:Program {name: '冬奥会筹办'})\nRETURN m, p");
    await page.click('#run-query');
    await page.waitForSelector('.view-console .graph-note');
    const [expected] = await cypherRows(
      explorer.db,
      "MATCH (m:Measure)-[r]-(p:Program {name: '冬奥会筹办'}) RETURN count(r) AS edges",
    );
    expect((await statusCounts()).edges).toBe(expected?.edges);
    expect(await page.textContent('.view-console .graph-note')).toContain('自动连上');
    expect((await drawn()).edges).toBe(expected?.edges);
  });

  it('console: a runaway query reports the timeout within 2 s of the limit, in Chinese and in English', async () => {
    await typeCypher(page, 'UNWIND range(1, 100000000000) AS i WITH i WHERE i % 2 = 3 RETURN count(*)');
    const started = Date.now();
    await page.click('#run-query');
    await page.waitForSelector('.view-console .query-error[data-code=QUERY_TIMEOUT]', { timeout: 30_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(QUERY_TIMEOUT_MS + 2000);
    expect(await page.textContent('.view-console .query-error .error-text')).toContain('查询超过时间上限');
    await shot(page, '21-console-timeout.png');

    await page.click('#lang');
    await page.waitForSelector('.view-console .query-error[data-code=QUERY_TIMEOUT]');
    expect(await page.textContent('.view-console .query-error .error-text')).toContain(
      'The query ran past its time limit',
    );
    expect(await page.textContent('.view-console .query-error .error-title')).toBe('Something went wrong');
    await shot(page, '22-console-timeout-en.png');
    await docsShot(page, 'explorer-error-en.png');
    await page.click('#lang');
    expect(await page.textContent('.view-console .query-error .error-text')).toContain('查询超过时间上限');
  });

  it('the shortest paths between two picked nodes are drawn and listed with their Cypher', async () => {
    const from = 'Program:冬奥会筹办';
    const to = 'Regulation:行政处罚法';
    await openPage(page, home());
    await pickSearchHit('冬奥会筹办');
    await page.click('#detail #path-from');
    await pickSearchHit('行政处罚法');
    await page.click('#detail #path-to');
    await page.waitForSelector('.view-paths .path-list li');
    const [expected] = await cypherRows(
      explorer.db,
      `MATCH (a {key: $from}), (b {key: $to})
       MATCH p = allShortestPaths((a)-[*..6]-(b)) RETURN length(p) AS hops, count(p) AS paths`,
      { from, to },
    );
    const items = page.locator('.view-paths .path-list li');
    expect(await items.count()).toBe(Math.min(10, Number(expected?.paths)));
    expect(await page.textContent('.view-paths [data-end=from]')).toBe('冬奥会筹办');
    expect(await page.textContent('.view-paths [data-end=to]')).toBe('行政处罚法');
    const first = await items.first().locator('button[data-key]').allTextContents();
    expect(first).toHaveLength(Number(expected?.hops) + 1);
    expect(first[0]).toContain('冬奥会筹办');
    expect(first.at(-1)).toContain('行政处罚法');
    expect(await page.textContent('.view-paths .cypher-block pre.cypher')).toContain('allShortestPaths');
    const { text, edges } = await statusCounts();
    expect(text).toMatch(/^路径：/);
    expect(edges).toBeGreaterThanOrEqual(Number(expected?.hops));
    expect((await drawn()).edges).toBe(edges);
    expect(page.url()).toContain(`view=paths&from=${encodeURIComponent(from)}`);
    await shot(page, '23-paths.png');
    await docsShot(page, 'explorer-paths.png');
  });

  it('a depth-2 neighbourhood has as many nodes as Cypher counts within 2 hops', async () => {
    const key = 'Program:冬奥会筹办';
    await openPage(page, `${home()}&node=${encodeURIComponent(key)}`);
    await page.click('#detail .depth-control button[data-hops="2"]');
    await page.waitForSelector('#detail .neighbourhood-note[data-hops="2"]');
    const [expected] = await cypherRows(
      explorer.db,
      'MATCH (n {key: $key})-[*1..2]-(m) WHERE m <> n RETURN count(DISTINCT m) AS count',
      { key },
    );
    const note = page.locator('#detail .neighbourhood-note');
    const total = Number(await note.getAttribute('data-total'));
    const shown = Number(await note.getAttribute('data-shown'));
    expect(total).toBe(expected?.count);
    expect(shown).toBe(Math.min(total, 150));
    expect(Number(await note.getAttribute('data-omitted'))).toBe(total - shown);
    expect(await note.textContent()).toContain(`2 步内共 ${total} 个节点`);
    const status = await statusCounts();
    expect(status.text).toMatch(/^邻域：/);
    expect(status.nodes).toBe(shown + 1);
    await drawn();
    await shot(page, '24-neighbourhood.png');
    await docsShot(page, 'explorer-neighbourhood.png');
  });

  it('a property filter and a saved view survive a reload', async () => {
    await openPage(page, home());
    const all = Number(await page.getAttribute('body', 'data-nodes'));
    const [notDone] = await cypherRows(
      explorer.db,
      "MATCH (m:Measure {doc: $doc}) WHERE m.status IS NOT NULL AND m.status <> 'done' RETURN count(m) AS count",
      { doc: REFERENCE_ID },
    );
    const expected = all - Number(notDone?.count);
    expect(Number(notDone?.count)).toBeGreaterThan(0);
    await page.click('#filters summary');
    await page.selectOption('#filters select[data-filter=status]', 'done');
    await page.waitForFunction(
      (text) => document.querySelector('#status')?.textContent?.startsWith(text),
      `${expected} / ${all}`,
    );
    expect(page.url()).toContain('f=status%3Adone');
    await shot(page, '25-filter.png');
    await docsShot(page, 'explorer-filter.png');

    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.textContent('#status')).toContain(`${expected} / ${all}`);
    await page.click('#filters summary');
    expect(await page.inputValue('#filters select[data-filter=status]')).toBe('done');

    await page.click('#saved-views summary');
    await page.fill('#view-name', '已完成的措施');
    await page.click('#save-view');
    await openPage(page, home());
    expect(await page.textContent('#status')).not.toContain('/');
    await page.click('#saved-views summary');
    await shot(page, '26-saved-views.png');
    await docsShot(page, 'explorer-saved-views.png');
    await Promise.all([page.waitForNavigation(), page.click('#saved-views a.saved-view >> text=已完成的措施')]);
    await page.waitForSelector('body[data-ready]');
    expect(await page.textContent('#status')).toContain(`${expected} / ${all}`);
    expect(page.url()).toContain('f=status%3Adone');
  });

  it('the node table lists every regulation, sorts by degree and exports what it shows', async () => {
    await openPage(page, `${home()}&view=table&arg=Regulation`);
    await page.waitForSelector('.view-table table.results tbody tr');
    const [expected] = await cypherRows(
      explorer.db,
      'MATCH (:Section {doc: $doc})<-[:MENTIONED_IN]-(r:Regulation) RETURN count(DISTINCT r) AS count',
      { doc: REFERENCE_ID },
    );
    const rows = page.locator('.view-table table.results tbody tr');
    expect(await rows.count()).toBe(expected?.count);
    await page.click('.view-table th button[data-column=degree]');
    const header = await page.locator('.view-table table.results th').allTextContents();
    const degreeAt = header.findIndex((h) => h.startsWith('度数'));
    const degrees = (await page.locator(`.view-table tbody td:nth-child(${degreeAt + 1})`).allTextContents()).map(
      Number,
    );
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBeGreaterThan(degrees.at(-1) ?? 0);
    const topName = await page.textContent('.view-table tbody tr:first-child td:first-child');
    await shot(page, '27-table.png');
    await docsShot(page, 'explorer-table.png');

    const csv = await downloadFrom(page, '.view-table .export-csv', 'nodes.csv');
    expect(csv.name).toBe('nodes-Regulation.csv');
    const lines = readFileSync(csv.path, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]?.split(',')).toEqual(expect.arrayContaining(['name', 'degree', 'key', 'docType']));
    expect(lines).toHaveLength(Number(expected?.count) + 1);
    expect(lines[1]?.startsWith(`${topName},`)).toBe(true);
    const names = lines.slice(1).map((line) => line.split(',')[0]);
    expect(names).toContain('行政处罚法');

    await page.fill('#table-search', '行政处罚');
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    await rows.filter({ hasText: '行政处罚法' }).first().click();
    await page.waitForFunction(() => document.querySelector('#detail h2')?.textContent === '行政处罚法');
  });

  it('with the API stopped, search, a view and the console say the server is unreachable, with retry', async () => {
    await openPage(page, `${home()}&view=console`);
    await page.waitForSelector('#cypher-editor[data-ready] .cm-content');
    await explorer.stopApi();
    try {
      await page.click('#run-query');
      await page.waitForSelector('.view-console .query-error .state-unreachable');
      expect(await page.textContent('.view-console .state-unreachable .error-title')).toBe('无法连接服务器');
      expect(await page.locator('.view-console .state-unreachable button.retry').count()).toBe(1);

      await page.fill('#search', '冬奥');
      await page.waitForSelector('#search-hits .state-unreachable');
      expect(await page.textContent('#search-hits')).toContain('无法连接服务器');
      expect(await page.textContent('#search-hits')).not.toContain('没有匹配项');
      await shot(page, '28-unreachable-search.png');

      await page.click('#views [data-view=regulations]');
      await page.waitForSelector('.view-regulations .state-unreachable button.retry');
      await shot(page, '29-unreachable-view.png');
      await docsShot(page, 'explorer-unreachable.png');
    } finally {
      await explorer.startApi();
    }
    await page.click('.view-regulations .state-unreachable button.retry');
    await page.waitForSelector('.view-regulations table.results tbody tr');
  });

  it('legibility: the selected node’s neighbours are labelled, and the legend keeps out of the graph', async () => {
    const key = 'Program:冬奥会筹办';
    await openPage(page, `${home()}&node=${encodeURIComponent(key)}`);
    const [degree] = await cypherRows(
      explorer.db,
      'MATCH (n {key: $key})--(m) WHERE m:Measure OR m:Section OR m:Agency OR m:Regulation OR m:Program OR m:Metric OR m:Document RETURN count(DISTINCT m) AS count',
      { key },
    );
    await page.click('#fit');
    const frame = await drawn();
    expect(Number(degree?.count)).toBeLessThanOrEqual(40);
    expect(frame.labels).toBeGreaterThanOrEqual(Number(degree?.count));
    const area = await page.locator('#graph').boundingBox();
    const legend = await page.locator('#legend').boundingBox();
    if (!area || !legend) throw new Error('no graph or legend box');
    // The legend keeps to the bottom strip, away from the middle where the fitted graph lies.
    expect(legend.y).toBeGreaterThan(area.y + area.height * 0.6);
    await shot(page, '30-legibility.png');
    await docsShot(page, 'explorer-legibility.png');
    await page.click('#legend summary');
    const folded = await page.locator('#legend').boundingBox();
    expect(folded?.height).toBeLessThan(40);
  });
});
