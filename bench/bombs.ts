// Latency of search and of a cheap Cypher read while hostile work runs: two expression bombs
// (`reduce` over four billion numbers, kept running back to back) and two GET /api/graph calls
// (kept in flight), against the same routes alone. Loopback only, bounded in connections and time.
// The server has the settings `govkg serve` resolves by default (console slots, CPU budget).
// Usage: npm run bench:bombs [-- --seconds 15 --connections 4]

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { resolveConfig } from '../cypher/config.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { numberArg } from './args.js';
import { extractCorpus, openBenchDatabase, ROOT } from './setup.js';

const SECONDS = numberArg('seconds', 15);
const CONNECTIONS = numberArg('connections', 4);
const BOMB = 'RETURN reduce(s = 0, i IN range(1, 4000000000) | s + i) AS s';

const storeDir = mkdtempSync(join(tmpdir(), 'govkg-bombs-'));
const db = await openBenchDatabase(storeDir);
const config = resolveConfig({});
const app = createApp(db, { ...config, queryTimeoutMs: 10_000, queryCpuMs: 5000, rowCap: 5000, root: ROOT });

interface Figures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Runs `requests` round-robin for SECONDS and gives latency percentiles of each response. */
async function load(base: string, requests: autocannon.Request[]): Promise<Figures> {
  let next = 0;
  const times: number[] = [];
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, ...requests[next++ % requests.length] }) }],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, ms: number) => times.push(ms));
    },
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  return { requests: times.length, p50: at(50), p95: at(95), p99: at(99), errors: result.errors + result.non2xx };
}

/** Keeps `count` copies of `send` running back to back until `until` resolves; counts the answers. */
function keepRunning(count: number, send: () => Promise<number>, until: Promise<unknown>) {
  let stop = false;
  void until.then(() => {
    stop = true;
  });
  const statuses: number[] = [];
  const loops = Array.from({ length: count }, async () => {
    while (!stop) statuses.push(await send());
  });
  return { statuses, done: Promise.all(loops) };
}

try {
  const extractions = await extractCorpus();
  await loadExtractions(db, extractions);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const words = ['冬奥', '改革', '法治', '政府', '机制', '营商环境', '委员会', '行政处罚法', '生态', '教育'];
  const search = words.map((w) => ({ method: 'GET' as const, path: `/api/search?q=${encodeURIComponent(w)}` }));
  const cheap = [
    {
      method: 'POST' as const,
      path: '/api/cypher',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (r:Regulation) RETURN r.name AS name LIMIT 5' }),
    },
  ];
  const both = () => Promise.all([load(base, search), load(base, cheap)]);

  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}; graph: ${extractions.length} reports`,
  );
  const load1 = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(', ');
  console.log(`${CONNECTIONS} connections per route, ${SECONDS} s, loopback; ${config.consoleSlots} console slot(s)`);
  console.log(`load average before: ${load1()}`);
  const alone = await both();
  console.log(`load average after the routes alone: ${load1()}`);

  const measuring = both();
  const bombs = keepRunning(
    2,
    async () =>
      (await fetch(`${base}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: BOMB }),
      }).then((r) => r.status)) as number,
    measuring,
  );
  const graphs = keepRunning(2, async () => (await fetch(`${base}/api/graph?cap=50000`)).status, measuring);
  const loaded = await measuring;
  await Promise.all([bombs.done, graphs.done]);

  const row = (name: string, f: Figures) =>
    `${name.padEnd(44)}${String(f.requests).padStart(8)}  ${f.p50.toFixed(0).padStart(6)}  ${f.p95.toFixed(0).padStart(6)}  ${f.p99.toFixed(0).padStart(6)}  ${String(f.errors).padStart(6)}`;
  console.log(`${'route'.padEnd(44)}requests  p50 ms  p95 ms  p99 ms  errors`);
  console.log(row('GET /api/search, alone', alone[0]));
  console.log(row('POST /api/cypher (cheap read), alone', alone[1]));
  console.log(row('GET /api/search, with bombs and graphs', loaded[0]));
  console.log(row('POST /api/cypher (cheap read), with bombs…', loaded[1]));
  const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;
  console.log(
    `meanwhile: ${bombs.statuses.length} bombs answered (${count(bombs.statuses, 504)} with 504 QUERY_TIMEOUT, ${count(bombs.statuses, 400)} with 400 QUERY_CPU_LIMIT, ${count(bombs.statuses, 503)} with 503 CONSOLE_BUSY), ${graphs.statuses.length} graphs answered (${count(graphs.statuses, 200)} with 200)`,
  );
  console.log(`load average at the end: ${load1()}`);
} finally {
  await app.close();
  await db.close();
  rmSync(storeDir, { recursive: true, force: true });
}
