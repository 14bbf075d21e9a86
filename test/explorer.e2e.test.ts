// The explorer in a real headless Chromium, served by `govkg serve`'s app on the real embedded
// Neo4j with the reference report: the graph draws, legend and switches work, search finds an
// entity and its evidence, neighbours expand, exports download, the URL and the language toggle
// restore and relabel the view. Screenshots go to test-artifacts/ (and to docs/ with GOVKG_UPDATE_DOCS=1).

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../graph/types.js';
import {
  cypherRows,
  docsShot,
  downloadFrom,
  type Explorer,
  inkedPixels,
  inkedShare,
  openPage,
  shot,
  useExplorer,
} from './explorer-harness.js';
import { REFERENCE_ID } from './helpers.js';

let explorer: Explorer;
let page: Page;
const home = () => `${explorer.base}/?doc=${REFERENCE_ID}`;

useExplorer((opened) => {
  explorer = opened;
  page = opened.page;
});

async function pickSearchHit(query: string): Promise<void> {
  await page.fill('#search', '');
  await page.fill('#search', query);
  await page.waitForSelector(`#search-hits [role=option] >> text=${query}`);
  await page.keyboard.press('Enter');
}

describe('the explorer', () => {
  it('draws the graph of the reference report, with a legend that counts and toggles kinds', async () => {
    await openPage(page, home());
    await page.waitForTimeout(800);
    await shot(page, '01-graph.png');
    expect(await page.textContent('#status')).toMatch(/\d+ 个节点 · \d+ 条关系/);
    expect(Number(await page.getAttribute('body', 'data-nodes'))).toBeGreaterThan(100);
    expect(await inkedShare(page)).toBeGreaterThan(0.01);
    expect(await page.locator('#legend input[type=checkbox]').count()).toBe(NODE_KINDS.length);
    expect(Number(await page.textContent('#legend label:has([data-kind=Program]) .count'))).toBeGreaterThan(10);
    await docsShot(page, 'explorer.png');

    const before = await inkedShare(page);
    for (const kind of ['Section', 'Measure', 'Metric']) await page.click(`#legend input[data-kind=${kind}]`);
    await page.waitForTimeout(300);
    expect(await inkedShare(page)).toBeLessThan(before);
    expect(page.url()).toContain('hide=Measure%2CMetric%2CSection');
    await shot(page, '01b-kinds-hidden.png');
    for (const kind of ['Section', 'Measure', 'Metric']) await page.click(`#legend input[data-kind=${kind}]`);
    expect(page.url()).not.toContain('hide=');
  });

  it('colours by Louvain community and sizes by PageRank, through the URL too', async () => {
    await page.check('#legend input[name=color-by][value=community]');
    await page.check('#legend input[name=size-by][value=pagerank]');
    await page.waitForTimeout(300);
    await shot(page, '01c-community-pagerank.png');
    expect(await page.textContent('#legend .communities')).toMatch(/\d+ 个社区/);
    expect(page.url()).toContain('color=community');
    expect(page.url()).toContain('size=pagerank');
    await page.check('#legend input[name=color-by][value=kind]');
    await page.check('#legend input[name=size-by][value=degree]');
    expect(page.url()).not.toContain('color=');
  });

  it('finds 冬奥会筹办 by search, selects it and shows its evidence', async () => {
    await page.fill('#search', '冬奥会筹办');
    await page.waitForSelector('#search-hits [role=option]');
    expect(await page.getAttribute('#search-hits [role=option] >> nth=0', 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail .evidence');
    await page.waitForTimeout(400);
    await shot(page, '02-search-detail.png');
    await docsShot(page, 'explorer-detail.png');
    expect(await page.textContent('#detail h2')).toBe('冬奥会筹办');
    expect(await page.locator('#detail .evidence mark').first().textContent()).toBe('冬奥会筹办');
    expect(await page.locator('#detail .evidence .path').first().textContent()).toMatch(/一、 > \(二\)/);
    expect(page.url()).toContain(encodeURIComponent('Program:冬奥会筹办'));
  });

  it('moves to a neighbour from the detail panel, down to a metric with value, unit and subject', async () => {
    // The measure's key holds its offset in the text: look it up by its words on the same database.
    const [row] = await cypherRows(
      explorer.db,
      "MATCH (m:Measure {doc: $doc}) WHERE m.text CONTAINS '审查冬奥赛事合同224份' RETURN m.key AS key",
      { doc: REFERENCE_ID },
    );
    const measure = String(row?.key);
    await page.click(`#detail button[data-key="${measure}"]`);
    await page.waitForFunction(() =>
      document.querySelector('#detail h2')?.textContent?.includes('审查冬奥赛事合同224份'),
    );
    expect(await page.textContent('#detail .kind')).toBe('措施');
    expect(page.url()).toContain(encodeURIComponent(measure));
    await page.click('#detail h3[data-rel=HAS_METRIC] + ul button >> nth=0');
    await page.waitForFunction(() => document.querySelector('#detail .kind')?.textContent === '指标');
    expect(await page.textContent('#detail dd[data-prop=value]')).toBe('224');
    expect(await page.textContent('#detail dd[data-prop=unit]')).toBe('份');
    expect((await page.textContent('#detail dd[data-prop=subject]'))?.length).toBeGreaterThan(0);
    expect(await page.locator('#detail .evidence mark').count()).toBeGreaterThan(0);
  });

  it("shows a regulation's type and issuers", async () => {
    await pickSearchHit('法治政府建设实施纲要');
    await page.waitForFunction(() =>
      document.querySelector('#detail h2')?.textContent?.startsWith('法治政府建设实施纲要'),
    );
    expect(await page.textContent('#detail dd[data-prop=docType]')).toBe('实施纲要');
    const issuers = await page.locator('#detail h3[data-rel=ISSUED_BY] + ul button').allTextContents();
    expect(issuers.join(' ')).toContain('中共中央');
    expect(issuers.join(' ')).toContain('国务院');
  });

  it('expands a node with more neighbours from Neo4j', async () => {
    await openPage(page, `${home()}&hide=Measure`);
    await pickSearchHit('冬奥会筹办');
    await page.waitForSelector('#detail #expand');
    await page.click('#detail #expand');
    await page.waitForFunction(() => {
      const note = document.querySelector('#detail .note');
      return note?.textContent && !note.querySelector('.state-loading');
    });
    await shot(page, '03-expand.png');
    expect(await page.locator('#detail .note [role=alert]').count()).toBe(0);
    expect(await page.textContent('#detail .note')).toMatch(/已加入 \d+ 个节点|没有新的邻居/);
  });

  it('exports PNG, GEXF and graphology JSON of the current view', async () => {
    await openPage(page, home());
    await page.click('#export summary');
    const png = await downloadFrom(page, '#export-png', 'export.png');
    expect(png.name).toMatch(/\.png$/);
    const image = PNG.sync.read(readFileSync(png.path));
    expect(image.width).toBeGreaterThan(100);
    expect(inkedPixels(image)).toBeGreaterThan(1000);

    await page.click('#export summary');
    const gexf = await downloadFrom(page, '#export-gexf', 'export.gexf');
    const xml = readFileSync(gexf.path, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('冬奥会筹办');

    await page.click('#export summary');
    const json = await downloadFrom(page, '#export-json', 'export.json');
    const exported = JSON.parse(readFileSync(json.path, 'utf8')) as { nodes: { key: string }[]; edges: unknown[] };
    expect(exported.nodes.length).toBe(Number(await page.getAttribute('body', 'data-nodes')));
    expect(exported.nodes.some((n) => n.key === 'Regulation:行政处罚法')).toBe(true);
    await shot(page, '04-export.png');
  });

  it('reopens the selection, filters and view from the URL', async () => {
    const url = `${home()}&node=${encodeURIComponent('Regulation:行政处罚法')}&hide=Section&color=community`;
    await openPage(page, url);
    await page.waitForFunction(() => document.querySelector('#detail h2')?.textContent === '行政处罚法');
    expect(await page.isChecked('#legend input[data-kind=Section]')).toBe(false);
    expect(await page.isChecked('#legend input[name=color-by][value=community]')).toBe(true);
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    await page.waitForFunction(() => document.querySelector('#detail h2')?.textContent === '行政处罚法');
    expect(page.url()).toContain('hide=Section');
    await shot(page, '05-url-restored.png');
  });

  it('switches every label to English and back', async () => {
    await openPage(page, home());
    await page.click('#lang');
    expect(await page.textContent('#views [data-view=regulations]')).toBe('Regulations');
    expect(await page.textContent('#status')).toMatch(/\d+ nodes · \d+ edges/);
    expect(await page.textContent('#legend summary')).toBe('Kinds');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(page.url()).toContain('lang=en');
    await shot(page, '06-english.png');
    await page.reload();
    await page.waitForSelector('body[data-ready]');
    expect(await page.textContent('#views [data-view=program]')).toBe('Program → measures');
    await page.click('#lang');
    expect(await page.textContent('#views [data-view=regulations]')).toBe('法规引用');
  });

  it('shows a designed error when the API is down, not a blank page', async () => {
    await page.route('**/api/graph*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"error":{"code":"NEO4J_UNREACHABLE","message":"Neo4j did not answer"}}',
      }),
    );
    await page.goto(home());
    await page.waitForSelector('#status.error');
    // The page says it in its language, and keeps the API's code on the element.
    expect(await page.getAttribute('#status', 'data-code')).toBe('NEO4J_UNREACHABLE');
    expect(await page.textContent('#status')).toContain('图数据库 Neo4j 没有应答');
    await page.unroute('**/api/graph*');
  });
});
