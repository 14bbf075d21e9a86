// Reads and extracts many report files: folders are expanded, each file is read and extracted
// on its own, and a file that fails is reported (with its reason) while the others go on.

import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { GovkgError } from '../graph/errors.js';
import type { Extraction, ExtractionWarning } from '../graph/types.js';
import { InputLimitError, type InputLimits } from './limits.js';
import { extractDocument } from './pipeline.js';
import { REPORT_FORMATS, readReport } from './read-report.js';

export interface FileFailure {
  file: string;
  code: string;
  /** For a file past a bound: which one (a key of ingest/limits.ts DEFAULTS). */
  limit?: string;
  message: string;
}

export interface ExtractFilesResult {
  extractions: Extraction[];
  failures: FileFailure[];
  /** Values left out of the extracted documents (each names its file and field). */
  warnings: ExtractionWarning[];
}

export interface ExtractFilesOptions {
  /** Called after each file, read or not, with the characters of its text (0 when not read). */
  onProgress?: (done: number, total: number, file: string, chars: number) => void;
  /** Bounds of one input file. Default: DEFAULTS of ingest/limits.ts. */
  limits?: Partial<InputLimits>;
}

/** .txt .text .md .markdown .html .htm .docx .pdf */
const REPORT_EXTENSIONS = new Set(Object.keys(REPORT_FORMATS));

/** Expands folders (one level deep, sorted) into the report files they hold. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(input)).sort();
      for (const name of names) {
        if (REPORT_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme/i.test(name)) files.push(join(input, name));
      }
    } else {
      files.push(input);
    }
  }
  return files;
}

/** Reads and extracts one file; throws a GovkgError (or the reader's error) when it cannot. */
export async function extractFile(file: string, limits?: Partial<InputLimits>): Promise<Extraction> {
  const report = await readReport(file, { limits });
  const extraction = extractDocument({ id: report.id, file: resolve(file), text: report.text });
  if (extraction.document.attributes.text === '') {
    throw new GovkgError('INPUT_EMPTY', `${file}: the file holds only page chrome, no report text`, { file });
  }
  return extraction;
}

/** The failure record of a file whose reading or extraction threw `error`. */
export function fileFailure(file: string, error: unknown): FileFailure {
  const code = error instanceof GovkgError ? error.code : 'EXTRACTION_FAILED';
  const message = error instanceof GovkgError ? error.message : `${file}: ${(error as Error).message}`;
  return { file, code, message, ...(error instanceof InputLimitError ? { limit: error.limit } : {}) };
}

/**
 * Extracts the files one at a time, yielding each extraction before reading the next file, so
 * that no more than one is held at once. A file that fails is added to `failures` with its
 * reason, a value left out to `warnings`. The Document keeps the file's absolute path: a changed
 * file at the same path replaces the version stored before (cypher/load-graph.ts).
 */
export async function* extractEach(
  inputs: string[],
  failures: FileFailure[],
  options: ExtractFilesOptions & { warnings?: ExtractionWarning[] } = {},
): AsyncGenerator<Extraction> {
  const files = await expandInputs(inputs);
  for (const [i, file] of files.entries()) {
    let extraction: Extraction | null = null;
    try {
      extraction = await extractFile(file, options.limits);
      options.warnings?.push(...(extraction.warnings ?? []).map((warning) => ({ ...warning, file })));
    } catch (error) {
      failures.push(fileFailure(file, error));
    }
    if (extraction) yield extraction;
    options.onProgress?.(i + 1, files.length, file, extraction?.document.attributes.text.length ?? 0);
  }
}

/** Hands each extraction to `visit` before reading the next file; returns the files that failed. */
export async function forEachExtraction(
  inputs: string[],
  visit: (extraction: Extraction) => void | Promise<void>,
  options: ExtractFilesOptions & { warnings?: ExtractionWarning[] } = {},
): Promise<FileFailure[]> {
  const failures: FileFailure[] = [];
  for await (const extraction of extractEach(inputs, failures, options)) await visit(extraction);
  return failures;
}

/** Extracts every file and keeps every extraction (for a few files; see `extractEach`). */
export async function extractFiles(inputs: string[], options: ExtractFilesOptions = {}): Promise<ExtractFilesResult> {
  const extractions: Extraction[] = [];
  const warnings: ExtractionWarning[] = [];
  const failures = await forEachExtraction(inputs, (extraction) => void extractions.push(extraction), {
    ...options,
    warnings,
  });
  return { extractions, failures, warnings };
}
