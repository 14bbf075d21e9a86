// `npx tsx scripts/sample-entities.ts <folder|files…> [--n 100] [--seed 20261130] [--kinds Agency,Program]`:
// extracts the reports, draws N nodes of each kind uniformly with a fixed seed and prints one TSV
// row per node (kind, name, document, first evidence) for judging precision by hand.

import { basename } from 'node:path';
import { buildGraph } from '../graph/build-graph.js';
import type { Evidence } from '../graph/types.js';
import { extractFiles } from '../ingest/extract-files.js';

/** A 32-bit hash of the text (FNV-1a, then mixed), the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * N keys drawn uniformly without replacement: those of the lowest seeded hash. A key keeps its
 * rank whatever else the set holds, so two versions of the graph drawn with one seed share every
 * sampled node they both have, and a change is judged on the nodes it added or removed.
 */
export function drawSample(keys: readonly string[], n: number, seed: number): string[] {
  return keys
    .map((key) => ({ key, rank: hash(`${seed}\u0000${key}`) }))
    .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : 1))
    .slice(0, Math.max(0, n))
    .map((d) => d.key);
}

/** The evidence sentence with the mention in 【】, cut to `width` characters either side. */
export function showEvidence(evidence: Evidence, width = 40): string {
  const at = evidence.start - evidence.sentenceStart;
  const end = evidence.end - evidence.sentenceStart;
  const s = evidence.sentence;
  const left = s.slice(Math.max(0, at - width), at);
  const right = s.slice(end, end + width);
  return `${at > width ? '…' : ''}${left}【${s.slice(at, end)}】${right}${end + width < s.length ? '…' : ''}`;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const valued = new Set(['--n', '--seed', '--kinds']);
  const inputs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !valued.has(all[i - 1] ?? ''));
  if (inputs.length === 0) {
    process.stderr.write('usage: tsx scripts/sample-entities.ts <folder|files…> [--n 100] [--seed 20261130]\n');
    process.exit(2);
  }
  const n = Number(option('n', '100'));
  const seed = Number(option('seed', '20261130'));
  const kinds = option('kinds', 'Agency,Program').split(',');
  const { extractions, failures } = await extractFiles(inputs);
  for (const f of failures) process.stderr.write(`${f.code}: ${f.message}\n`);
  const graph = buildGraph(extractions);
  process.stdout.write('kind\tname\tdocument\tfirst evidence\tverdict\n');
  for (const kind of kinds) {
    const keys = graph.filterNodes((_, a) => a.kind === kind);
    process.stderr.write(`${kind}: ${keys.length} nodes, drawing ${Math.min(n, keys.length)}\n`);
    for (const key of drawSample(keys, n, seed)) {
      const a = graph.getNodeAttributes(key);
      const first = (a.evidence as Evidence[] | undefined)?.[0];
      const shown = first ? showEvidence(first) : '';
      const doc = first ? basename(first.doc).slice(0, 30) : '';
      process.stdout.write(`${kind}\t${a.name}\t${doc}\t${shown.replace(/\s+/g, ' ')}\t\n`);
    }
  }
}
