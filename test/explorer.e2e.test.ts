// The explorer in a real headless Chromium, served by `govkg serve`'s app on the real embedded
// Neo4j: the graph draws, search finds an entity and its evidence shows. Screenshots go to
// test-artifacts/.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { ARTIFACTS, launchBrowser } from './browser.js';
import { clearDatabase, extractFile, openTestDatabase, REFERENCE, REFERENCE_ID, ROOT } from './helpers.js';

const db: Database = await openTestDatabase();
let browser: Browser;
let page: Page;
let base = '';
const app = createApp(db, { queryTimeoutMs: 5000, rowCap: 1000, root: ROOT });

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html')))
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await clearDatabase(db);
  await loadExtractions(db, [extractFile(REFERENCE)]);
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
});

afterAll(async () => {
  await browser?.close();
  await app.close();
  await db.close();
});

/** Share of the graph area's pixels that are not the white background. */
async function inkedShare(p: Page): Promise<number> {
  const shot = await p.locator('#graph').screenshot();
  const image = PNG.sync.read(shot);
  let inked = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i] ?? 255, image.data[i + 1] ?? 255, image.data[i + 2] ?? 255];
    if (r < 240 || g < 240 || b < 240) inked++;
  }
  return inked / (image.data.length / 4);
}

describe('the explorer', () => {
  it('draws the graph of the reference report read from the API', async () => {
    await page.goto(`${base}/?doc=${REFERENCE_ID}`);
    await page.waitForFunction(() => Number(document.body.dataset.nodes) > 0, null, { timeout: 30_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(ARTIFACTS, '01-graph.png') });
    expect(await page.textContent('#status')).toMatch(/\d+ 节点 nodes/);
    expect(await inkedShare(page)).toBeGreaterThan(0.01);
    expect(await page.locator('#legend input[type=checkbox]').count()).toBe(7);
  });

  it('finds 冬奥会筹办 by search, selects it and shows its evidence', async () => {
    await page.fill('#search', '冬奥会筹办');
    await page.waitForSelector('#search-hits [role=option]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail .evidence');
    await page.screenshot({ path: join(ARTIFACTS, '02-search-detail.png') });
    expect(await page.textContent('#detail h2')).toBe('冬奥会筹办');
    expect(await page.locator('#detail .evidence mark').first().textContent()).toBe('冬奥会筹办');
    expect(page.url()).toContain(encodeURIComponent('Program:冬奥会筹办'));
  });

  it('reopens the selection from the URL', async () => {
    await page.goto(`${base}/?doc=${REFERENCE_ID}&node=${encodeURIComponent('Regulation:行政处罚法')}`);
    await page.waitForSelector('#detail h2');
    expect(await page.textContent('#detail h2')).toBe('行政处罚法');
  });
});
