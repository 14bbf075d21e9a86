// Profile of the loader alone: the corpus is extracted first (timed apart), then stored by
// loadExtractions into a fresh embedded Neo4j, as `govkg ingest` stores it. Prints the time and
// rows of each statement kind, and the CPU seconds of the Neo4j JVM by thread group (its JIT
// compilers, the Bolt workers that run the statements and commits, GC, the rest), read from
// /proc: on a shared machine the wall times move with the load, the CPU seconds much less.
// Usage: npm run bench:load-profile [-- --group 8 --workers 2] [-- --jvm "-XX:+UseG1GC" --jvm …]
//        [folder, default ../shared/corpus-sz]

import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GROUP_SIZE } from '../cli/ingest-command.js';
import { JVM_OPTIONS } from '../cypher/embedded-server.js';
import { loadExtractions } from '../cypher/load-graph.js';
import type { Extraction } from '../graph/types.js';
import { expandInputs } from '../ingest/extract-files.js';
import { extractInWorkers } from '../ingest/extract-pool.js';
import { jvmArgs, numberArg } from './args.js';
import { cpuByGroup, openBenchDatabase, ROOT } from './setup.js';

const GROUP = numberArg('group', GROUP_SIZE);
/** Each `--jvm "<options>"` loads once more, in turn, on a JVM with those options. */
const JVMS = jvmArgs();
if (JVMS.length === 0) JVMS.push([...JVM_OPTIONS]);
const WORKERS = numberArg('workers', 2);
const folder = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));

/** A statement's kind for the table: its verb and label, or type and end labels. */
function statementKind(query: string): string {
  const verb = /\b(MERGE|CREATE)\b/.exec(query)?.[1] ?? 'MATCH';
  const type = /\[r:(\w+)/.exec(query)?.[1];
  const ends = /\(a:(\w+)/.test(query) ? `${/\(a:(\w+)/.exec(query)?.[1]}->${/\(b:(\w+)/.exec(query)?.[1]}` : 'by id';
  if (type) return `${verb} ${type} ${ends}`;
  if (/SET d\.complete = true/.test(query)) return 'MATCH Document (complete)';
  return `${verb} ${/\((?:n|d):(\w+)/.exec(query)?.[1]}`;
}

const files = await expandInputs([folder ?? join(ROOT, '..', 'shared', 'corpus-sz')]);
let started = performance.now();
const extractions: Extraction[] = [];
for await (const extraction of extractInWorkers(files, [], { workers: WORKERS })) extractions.push(extraction);
const extractSeconds = (performance.now() - started) / 1000;

/** One load of the extractions into a fresh store on a JVM started with `jvm`, with its profile. */
async function profile(jvm: readonly string[]): Promise<void> {
  console.log(`\nJVM ${jvm.join(' ')}`);
  const statements = new Map<string, { ms: number; rows: number; count: number }>();
  const store = await mkdtemp(join(tmpdir(), 'govkg-load-profile-'));
  const db = await openBenchDatabase(join(store, 'neo4j'), jvm);
  const { pid } = JSON.parse(readFileSync(join(store, 'neo4j', 'server.json'), 'utf8')) as { pid: number };
  try {
    const before = cpuByGroup(pid);
    started = performance.now();
    const summaries = await loadExtractions(db, extractions, {
      groupSize: GROUP,
      onStatement: (query, rows, ms) => {
        const kind = statementKind(query);
        const entry = statements.get(kind) ?? { ms: 0, rows: 0, count: 0 };
        statements.set(kind, { ms: entry.ms + ms, rows: entry.rows + rows, count: entry.count + 1 });
      },
    });
    const loadSeconds = (performance.now() - started) / 1000;
    const after = cpuByGroup(pid);
    const stored = summaries.filter((s) => s.status === 'created').length;
    const nodes = summaries.reduce((n, s) => n + s.nodesCreated, 0);
    const relationships = summaries.reduce((n, s) => n + s.relationshipsCreated, 0);
    console.log(`${files.length} files: extraction ${extractSeconds.toFixed(1)} s (${WORKERS} workers)`);
    console.log(`load ${loadSeconds.toFixed(1)} s, groups of ${GROUP}: ${stored} reports stored,`);
    console.log(`  ${nodes} nodes and ${relationships} relationships created`);
    const cpu = [...after].map(([group, s]) => [group, s - (before.get(group) ?? 0)] as const);
    const total = cpu.reduce((sum, [, s]) => sum + s, 0);
    console.log(`Neo4j JVM CPU ${total.toFixed(1)} s:`);
    for (const [group, s] of cpu.sort((a, b) => b[1] - a[1])) console.log(`${s.toFixed(1).padStart(8)} s  ${group}`);
    const statementMs = [...statements.values()].reduce((sum, e) => sum + e.ms, 0);
    console.log(`statements ${(statementMs / 1000).toFixed(1)} s of the load (the rest: look-ups, commits):`);
    for (const [kind, e] of [...statements].sort((a, b) => b[1].ms - a[1].ms))
      console.log(
        `${(e.ms / 1000).toFixed(2).padStart(8)} s ${String(e.rows).padStart(8)} rows ${String(e.count).padStart(5)}×  ${kind}`,
      );
  } finally {
    await db.close();
    rmSync(store, { recursive: true, force: true });
  }
}

for (const jvm of JVMS) await profile(jvm);
process.exit(0);
