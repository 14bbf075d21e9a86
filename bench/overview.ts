// Benchmark of the first render of the explorer with all reports, at corpus scale: a fresh
// headless Chromium page opens the explorer and the clock runs until the graph is drawn (the page
// says it is ready, then two animation frames), with the script it loaded and the time its main
// thread worked (less moved by other jobs on the machine than the wall time). Reports; fails nothing.
// Usage: GOVKG_DATA_DIR=<store with the corpus> npm run bench:overview [-- --repeat 5 --url http://host:port/ --warm]
//   Without --url the explorer of this checkout is served on the store's Neo4j, as `govkg serve`
//   does (the overview of all reports computed ahead from the start), and the first page opens as
//   soon as it listens; with --warm, once the overview computed ahead is ready. With --url, any
//   running explorer is measured (the same run against an older build gives the baseline).
//   The page's first answers are kept in the store's data folder, as `govkg serve` keeps them:
//   a run after another on the same store measures a server started again on an unchanged store.
//   A blank page opens first in the browser, so its first launch is not in the first page's time.

import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { DEFAULTS, resolveConfig } from '../cypher/config.js';
import { openDatabase } from '../cypher/database.js';
import { launchBrowser } from '../test/browser.js';
import { createApp } from '../web/server/app.js';
import { numberArg } from './args.js';

const ROOT = resolve(import.meta.dirname, '..');
const REPEAT = numberArg('repeat', 5);
const at = process.argv.indexOf('--url');
const URL_ARG = at > 0 ? process.argv[at + 1] : undefined;
const WARM = process.argv.includes('--warm');

interface Run {
  ms: number;
  /** Bytes of the graph's answer (/api/overview or /api/graph). */
  bytes: number;
  nodes: number;
  /** Bytes of script the page loaded before it was ready. */
  script: number;
  /** Main-thread time of the page until drawn (Chromium's TaskDuration), and the part running script. */
  taskMs: number;
  scriptMs: number;
}

async function serveThisCheckout(): Promise<{ url: string; close(): Promise<void> }> {
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  const config = resolveConfig(process.env, {}, ROOT);
  const db = await openDatabase(config);
  const keepAnswersIn = join(config.dataDir, 'answers');
  console.log(
    existsSync(join(keepAnswersIn, 'overview.json'))
      ? `answers kept in ${keepAnswersIn} by an earlier start (served if the store is unchanged)`
      : 'no answers kept by an earlier start',
  );
  const app = createApp(db, {
    keepAnswersIn,
    queryTimeoutMs: 60_000,
    rowCap: config.rowCap,
    root: ROOT,
    overviewPollMs: DEFAULTS.overviewPollMs,
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  if (WARM) {
    const started = performance.now();
    await app.overviews.warm();
    console.log(`overview computed ahead, ready ${(performance.now() - started).toFixed(0)} ms after listening`);
  }
  return {
    url: `${base}/`,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

async function main(): Promise<void> {
  const served = URL_ARG ? null : await serveThisCheckout();
  const url = URL_ARG ?? served?.url ?? '';
  const browser = await launchBrowser();
  const blank = await browser.newPage();
  await blank.goto('about:blank');
  await blank.close();
  const runs: Run[] = [];
  try {
    for (let i = 0; i < REPEAT; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      let bytes = 0;
      let script = 0;
      page.on('response', (response) => {
        const counted = /\/api\/(overview|graph)\b/.test(response.url())
          ? (n: number) => (bytes += n)
          : /\.js$/.test(response.url())
            ? (n: number) => (script += n)
            : null;
        if (counted)
          void response.body().then(
            (body) => counted(body.length),
            () => undefined,
          );
      });
      // Each API call of the page, request sent to answer read: the server's part of the time.
      const calls: string[] = [];
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/api/')) calls.push(`${path} ${request.timing().responseEnd.toFixed(0)} ms`);
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const started = performance.now();
      await page.goto(url);
      await page.waitForSelector('body[data-ready]', { timeout: 600_000 });
      const scriptAtReady = script;
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
      );
      const ms = performance.now() - started;
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => 1000 * (metrics.find((m) => m.name === name)?.value ?? 0);
      const nodes = Number(await page.getAttribute('body', 'data-nodes'));
      const run = {
        ms,
        bytes,
        nodes,
        script: scriptAtReady,
        taskMs: metric('TaskDuration'),
        scriptMs: metric('ScriptDuration'),
      };
      runs.push(run);
      console.log(
        `run ${i + 1}: ${ms.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB, ${nodes} nodes; script ${(script / 1024).toFixed(0)} KB, ` +
          `main thread ${run.taskMs.toFixed(0)} ms (script ${run.scriptMs.toFixed(0)} ms)`,
      );
      if (i === 0) console.log(`  API calls of the first page: ${calls.join(', ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await served?.close();
  }
  const warmMedian = (of: (r: Run) => number) => {
    const warm = runs
      .slice(1)
      .map(of)
      .sort((a, b) => a - b);
    return warm[Math.floor(warm.length / 2)] ?? (runs[0] ? of(runs[0]) : 0);
  };
  const median = warmMedian((r) => r.ms);
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${url}`,
  );
  console.log(
    `first render of all reports: first page ${runs[0]?.ms.toFixed(0)} ms (${URL_ARG ? 'server at --url' : WARM ? 'after the overview computed ahead is ready' : 'as soon as the server listens'}), then median ${median.toFixed(0)} ms; ` +
      `${((runs[0]?.bytes ?? 0) / 1024).toFixed(0)} KB, ${runs[0]?.nodes ?? 0} nodes; ` +
      `script ${((runs[0]?.script ?? 0) / 1024).toFixed(0)} KB, main thread median ${warmMedian((r) => r.taskMs).toFixed(0)} ms ` +
      `(script ${warmMedian((r) => r.scriptMs).toFixed(0)} ms)`,
  );
}

await main();
