// Load test of the HTTP API on loopback: the graph of the whole corpus in the embedded Neo4j,
// then 50 concurrent connections for 30 s on each of the search, node and template routes
// (autocannon), reporting throughput, p50/p95/p99 latency and errors. Bounded in time; it sends
// traffic to 127.0.0.1 only.
// Usage: npm run bench:api [-- --seconds 30 --connections 50]

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import { numberArg } from './args.js';
import { extractCorpus, openBenchDatabase, ROOT } from './setup.js';

const SECONDS = numberArg('seconds', 30);
const CONNECTIONS = numberArg('connections', 50);

const storeDir = mkdtempSync(join(tmpdir(), 'govkg-api-load-'));
const db = await openBenchDatabase(storeDir);
const { driver } = db;
const app = createApp(db, { queryTimeoutMs: 10_000, rowCap: 5000, root: ROOT });
try {
  const extractions = await extractCorpus();
  await loadExtractions(db, extractions);
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const keys = (
    await driver.executeQuery(
      'MATCH (n:Agency|Program|Regulation) RETURN n.key AS key LIMIT 200',
      {},
      { database: 'neo4j' },
    )
  ).records.map((r) => r.get('key') as string);
  const words = ['冬奥', '改革', '法治', '政府', '机制', '营商环境', '委员会', '行政处罚法', '生态', '教育'];
  const routes: { name: string; requests: autocannon.Request[] }[] = [
    {
      name: 'GET /api/search',
      requests: words.map((w) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(w)}` })),
    },
    {
      name: 'GET /api/nodes/:key',
      requests: keys.map((k) => ({ method: 'GET', path: `/api/nodes/${encodeURIComponent(k)}` })),
    },
    {
      name: 'POST /api/templates/program-measures',
      requests: [
        {
          method: 'POST',
          path: '/api/templates/program-measures',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ params: { program: '放管服改革' } }),
        },
      ],
    },
  ];
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}; graph: ${extractions.length} reports`,
  );
  console.log(`${CONNECTIONS} connections, ${SECONDS} s per route, loopback`);
  console.log('route                                   req/s    p50 ms  p95 ms  p99 ms  errors  non-2xx');
  for (const route of routes) {
    let next = 0;
    const times: number[] = [];
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [{ setupRequest: (req) => ({ ...req, ...route.requests[next++ % route.requests.length] }) }],
      setupClient: (client) => {
        client.on('response', (_status: number, _bytes: number, ms: number) => times.push(ms));
      },
    });
    times.sort((a, b) => a - b);
    const at = (p: number) => (times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(0);
    console.log(
      `${route.name.padEnd(38)}${result.requests.average.toFixed(0).padStart(7)}  ${at(50).padStart(7)}  ${at(95).padStart(6)}  ${at(99).padStart(6)}  ${String(result.errors).padStart(6)}  ${String(result.non2xx).padStart(7)}`,
    );
  }
} finally {
  await app.close();
  await db.close();
  rmSync(storeDir, { recursive: true, force: true });
}
