// Benchmark of the Neo4j side on the embedded server: loads a generated corpus (the real
// reports' extractions, copied under new document ids and with part of their entities renamed,
// so shared and unique entities mix) with the idempotent loader and with a bare
// `UNWIND … CREATE` of the same rows, in the same run; then times the use-case queries.
// Usage: npm run bench:load [-- --docs 1000 --batch 2000]

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../cypher/database.js';
import { loadExtraction } from '../cypher/load-graph.js';
import { findTemplate, readGraph, readNode, runReadQuery, searchEntities } from '../cypher/queries.js';
import { ensureSchema } from '../cypher/schema.js';
import { appendToGroup } from '../graph/group-by.js';
import type { Extraction, GraphNode } from '../graph/types.js';
import { numberArg } from './args.js';
import { extractCorpus, openBenchDatabase } from './setup.js';

const DOCS = numberArg('docs', 1000);
const BATCH = numberArg('batch', 2000);

/** A copy of an extraction under another document id; one entity in three gets a new name. */
function variant(base: Extraction, n: number): Extraction {
  const id = `bench-${n}`;
  const oldId = base.document.key.slice('Document:'.length);
  const rename = (key: string) => {
    if (key.startsWith('Document:')) return `Document:${id}`;
    if (/^(Section|Measure|Metric):/.test(key)) return key.replace(`:${oldId}:`, `:${id}:`);
    let hash = 0;
    for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
    return Math.abs(hash + n) % 3 === 0 ? `${key}#${n % 97}` : key;
  };
  const node = (g: GraphNode): GraphNode => ({
    key: rename(g.key),
    attributes: { ...g.attributes, ...('doc' in g.attributes ? { doc: id } : {}) } as GraphNode['attributes'],
  });
  return {
    document: { key: `Document:${id}`, attributes: { ...base.document.attributes, contentHash: `${n}` } },
    nodes: base.nodes.map(node),
    edges: base.edges.map((e) => ({ ...e, key: `${e.key}#${n}`, source: rename(e.source), target: rename(e.target) })),
  };
}

