// `npm run eval`: extracts every annotated report of the development set (test/fixtures/eval/
// NN.gold.json beside test/fixtures/corpus/NN_….txt) and the silver excerpts of work reports
// (test/fixtures/silver/), and scores each with the annotation's own scorer, one row per report.
// Usage: tsx scripts/eval.ts [report.txt gold.json | --set GOLD_DIR REPORT_DIR] [--json] [--detail]
// --set scores an annotation set of your own (ID.gold.json beside a report ID_….txt) and adds its mean.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildGraph, exportGraph } from '../graph/build-graph.js';
import { extractDocument } from '../ingest/pipeline.js';

const ROOT = resolve(import.meta.dirname, '..');
const EVAL_DIR = join(ROOT, 'test/fixtures/eval');
const CORPUS_DIR = join(ROOT, 'test/fixtures/corpus');
const SILVER_DIR = join(ROOT, 'test/fixtures/silver');

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

/** Annotated reports: each NN.gold.json of `goldDir` beside the report NN_… of `reportDir`. */
function annotated(goldDir: string, reportDir: string): { id: string; report: string; gold: string }[] {
  const reports = readdirSync(reportDir);
  return readdirSync(goldDir)
    .filter((f) => /^\w+\.gold\.json$/.test(f))
    .sort()
    .map((f) => {
      const id = f.slice(0, f.indexOf('.'));
      const report = reports.find((r) => r.startsWith(`${id}_`));
      if (!report) throw new Error(`${f}: no report ${id}_… in ${reportDir}`);
      return { id, report: join(reportDir, report), gold: join(goldDir, f) };
    });
}

/** The annotated reports of the development set: [id, report file, gold file]. */
export function developmentSet(): { id: string; report: string; gold: string }[] {
  return annotated(EVAL_DIR, CORPUS_DIR);
}

/**
 * Excerpts of government work reports, each annotated by one annotator who never saw the extractor
 * (test/fixtures/silver/README.md): a check beyond the genre of the development set.
 */
export function silverSet(): { id: string; report: string; gold: string }[] {
  return annotated(SILVER_DIR, SILVER_DIR);
}

export function score(reportFile: string, goldFile: string): Score {
  const extraction = extractDocument({
    id: basename(reportFile).replace(/\.[^.]+$/, ''),
    file: reportFile,
    text: readFileSync(reportFile, 'utf8'),
  });
  const out = join(mkdtempSync(join(tmpdir(), 'govkg-eval-')), 'graph.json');
  writeFileSync(out, JSON.stringify(exportGraph(buildGraph([extraction]))));
  const printed = execFileSync('python3', [join(EVAL_DIR, 'score.py'), out, goldFile, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(printed.slice(0, printed.lastIndexOf('}') + 1)) as Score;
}

function row(id: string, s: Score): string[] {
  const k = (kind: string) => String(s.entities.per_kind[kind]?.F1 ?? '-');
  return [
    id,
    String(s.entities.F1),
    k('Agency'),
    k('Program'),
    k('Regulation'),
    String(s.metrics.F1),
    String(s.issued_by.R),
    String(s.agency_program.R),
    String(s.measures_by_program.R),
    String(s.entities.duplicates),
    String(s.entities.negatives_hit.length),
  ];
}

/**
 * The mean of each column over the reports whose annotation has something of its kind (a report
 * that names no regulation says nothing of regulation recall).
 */
function meanRow(golds: string[], scores: Score[]): string[] {
  const annotations = golds.map((g) => JSON.parse(readFileSync(g, 'utf8')) as Record<string, unknown>);
  const has = (i: number, column: number): boolean => {
    const a = annotations[i] ?? {};
    const entities = (a.entities ?? []) as { kind: string; req?: boolean }[];
    const kinds = ['Agency', 'Program', 'Regulation'];
    if (column >= 2 && column <= 4) return entities.some((e) => e.kind === kinds[column - 2] && e.req !== false);
    if (column === 5) return ((a.metrics ?? []) as unknown[]).length > 0;
    if (column === 6) return ((a.relations ?? []) as unknown[]).length > 0;
    if (column === 7) return ((a.agency_program ?? []) as unknown[]).length > 0;
    if (column === 8) return Object.keys((a.measures_by_program ?? {}) as object).length > 0;
    return true;
  };
  const rows = scores.map((s, i) => row(String(i), s));
  const mean = [`mean(${scores.length})`];
  for (let column = 1; column <= 10; column++) {
    const values = rows.filter((_, i) => has(i, column)).map((r) => Number(r[column]));
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    mean.push(values.length ? String(Math.round(average * 1000) / 1000) : '-');
  }
  return mean;
}

function detail(s: Score): string {
  const e = s.entities;
  const lines: string[] = [];
  if (e.missed.length) lines.push(`  missed: ${e.missed.join(' | ')}`);
  if (e.false_pos.length) lines.push(`  not in the annotation: ${e.false_pos.join(' | ')}`);
  if (e.negatives_hit.length) lines.push(`  negatives hit: ${e.negatives_hit.join(' | ')}`);
  if (s.metrics.missed.length) lines.push(`  metrics missed: ${s.metrics.missed.join(' | ')}`);
  if (s.metrics.false_pos.length) lines.push(`  metrics not in the annotation: ${s.metrics.false_pos.join(' | ')}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Piped into head or less: a closed pipe ends the output, not the program with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const set = process.argv.includes('--set');
  const runs = set
    ? annotated(args[0] ?? '.', args[1] ?? args[0] ?? '.')
    : args.length >= 2
      ? [{ id: basename(args[0] as string).slice(0, 2), report: args[0] as string, gold: args[1] as string }]
      : [...developmentSet(), ...silverSet()];
  const results = runs.map((r) => ({ id: r.id, score: score(r.report, r.gold) }));
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map((r) => [r.id, r.score])), null, 1)}\n`);
  } else {
    const header = [
      'report',
      'entities',
      'Agency',
      'Program',
      'Regul.',
      'metrics',
      'issued',
      'ag→prog',
      'meas→prog',
      'dup',
      'neg',
    ];
    process.stdout.write(`${header.map((c) => c.padEnd(10)).join('')}\n`);
    for (const r of results) {
      process.stdout.write(
        `${row(r.id, r.score)
          .map((c) => c.padEnd(10))
          .join('')}\n`,
      );
      if (process.argv.includes('--detail')) process.stdout.write(`${detail(r.score)}\n`);
    }
    if (set)
      process.stdout.write(
        `${meanRow(
          runs.map((r) => r.gold),
          results.map((r) => r.score),
        )
          .map((c) => c.padEnd(10))
          .join('')}\n`,
      );
  }
}
