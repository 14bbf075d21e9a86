// Shared set-up of the explorer's end-to-end tests: the reference report loaded into the
// embedded Neo4j, the page built when its sources are newer than the build, `govkg serve`'s app
// on a free port, and a headless Chromium page with helpers to wait, type and download.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { warmTemplates } from '../cypher/queries.js';
import { closeApp, createApp } from '../web/server/app.js';
import { ARTIFACTS, launchBrowser } from './browser.js';
import { clearDatabase, extractFile, openTestDatabase, REFERENCE, ROOT } from './helpers.js';

export interface Explorer {
  base: string;
  page: Page;
  browser: Browser;
  /** The database the API reads, for computing expected answers independently of the page. */
  db: Database;
  /** Stops the API server (the page stays open); `startApi` starts it again on the same port. */
  stopApi(): Promise<void>;
  startApi(): Promise<void>;
  close(): Promise<void>;
}

export interface ExplorerOptions {
  /** The API's query time limit (GOVKG_QUERY_TIMEOUT_MS); default 5000. */
  queryTimeoutMs?: number;
  /** The report files to load instead of the reference report. */
  files?: string[];
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the page unless dist/web is newer than every file of web/src and web/index.html. */
async function buildIfStale(): Promise<void> {
  const built = join(ROOT, 'dist', 'web', 'index.html');
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    builtAt = 0;
  }
  const sources = Math.max(newest(join(ROOT, 'web', 'src')), statSync(join(ROOT, 'web', 'index.html')).mtimeMs);
  if (builtAt < sources) await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function openExplorer(options: ExplorerOptions = {}): Promise<Explorer> {
  await buildIfStale();
  const db: Database = await openTestDatabase();
  await clearDatabase(db);
  await loadExtractions(
    db,
    (options.files ?? [REFERENCE]).map((file) => extractFile(file)),
  );
  await warmTemplates(db);
  // Errors the server answers with a 5xx are logged with their cause, so a failed run shows it.
  const config = {
    queryTimeoutMs: options.queryTimeoutMs ?? 5000,
    rowCap: 1000,
    root: ROOT,
    logger: { level: 'error' },
  };
  let app = createApp(db, config);
  let running = true;
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const port = Number(new URL(base).port);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
  return {
    base,
    page,
    browser,
    db,
    async stopApi() {
      running = false;
      // Gone at once, as a crashed server is: requests in flight are cut, not waited for.
      await closeApp(app, 0);
    },
    async startApi() {
      app = createApp(db, config);
      await app.listen({ host: '127.0.0.1', port });
      running = true;
    },
    async close() {
      await browser.close();
      if (running) await app.close();
      await db.close();
    },
  };
}

/** What `useExplorer` opens: the explorer's options, and the page to open before the tests. */
export interface ExplorerSetUp extends ExplorerOptions {
  /**
   * The page opened before the file's tests (the path after the base, e.g. `/?view=corpus`), with
   * 120 s per page action and 240 s until the page is ready: several reports' graph is laid out first.
   */
  path?: string;
}

/**
 * Registers the set-up of an explorer test file: before its tests the explorer is opened (and
 * `path`, when given, until the page is ready) and handed to `onOpen`; after them it is closed.
 */
export function useExplorer(onOpen: (explorer: Explorer) => void, options: ExplorerSetUp = {}): void {
  let explorer: Explorer | undefined;
  beforeAll(async () => {
    explorer = await openExplorer(options);
    onOpen(explorer);
    if (options.path === undefined) return;
    explorer.page.setDefaultTimeout(120_000);
    await explorer.page.goto(`${explorer.base}${options.path}`);
    await explorer.page.waitForSelector('body[data-ready]', { timeout: 240_000 });
  }, 600_000);
  afterAll(async () => {
    await explorer?.close();
  });
}

/** test/fixtures/corpus-sz: four reports of 宝安区 over the years and one of 深圳市. */
export const CORPUS_SZ = join(ROOT, 'test', 'fixtures', 'corpus-sz');
/** The file names of the reports in CORPUS_SZ. */
export const corpusSzFiles = () => readdirSync(CORPUS_SZ).filter((f) => f.endsWith('.txt'));
export const BAOAN = 'Jurisdiction:广东省深圳市宝安区';
export const SHENZHEN = 'Jurisdiction:广东省深圳市';

/** Waits until the page has drawn the graph and the view of the scope `params` (the API's names). */
export async function waitForScope(page: Page, params: Record<string, string>): Promise<void> {
  const query = new URLSearchParams(params).toString() || 'all';
  await page.waitForSelector(`body[data-scope="${query}"]`, { timeout: 240_000 });
}

/** Runs a read query on the test database and returns its rows as plain objects (numbers as numbers). */
export async function cypherRows(db: Database, query: string, params: Record<string, unknown> = {}) {
  const result = await db.driver.executeQuery(query, params, { database: db.name });
  return result.records.map((record) =>
    Object.fromEntries(
      record.keys.map((key) => {
        const value = record.get(key) as unknown;
        const plain = typeof value === 'object' && value !== null && 'toNumber' in value ? Number(value) : value;
        return [String(key), plain];
      }),
    ),
  );
}

/** Opens `path` and waits until the page has loaded its documents and graph. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  // Labels are drawn once the webfont has their characters; screenshots show glyphs, not boxes.
  await page.waitForSelector('#graph[data-label-font]', { state: 'attached', timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
}

/** Refreshes a README screenshot in docs/, when the run is asked to (GOVKG_UPDATE_DOCS=1). */
export async function docsShot(page: Page, name: string): Promise<void> {
  if (process.env.GOVKG_UPDATE_DOCS === '1') await page.screenshot({ path: join(ROOT, 'docs', name) });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, name) });
}

/** Share of the graph area's pixels that are not the white background. */
export async function inkedShare(page: Page): Promise<number> {
  const image = PNG.sync.read(await page.locator('#graph').screenshot());
  return inkedPixels(image) / (image.data.length / 4);
}

export function inkedPixels(image: PNG): number {
  let inked = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b] = [image.data[i] ?? 255, image.data[i + 1] ?? 255, image.data[i + 2] ?? 255];
    if (r < 240 || g < 240 || b < 240) inked++;
  }
  return inked;
}

/** Replaces the console editor's text (CodeMirror: select all, then insert). */
export async function typeCypher(page: Page, text: string): Promise<void> {
  await page.waitForSelector('#cypher-editor[data-ready] .cm-content');
  await page.click('#cypher-editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
}

/** Clicks `selector` and returns the file the page downloads. */
export async function downloadFrom(page: Page, selector: string, saveAs: string) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.click(selector)]);
  const path = join(ARTIFACTS, saveAs);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

/** Picks the option named `name` of the searchable picker `#id`: types the name, clicks the option. */
export async function pickOption(page: Page, id: string, name: string): Promise<void> {
  await page.click(`#${id}`);
  await page.fill(`#${id}`, name);
  const option = page
    .locator(`#${id}-list [role=option]`)
    .filter({
      has: page.locator('.combo-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    })
    .first();
  await option.click();
}