async function clear(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * The same rows as the loader writes, with CREATE and no idempotence, in the same batches; an
 * entity another document already created is skipped client-side (the least work that stores
 * the same graph).
 */
async function bareCreate(db: Database, extraction: Extraction, created: Set<string>): Promise<void> {
  const byKind = new Map<string, GraphNode[]>();
  for (const n of [extraction.document, ...extraction.nodes]) {
    if (created.has(n.key)) continue;
    created.add(n.key);
    appendToGroup(byKind, n.attributes.kind, n);
  }
  const kinds = new Map([extraction.document, ...extraction.nodes].map((n) => [n.key, n.attributes.kind]));
  const { nodeProps } = await import('../cypher/load-graph.js');
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      for (const [kind, nodes] of byKind) {
        const rows = nodes.map((n) => ({ key: n.key, props: nodeProps(n) }));
        for (let i = 0; i < rows.length; i += BATCH) {
          await tx.run(`UNWIND $rows AS row CREATE (n:${kind} {key: row.key}) SET n += row.props`, {
            rows: rows.slice(i, i + BATCH),
          });
        }
      }
      const groups = new Map<string, { source: string; target: string; rows: unknown[] }[]>();
      for (const e of extraction.edges) {
        const id = `${e.attributes.kind}|${kinds.get(e.source)}|${kinds.get(e.target)}`;
        const list = groups.get(id) ?? [{ source: e.source, target: e.target, rows: [] }];
        list[0]?.rows.push({ source: e.source, target: e.target });
        groups.set(id, list);
      }
      for (const [id, [group]] of groups) {
        const [type, source, target] = id.split('|');
        if (!group || !source || !target || source === 'undefined' || target === 'undefined') continue;
        await tx.run(
          `UNWIND $rows AS row MATCH (a:${source} {key: row.source}) MATCH (b:${target} {key: row.target}) CREATE (a)-[:${type}]->(b)`,
          { rows: group.rows },
        );
      }
    });
  } finally {
    await session.close();
  }
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  // --store DIR keeps the database for another run, which then times only the queries.
  const storeArg = process.argv.indexOf('--store');
  const kept = storeArg > 0 ? process.argv[storeArg + 1] : undefined;
  const storeDir = kept ?? mkdtempSync(join(tmpdir(), 'govkg-bench-'));
  const db = await openBenchDatabase(storeDir);
  const { driver } = db;
  try {
    const extractions = await extractCorpus();
    const docs = Array.from({ length: DOCS }, (_, i) => variant(extractions[i % extractions.length] as Extraction, i));
    const items = docs.reduce((n, d) => n + d.nodes.length + d.edges.length + 1, 0);
    console.log(
      `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j 5.26 embedded`,
    );
    console.log(
      `generated corpus: ${DOCS} reports, ${items.toLocaleString('en')} nodes + relationships; batch ${BATCH}`,
    );
    await ensureSchema(db);
    const stored = (await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS c', {}, { database: 'neo4j' }))
      .records[0];
    const loaded = Number(stored?.get('c') ?? 0) >= DOCS;
    let started = performance.now();
    if (!loaded) {
      const created = new Set<string>();
      for (const d of docs) await bareCreate(db, d, created);
      const bareSeconds = (performance.now() - started) / 1000;
      await clear(db);

      started = performance.now();
      for (const d of docs) await loadExtraction(db, d, { batchSize: BATCH });
      const loaderSeconds = (performance.now() - started) / 1000;
      const rate = (s: number) => `${Math.round(items / s).toLocaleString('en')} items/s`;
      console.log(`bare UNWIND … CREATE   ${bareSeconds.toFixed(1).padStart(7)} s  ${rate(bareSeconds)}`);
      console.log(`idempotent loader      ${loaderSeconds.toFixed(1).padStart(7)} s  ${rate(loaderSeconds)}`);
      console.log(`loader speed / bare create speed: ${(bareSeconds / loaderSeconds).toFixed(2)} (target ≥ 0.5)`);

      started = performance.now();
      for (const d of docs.slice(0, 20)) await loadExtraction(db, d, { batchSize: BATCH });
      console.log(`re-ingest of 20 unchanged reports: ${((performance.now() - started) / 20).toFixed(1)} ms each`);
    }

    const template = (name: string) =>
      findTemplate(name) ??
      (() => {
        throw new Error(name);
      })();
    const limits = { timeoutMs: 10_000, rowCap: 5000 };
    const sample = async (cypher: string) =>
      (await driver.executeQuery(cypher, {}, { database: 'neo4j' })).records.map((r) => r.get(0) as string);
    const agencies = await sample(
      'MATCH (a:Agency)-[:CARRIES_OUT]->() WITH a, count(*) AS c ORDER BY c DESC LIMIT 50 RETURN a.name',
    );
    const programs = await sample(
      'MATCH (p:Program)<-[:PART_OF]-(:Measure) WITH p, count(*) AS c ORDER BY c DESC LIMIT 50 RETURN p.name',
    );
    const keys = await sample('MATCH (a:Agency) RETURN a.key LIMIT 50');
    const regulations = await sample('MATCH (r:Regulation) RETURN r.name LIMIT 50');
    const words = ['冬奥', '改革', '法治', '政府', '机制', '营商环境', '委员会', '行政处罚法'];
    const cases: [string, (i: number) => Promise<unknown>][] = [
      [
        '1 agency → initiatives',
        (i) =>
          runReadQuery(
            db,
            template('agency-initiatives').cypher,
            { ...template('agency-initiatives').params, agency: agencies[i % agencies.length] },
            limits,
          ),
      ],
      [
        '2 program → measures',
        (i) =>
          runReadQuery(db, template('program-measures').cypher, { program: programs[i % programs.length] }, limits),
      ],
      ['3 regulations cited', () => runReadQuery(db, template('regulations-cited').cypher, {}, limits)],
      [
        '3 cited by',
        (i) =>
          runReadQuery(
            db,
            template('regulation-cited-by').cypher,
            { regulation: regulations[i % regulations.length] },
            limits,
          ),
      ],
      [
        '4 neighbourhood (2 hops)',
        (i) => runReadQuery(db, template('neighbourhood').cypher, { key: keys[i % keys.length] }, limits),
      ],
      [
        '4 shortest path',
        (i) =>
          runReadQuery(
            db,
            template('shortest-path').cypher,
            { from: keys[i % keys.length], to: keys[(i + 7) % keys.length] },
            limits,
          ),
      ],
      ['5 search', (i) => searchEntities(db, words[i % words.length] ?? '法治')],
      ['node detail', (i) => readNode(db, keys[i % keys.length] ?? '')],
      [
        '6 metrics of a report',
        (i) => runReadQuery(db, template('metrics').cypher, { doc: `bench-${i % DOCS}` }, limits),
      ],
      ['7 outline', (i) => runReadQuery(db, template('outline').cypher, { doc: `bench-${i % DOCS}` }, limits)],
      ['graph of one report', (i) => readGraph(db, { doc: `bench-${i % DOCS}` })],
    ];
    console.log('\nquery latency over 60 runs each (after 5 warm-up runs):');
    console.log('query                         p50 ms   p95 ms');
    for (const [name, run] of cases) {
      for (let i = 0; i < 5; i++) await run(i);
      const times: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t = performance.now();
        await run(i);
        times.push(performance.now() - t);
      }
      console.log(
        `${name.padEnd(28)}${percentile(times, 50).toFixed(1).padStart(7)}  ${percentile(times, 95).toFixed(1).padStart(7)}`,
      );
    }
  } finally {
    await db.close();
    if (!kept) rmSync(storeDir, { recursive: true, force: true });
  }
}

await main();
