// Adding and removing reports from the page, in a real headless Chromium on the real embedded
// Neo4j (test/fixtures/corpus-sz): a report chosen in the file picker and one dropped on the page
// go through the server's pipeline and appear in the report list and the graph; removing one (after
// a confirm) takes it away and keeps what the other reports state. Read in the texts: 五个一工程 is in
// the 宝安区 reports delivered in 2020 and 2023 only, 宝企帮百村 in the 2020 one only.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId } from '../ingest/read-report.js';
import { cypherRows, type Explorer, openExplorer, shot } from './explorer-harness.js';
import { ROOT } from './helpers.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'corpus-sz');
const file = (suffix: string, place = '宝安区') => {
  const name = readdirSync(FIXTURE).find((f) => f.includes(place) && f.endsWith(suffix));
  if (!name) throw new Error(`no fixture ${place} ${suffix}`);
  return join(FIXTURE, name);
};
const BASE = [file('_2023.txt'), file('_2022年.txt', '深圳市政府')];
const PICKED = file('_2020.txt');
const DROPPED = file('_2019.txt');
/** An uploaded report's id is its text's; the harness loads the others under their file names. */
const idOf = (path: string) => documentId(readFileSync(path, 'utf8'));
const baseId = (path: string) => basename(path, '.txt');

let explorer: Explorer;
let page: Page;

beforeAll(async () => {
  explorer = await openExplorer({ files: BASE, queryTimeoutMs: 30_000 });
  page = explorer.page;
  // The whole graph of the reports is laid out before the page says it is ready: give it time.
  await page.goto(`${explorer.base}/`);
  await page.waitForSelector('body[data-ready]', { timeout: 240_000 });
}, 600_000);
afterAll(async () => {
  await explorer?.close();
});

const listed = () =>
  page.locator('.reports-panel li.report').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.doc));
const nodes = async () => Number(await page.getAttribute('body', 'data-nodes'));

/** Waits until the upload line of `name` is done (or failed: the test then shows why). */
async function uploaded(name: string): Promise<void> {
  const line = page.locator(`.uploads li.upload[data-file="${name}"]`);
  await line.locator('xpath=self::*[@data-stage="done" or @data-stage="failed"]').waitFor({ timeout: 240_000 });
  expect(await line.locator('.upload-error').count(), (await line.textContent()) ?? '').toBe(0);
  expect(await line.getAttribute('data-stage')).toBe('done');
}

/** Waits until the corpus overview (the graph of all reports) counts `n` reports. */
async function overviewOf(n: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      !document.body.dataset.loading &&
      (document.querySelector('#overview-status')?.textContent ?? '').includes(`· ${count} 份报告`),
    n,
  );
}

async function stated(key: string): Promise<string[]> {
  const rows = await cypherRows(
    explorer.db,
    'MATCH ({key: $key})-[:MENTIONED_IN]->(s:Section) RETURN DISTINCT s.doc AS doc ORDER BY doc',
    { key },
  );
  return rows.map((r) => String(r.doc));
}

describe('reports from the page', { timeout: 600_000 }, () => {
  let before = 0;

  it('adds a report chosen in the file picker: progress, then the list and the graph', async () => {
    await overviewOf(2);
    before = await nodes();
    await page.click('.reports-toggle');
    expect(await listed()).toEqual(expect.arrayContaining(BASE.map(baseId)));
    expect(await listed()).toHaveLength(2);
    await page.setInputFiles('#report-files', PICKED);
    const name = PICKED.split('/').at(-1) ?? '';
    await page.waitForSelector(`.uploads li.upload[data-file="${name}"] progress`);
    await uploaded(name);
    await page.waitForSelector(`.reports-panel li.report[data-doc="${idOf(PICKED)}"]`);
    expect(await listed()).toContain(idOf(PICKED));
    // The graph of all reports is loaded again, with the new one.
    await overviewOf(3);
    expect(await stated('Program:五个一工程')).toEqual([idOf(PICKED), baseId(BASE[0] ?? '')].sort());
    expect(await stated('Program:宝企帮百村')).toEqual([idOf(PICKED)]);
    await shot(page, 'reports-added.png');
  });

  it('removes it after a confirm, keeping what the other reports state', async () => {
    const id = idOf(PICKED);
    const row = page.locator(`.reports-panel li.report[data-doc="${id}"]`);
    // Cancelling leaves it.
    await row.locator('.remove-report').click();
    await row.locator('.cancel-remove').click();
    expect(await listed()).toContain(id);
    await row.locator('.remove-report').click();
    await row.locator('.confirm-remove').click();
    await page.waitForFunction((doc) => !document.querySelector(`.reports-panel li.report[data-doc="${doc}"]`), id);
    await page.waitForFunction(() => !document.body.dataset.loading);
    expect(await listed()).toHaveLength(2);
    // The graph is that of the two other reports again.
    await overviewOf(2);
    expect(await nodes()).toBe(before);
    expect(await stated('Program:五个一工程')).toEqual([baseId(BASE[0] ?? '')]);
    expect(await stated('Program:宝企帮百村')).toEqual([]);
  });

  it('adds a report dropped on the page', async () => {
    const name = DROPPED.split('/').at(-1) ?? '';
    const bytes = readFileSync(DROPPED).toString('base64');
    await page.evaluate(
      ({ name, bytes }) => {
        const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name, { type: 'text/plain' }));
        const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
        document.body.dispatchEvent(new DragEvent('dragover', init));
        if (document.body.dataset.dropping !== 'true') throw new Error('the page did not take the drag');
        document.body.dispatchEvent(new DragEvent('drop', init));
      },
      { name, bytes },
    );
    await uploaded(name);
    await page.waitForSelector(`.reports-panel li.report[data-doc="${idOf(DROPPED)}"]`);
    expect(await listed()).toHaveLength(3);
    // The graph of all reports is loaded again, with the new one.
    await overviewOf(3);
  });

  it('shows a file it cannot read as failed, naming it', async () => {
    await page.setInputFiles('#report-files', {
      name: 'notes.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ'),
    });
    const line = page.locator('.uploads li.upload[data-file="notes.exe"]');
    await line.locator('xpath=self::*[@data-stage="failed"]').waitFor();
    expect(await line.locator('.upload-error').textContent()).not.toBe('');
    await shot(page, 'reports-failed.png');
  });
});
