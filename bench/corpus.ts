// Benchmark of a whole corpus, in one run: (a) a bare nodejieba.cut of its texts, (b) a bare
// `UNWIND $rows AS r CREATE (:Bench {…})` of as many rows as the corpus's graph has, into the same
// server, (c) `govkg ingest <corpus>` end to end into a fresh store while `govkg serve` runs on it,
// and (d) the latency of the API's corpus routes and main views on the stored corpus. The machine
// is shared and noisy: the load average is printed at each step, and (a) and (b) are the baselines.
// Usage: npm run bench:corpus [-- --corpus <folder>] [-- --workers N] [-- --runs 40] [-- --jvm "<options>"]

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nodejieba from 'nodejieba';
import { type Database, openEmbeddedDatabase } from '../cypher/database.js';
import { type EmbeddedNeo4j, JVM_OPTIONS, startEmbeddedNeo4j } from '../cypher/embedded-server.js';
import { jvmArgs, numberArg } from './args.js';
import { cpuByGroup, cpuSeconds } from './setup.js';

const ROOT = resolve(import.meta.dirname, '..');
const at = process.argv.indexOf('--corpus');
const corpus = resolve(at > 0 ? (process.argv[at + 1] ?? '') : join(ROOT, '..', 'shared', 'corpus-sz'));
const workers = numberArg('workers', 0);
const RUNS = numberArg('runs', 40);
/** `--jvm "<options>"`: the embedded Neo4j's JVM options, instead of JVM_OPTIONS. */
const jvmOptions = jvmArgs()[0] ?? JVM_OPTIONS;
const dataDir = mkdtempSync(join(tmpdir(), 'govkg-bench-corpus-'));
const env = { ...process.env, GOVKG_DATA_DIR: dataDir, NEO4J_URI: '' };
const bin = join(ROOT, 'bin', 'govkg.js');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const children: ChildProcess[] = [];
let neo4jServer: EmbeddedNeo4j | null = null;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** `govkg serve` on a free port of the bench store; resolves with its address. */
function serve(): Promise<string> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let err = '';
  return new Promise((done, fail) => {
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const address = /govkg explorer: (http:\/\/\S+?)\/?$/m.exec(err);
      if (address?.[1]) done(address[1]);
    });
    child.once('exit', (code) => fail(new Error(`govkg serve exited (${code}): ${err.slice(-2000)}`)));
  });
}

/** `govkg ingest` of the corpus under /usr/bin/time: wall time, CPU, peak RSS and exit code. */
async function ingest(): Promise<{ ms: number; cpu: number; rssMb: number; code: number | null; tail: string }> {
  const timeFile = join(dataDir, 'ingest.time');
  const args = ['-f', '%M %U %S', '-o', timeFile, process.execPath, bin, 'ingest', corpus];
  if (workers > 0) args.push('--workers', String(workers));
  const started = performance.now();
  const child = spawn('/usr/bin/time', args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-4000);
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  const ms = performance.now() - started;
  const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const tail = err.trim().split('\n').slice(-3).join('\n');
  return { ms, cpu: (user ?? 0) + (system ?? 0), rssMb: Math.round((kb ?? 0) / 1024), code, tail };
}

async function scalar(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const result = await db.driver.executeQuery(cypher, params, { database: db.name });
  const value = result.records[0]?.get(0);
  return typeof value === 'object' && value !== null && 'toNumber' in value ? Number(value) : value;
}

