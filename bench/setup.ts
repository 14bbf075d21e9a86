// What the benchmarks share: the corpus's extractions, and an embedded Neo4j on a store of
// their own, started and stopped here.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Database, openEmbeddedDatabase } from '../cypher/database.js';
import type { Extraction } from '../graph/types.js';
import { extractFiles } from '../ingest/extract-files.js';

export const ROOT = resolve(import.meta.dirname, '..');

/** Extractions of the reports in test/fixtures/corpus. */
export async function extractCorpus(): Promise<Extraction[]> {
  const corpus = join(ROOT, 'test', 'fixtures', 'corpus');
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, f));
  return (await extractFiles(files)).extractions;
}

/** The embedded Neo4j on `storeDir`, connected; `db.close()` closes the driver and stops it. */
export function openBenchDatabase(storeDir: string, jvmOptions?: readonly string[]): Promise<Database> {
  return openEmbeddedDatabase(join(ROOT, 'cypher', 'server'), storeDir, undefined, { jvmOptions });
}

/** Thread groups of a JVM, by the start of the thread's name. */
const GROUPS: [string, RegExp][] = [
  ['JIT compilers', /^C\d CompilerThre/],
  ['Bolt workers (statements, commits)', /BoltWorker|neo4j\.BoltWorke/],
  ['Bolt network', /BoltNetwo/],
  ['GC', /^(GC |G1 |VM Thread)/],
];

/** User + system CPU seconds of a /proc stat line (utime and stime, fields 14 and 15). */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds (user + system) process `pid` has used, from /proc; 0 when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    return statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** CPU seconds of process `pid` by thread group (user + system, from /proc/pid/task). */
export function cpuByGroup(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const seconds = statSeconds(stat);
    const group = GROUPS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    out.set(group, (out.get(group) ?? 0) + seconds);
  }
  return out;
}
