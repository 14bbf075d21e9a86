// A report whose names and sentences carry markup and script: after ingest, the graph, the
// detail panel, the regulations view and the reader show it as inert text, no script runs, and
// the page is served with a Content-Security-Policy that forbids inline script.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { extractDocument } from '../ingest/pipeline.js';
import { createApp } from '../web/server/app.js';
import { launchBrowser } from './browser.js';
import { openPage, shot } from './explorer-harness.js';
import { clearDatabase, openTestDatabase, ROOT } from './helpers.js';

const HOSTILE = [
  '某区人民政府2021年法治政府建设年度情况报告',
  '一、2021年主要举措和成效',
  '制定《<script>window.__xss=1</script>管理办法》，落实《<img src=x onerror="window.__xss=2">实施细则》。',
  '组织开展“<img src=x onerror=window.__xss=3>”专项行动，办理案件<b>12</b>件。',
  '推行“javascript:window.__xss=4”机制，点击<a href="javascript:window.__xss=5">这里</a>。',
].join('\n');

const db: Database = await openTestDatabase();
const app = createApp(db, { queryTimeoutMs: 5000, rowCap: 1000, root: ROOT });
let base = '';

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(db, [extractDocument({ id: 'hostile', file: 'hostile.txt', text: HOSTILE })]);
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

describe('a report carrying markup and script', () => {
  it('is stored with its markup as text', async () => {
    const result = await db.driver.executeQuery(
      "MATCH (r:Regulation) WHERE r.name CONTAINS '<script>' RETURN r.name AS name",
      {},
      { database: db.name },
    );
    expect(result.records[0]?.get('name')).toBe('<script>window.__xss=1</script>管理办法');
  });

  it('runs no script anywhere in the explorer and shows the markup as text', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      const response = await page.goto(`${base}/?doc=hostile`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
      const key = encodeURIComponent('Regulation:<script>window.__xss=1</script>管理办法');
      await openPage(page, `${base}/?doc=hostile&node=${key}`);
      await page.waitForSelector('#detail .evidence');
      expect(await page.textContent('#detail h2')).toBe('<script>window.__xss=1</script>管理办法');
      await openPage(page, `${base}/?doc=hostile&view=regulations`);
      await page.waitForTimeout(500);
      await openPage(page, `${base}/?doc=hostile&view=reader`);
      await page.waitForSelector('.reader-text .mention', { timeout: 15_000 });
      expect(await page.textContent('.reader-text')).toContain('<a href="javascript:window.__xss=5">这里</a>');
      await shot(page, 'hostile-reader.png');
      for (const link of await page.locator('.reader-text a, #detail a').all()) {
        expect(await link.getAttribute('href')).not.toMatch(/^javascript:/i);
      }
      await page.locator('.reader-text .mention').first().click();
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('#detail script, .reader-text script, .reader-text img, #detail img').count()).toBe(0);
      expect(dialogs).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