/** (b): as many rows as `count`, in statements of 2,000 and transactions of 20,000. */
async function bareCreate(db: Database, count: number): Promise<number> {
  const session = db.driver.session({ database: db.name });
  const started = performance.now();
  try {
    for (let tx = 0; tx < count; tx += 20_000) {
      await session.executeWrite(async (t) => {
        for (let i = tx; i < Math.min(count, tx + 20_000); i += 2000) {
          const rows = Array.from({ length: Math.min(2000, count - i) }, (_, j) => ({
            key: `Bench:${i + j}`,
            name: `基准行${i + j}`,
            doc: `bench-${(i + j) % 146}`,
            start: i + j,
          }));
          await t.run('UNWIND $rows AS r CREATE (:Bench {key: r.key, name: r.name, doc: r.doc, start: r.start})', {
            rows,
          });
        }
      });
    }
    return performance.now() - started;
  } finally {
    await session.run('MATCH (n:Bench) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS').catch(() => undefined);
    await session.close();
  }
}

async function timeRoute(base: string, route: { method: 'GET' | 'POST'; path: string; body?: unknown }) {
  const call = async () => {
    const response = await fetch(`${base}${route.path}`, {
      method: route.method,
      headers: route.body ? { 'content-type': 'application/json' } : {},
      body: route.body ? JSON.stringify(route.body) : undefined,
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${route.method} ${route.path}: ${response.status}`);
  };
  for (let i = 0; i < 3; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Routes with parameters picked from the stored graph: the most mentioned program and so on. */
async function routes(db: Database) {
  const pick = (cypher: string) => scalar(db, cypher) as Promise<string>;
  const program = await pick(
    'MATCH (p:Program)-[:MENTIONED_IN]->() WITH p.name AS n, count(*) AS c RETURN n ORDER BY c DESC, n LIMIT 1',
  );
  const agency = await pick(
    'MATCH (a:Agency)-[:CARRIES_OUT]->() WITH a.key AS k, count(*) AS c RETURN k ORDER BY c DESC, k LIMIT 1',
  );
  const indicator = await pick(
    'MATCH (i:Indicator)<-[:OF]-() WITH i.name AS n, count(*) AS c RETURN n ORDER BY c DESC, n LIMIT 1',
  );
  const place = await pick(
    'MATCH (d:Document)-[:IN]->(j:Jurisdiction) WITH j.key AS k, count(d) AS n RETURN k ORDER BY n DESC, k LIMIT 1',
  );
  const pair = (
    await db.driver.executeQuery(
      `MATCH (d:Document)-[:IN]->(:Jurisdiction {key: $place}) WITH d ORDER BY d.reviewedYear DESC LIMIT 2
     RETURN collect(substring(d.key, 9)) AS docs`,
      { place },
      { database: db.name },
    )
  ).records[0]?.get('docs') as string[];
  const q = encodeURIComponent;
  const scoped = `place=${q(place)}&below=1`;
  return {
    place,
    list: [
      { method: 'GET', path: '/api/corpus/jurisdictions' },
      { method: 'GET', path: '/api/corpus/indicators' },
      { method: 'GET', path: `/api/corpus/program-timeline?program=${q(program)}` },
      { method: 'GET', path: `/api/corpus/program-timeline?program=${q(program)}&${scoped}` },
      { method: 'GET', path: `/api/corpus/indicator-series?indicator=${q(indicator)}&measure=growth` },
      { method: 'GET', path: `/api/corpus/indicator-series?indicator=${q(indicator)}&measure=growth&${scoped}` },
      { method: 'GET', path: '/api/corpus/regulations' },
      { method: 'GET', path: `/api/corpus/regulations?${scoped}` },
      { method: 'GET', path: `/api/corpus/compare?a=${pair[1]}&b=${pair[0]}` },
      { method: 'GET', path: '/api/documents' },
      { method: 'GET', path: `/api/search?q=${q(program.slice(0, 4))}` },
      { method: 'GET', path: `/api/nodes/${q(agency)}` },
      { method: 'POST', path: '/api/templates/agency-initiatives', body: { params: { agency } } },
      { method: 'POST', path: '/api/templates/program-measures', body: { params: { program } } },
      { method: 'POST', path: '/api/templates/regulations-cited', body: {} },
    ] as const,
  };
}

try {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
  const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`corpus: ${corpus}: ${files.length} reports, ${chars.toLocaleString('en')} characters`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
  console.log(`Neo4j JVM: ${jvmOptions.join(' ')}`);

  nodejieba.cut(texts[0] ?? '', true); // the dictionaries load once
  let started = performance.now();
  for (const text of texts) nodejieba.cut(text, true);
  const cutMs = performance.now() - started;
  console.log(`(a) bare nodejieba.cut, one thread: ${seconds(cutMs)} s (load ${load()})`);

  // Neo4j is started here with a long start window (a loaded machine can take minutes); serve
  // and ingest find it through the store's state file and use it, as they would one serve started.
  started = performance.now();
  neo4jServer = await startEmbeddedNeo4j({
    serverDir: join(ROOT, 'cypher', 'server'),
    storeDir: join(dataDir, 'neo4j'),
    startTimeoutMs: 900_000,
    jvmOptions,
  });
  const base = await serve();
  console.log(`Neo4j on a fresh store, and govkg serve on it: ${seconds(performance.now() - started)} s`);
  const neo4jPid = neo4jServer.process.pid ?? 0;
  const [neo4jBefore, serveBefore] = [cpuByGroup(neo4jPid), cpuSeconds(children[0]?.pid)];
  const run = await ingest();
  console.log(
    `(c) govkg ingest while serving: ${seconds(run.ms)} s, peak RSS ${run.rssMb} MB, exit ${run.code} (load ${load()})`,
  );
  const neo4jCpu = [...cpuByGroup(neo4jPid)].map(([group, s]) => [group, s - (neo4jBefore.get(group) ?? 0)] as const);
  const serveCpu = cpuSeconds(children[0]?.pid) - serveBefore;
  const neo4jTotal = neo4jCpu.reduce((sum, [, s]) => sum + s, 0);
  const groups = neo4jCpu.map(([group, s]) => `${group} ${s.toFixed(1)}`).join(', ');
  console.log(
    `    CPU meanwhile: ingest ${run.cpu.toFixed(1)} s, serve ${serveCpu.toFixed(1)} s, Neo4j ${neo4jTotal.toFixed(1)} s (${groups})`,
  );
  console.log(`    ${run.tail.replace(/\n/g, '\n    ')}`);

  const db = await openEmbeddedDatabase(join(ROOT, 'cypher', 'server'), join(dataDir, 'neo4j'));
  try {
    const documents = await scalar(db, 'MATCH (d:Document) WHERE d.complete RETURN count(d)');
    const placed = await scalar(
      db,
      'MATCH (d:Document)-[:IN]->(:Jurisdiction) WHERE d.complete AND d.reviewedYear IS NOT NULL RETURN count(DISTINCT d)',
    );
    const nodes = Number(await scalar(db, 'MATCH (n) RETURN count(n)'));
    const relationships = Number(await scalar(db, 'MATCH ()-[r]->() RETURN count(r)'));
    console.log(
      `stored: ${documents} reports (${placed} in a jurisdiction with a year), ${nodes} nodes, ${relationships} relationships`,
    );

    const { place, list } = await routes(db);
    console.log(`(d) API latency, ${RUNS} calls each after 3, one at a time; place scope ${place} (load ${load()})`);
    console.log('| route | p50 ms | p95 ms |\n|---|---|---|');
    for (const route of list) {
      const { p50, p95 } = await timeRoute(base, route);
      console.log(`| ${route.method} ${decodeURIComponent(route.path)} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
    }
    const createMs = await bareCreate(db, nodes + relationships);
    console.log(
      `(b) bare UNWIND … CREATE of ${(nodes + relationships).toLocaleString('en')} rows: ${seconds(createMs)} s (load ${load()})`,
    );
  } finally {
    await db.close();
  }
} finally {
  for (const child of children.filter((c) => c.exitCode === null)) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 30_000))]);
    // A serve still running 30 s after SIGTERM would keep this process alive through its pipes.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await neo4jServer?.stop();
  if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
}
