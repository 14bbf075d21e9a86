// `govkg ingest`: extracts the files on worker threads and stores each report as it is ready,
// with a progress bar on a terminal, one line per report, and a per-file summary at the end.

import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import type { Database } from '../cypher/database.js';
import { type LoadSummary, loadExtractions } from '../cypher/load-graph.js';
import type { Extraction, ExtractionWarning } from '../graph/types.js';
import { expandInputs, type FileFailure } from '../ingest/extract-files.js';
import { extractInWorkers } from '../ingest/extract-pool.js';
import { formatTable } from './format.js';
import { createProgress } from './progress.js';

export interface IngestOptions {
  /** Extraction worker threads. Default: ingestWorkers(). */
  workers?: number;
  /** New reports stored per transaction. Default: GROUP_SIZE. */
  groupSize?: number;
  /** Progress and messages (standard error); written as given, lines end with a newline. */
  write: (text: string) => void;
  /** The per-file summary (standard output). */
  out: (text: string) => void;
  /** Draw a progress bar (standard error is a terminal). */
  tty: boolean;
}

/**
 * Extraction threads of an ingest: one on two cores, two beyond. Storing is the slower half (one
 * report extracts in a quarter of the time Neo4j takes to store it), so one thread keeps ahead of
 * the loader, and each more thread holds its own segmenter dictionaries (about 350 MB) and takes
 * a core from Neo4j: on 2 cores, an ingest of corpus-sz while serving took the same time or less
 * with one thread, at 680 instead of 1,040 MB (bench:corpus -- --workers N).
 */
export function ingestWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1));
}

/** New reports stored together in one transaction (see bench/corpus.ts). */
export const GROUP_SIZE = 8;

interface FileRow {
  file: string;
  place: string;
  year: number | null;
  nodes: number | null;
  relationships: number | null;
  status: string;
  reason: string;
}

const shown = (file: string) => relative(process.cwd(), file) || file;

function statusOf(summary: LoadSummary): { status: string; reason: string } {
  if (summary.status === 'created') return { status: 'loaded', reason: '' };
  if (summary.status === 'updated') {
    const replaced = summary.replaced.length ? `replaces ${summary.replaced.join(', ')}` : 'changed since stored';
    return { status: 'loaded', reason: replaced };
  }
  if (summary.status === 'unchanged') return { status: 'unchanged', reason: '' };
  return { status: 'failed', reason: summary.error ?? summary.status };
}

async function fileSizes(files: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const file of files) sizes.set(resolve(file), (await stat(file).catch(() => null))?.size ?? 0);
  return sizes;
}

/** Ingests `inputs` (files and folders) into `db`; returns the exit code (1 when any file failed). */
export async function ingestCommand(db: Database, inputs: string[], options: IngestOptions): Promise<number> {
  const files = await expandInputs(inputs);
  const progress = createProgress({ sizes: await fileSizes(files), write: options.write, tty: options.tty });
  const failures: FileFailure[] = [];
  const warnings: ExtractionWarning[] = [];
  // By document id and file: identical copies of a report are one document read from two files.
  const rows = new Map<string, FileRow & { chars: number }>();
  const rowKey = (doc: string, file: string) => `${doc}|${file}`;
  const started = performance.now();

  const groupSize = options.groupSize ?? GROUP_SIZE;
  const extractions = extractInWorkers(files, failures, {
    workers: options.workers ?? ingestWorkers(),
    // Extraction keeps a group ahead of the loader (it extracts about four times faster than
    // Neo4j stores), and no more: each extraction waiting is memory.
    maxQueued: groupSize,
    warnings,
    onProgress: (_done, _total, file, chars) => {
      if (chars > 0) return; // a report read: counted once it is stored
      const failure = failures.find((f) => f.file === file);
      progress.fileDone(resolve(file), 0);
      progress.line(`error: ${failure?.message ?? file}`);
    },
  });
  async function* described(): AsyncGenerator<Extraction> {
    for await (const extraction of extractions) {
      const doc = extraction.document.attributes;
      rows.set(rowKey(extraction.document.key.slice('Document:'.length), doc.file), {
        file: doc.file,
        chars: doc.text.length,
        place: doc.region,
        year: doc.reviewedYear ?? doc.year,
        nodes: extraction.nodes.length + 1,
        relationships: extraction.edges.length,
        status: '',
        reason: '',
      });
      yield extraction;
    }
  }
  const summaries = await loadExtractions(db, described(), {
    groupSize,
    onDocument: (summary) => {
      const row = rows.get(rowKey(summary.doc, summary.file));
      const { status, reason } = statusOf(summary);
      if (row) Object.assign(row, { status, reason });
      progress.fileDone(summary.file, row?.chars ?? 0);
      progress.line(`${shown(summary.file)} [${summary.doc}]: ${summary.status}${reason ? ` (${reason})` : ''}`);
    },
  });
  for (const warning of warnings) progress.line(`warning: ${warning.file}: ${warning.field}: ${warning.message}`);

  const table = [
    ...summaries.map((s) => rows.get(rowKey(s.doc, s.file)) as FileRow),
    ...failures.map((f) => ({
      file: resolve(f.file),
      place: '',
      year: null,
      nodes: null,
      relationships: null,
      status: 'failed',
      reason: f.message.replace(`${f.file}: `, ''),
    })),
  ].map((row) => ({ ...row, file: shown(row.file) }));
  options.out(
    `${formatTable(['file', 'place', 'year', 'nodes', 'relationships', 'status', 'reason'], table, 'table')}\n`,
  );
  const count = (status: string) => table.filter((row) => row.status === status).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress.end();
  options.write(
    `${table.length} file(s) in ${seconds} s: ${count('loaded')} loaded, ${count('unchanged')} unchanged, ${count('failed')} failed\n`,
  );
  const unstored = summaries.filter((s) => s.status === 'failed' || s.status === 'not stored');
  if (unstored.length > 0)
    options.write(
      `not stored: ${unstored.map((s) => shown(s.file)).join(', ')}. Run the same command again to finish.\n`,
    );
  return failures.length > 0 || unstored.length > 0 ? 1 : 0;
}
