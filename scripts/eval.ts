// `npm run eval`: extracts the reference report and scores it with the annotation's scorer
// (test/fixtures/eval, copied from the shared evaluation kit), printing the per-kind table.
// Usage: tsx scripts/eval.ts [report.txt gold.json] [--json]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildGraph, exportGraph } from '../graph/build-graph.js';
import { extractDocument } from '../ingest/pipeline.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const report = args[0] ?? join(ROOT, 'test/fixtures/corpus/00_beijing-yanqing_2021_fzzf-report.txt');
const gold = args[1] ?? join(ROOT, 'test/fixtures/eval/00.gold.json');

export interface Score {
  entities: {
    P: number;
    R: number;
    F1: number;
    duplicates: number;
    negatives_hit: string[];
    per_kind: Record<string, { extracted: number; P: number; R: number; F1: number }>;
    missed: string[];
    false_pos: string[];
  };
  metrics: { P: number; R: number; F1: number; missed: string[]; false_pos: string[] };
  issued_by: { R: number };
  agency_program: { R: number };
  measures_by_program: { R: number };
}

export function score(reportFile: string, goldFile: string): Score {
  const extraction = extractDocument({
    id: basename(reportFile).replace(/\.[^.]+$/, ''),
    file: reportFile,
    text: readFileSync(reportFile, 'utf8'),
  });
  const out = join(mkdtempSync(join(tmpdir(), 'govkg-eval-')), 'graph.json');
  writeFileSync(out, JSON.stringify(exportGraph(buildGraph([extraction]))));
  const printed = execFileSync('python3', [join(ROOT, 'test/fixtures/eval/score.py'), out, goldFile, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(printed.slice(0, printed.lastIndexOf('}') + 1)) as Score;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Piped into head or less: a closed pipe ends the output, not the program with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const result = score(report, gold);
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
  } else {
    const e = result.entities;
    const rows = [
      ['kind', 'extracted', 'P', 'R', 'F1'],
      ...Object.entries(e.per_kind).map(([kind, k]) => [kind, k.extracted, k.P, k.R, k.F1]),
      ['entities', '', e.P, e.R, e.F1],
      ['metrics', '', result.metrics.P, result.metrics.R, result.metrics.F1],
    ];
    for (const row of rows) process.stdout.write(`${row.map((c) => String(c).padEnd(11)).join('')}\n`);
    process.stdout.write(
      `duplicates ${e.duplicates} · negatives hit ${e.negatives_hit.length} · issued_by R ${result.issued_by.R} · agency_program R ${result.agency_program.R} · measures_by_program R ${result.measures_by_program.R}\n`,
    );
    if (e.missed.length) process.stdout.write(`missed: ${e.missed.join(' | ')}\n`);
    if (e.false_pos.length) process.stdout.write(`not in the annotation: ${e.false_pos.join(' | ')}\n`);
    if (result.metrics.missed.length) process.stdout.write(`metrics missed: ${result.metrics.missed.join(' | ')}\n`);
    if (result.metrics.false_pos.length)
      process.stdout.write(`metrics not in the annotation: ${result.metrics.false_pos.join(' | ')}\n`);
  }
}
