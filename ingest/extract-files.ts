// Reads and extracts many report files: folders are expanded, each file is read and extracted
// on its own, and a file that fails is reported (with its reason) while the others go on.

import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { GovkgError } from '../graph/errors.js';
import type { Extraction } from '../graph/types.js';
import { extractDocument } from './pipeline.js';
import { REPORT_FORMATS, readReport } from './read-report.js';

export interface FileFailure {
  file: string;
  code: string;
  message: string;
}

export interface ExtractFilesResult {
  extractions: Extraction[];
  failures: FileFailure[];
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

/**
 * Extracts the files one at a time, yielding each extraction before reading the next file, so
 * that no more than one is held at once. A file that fails is added to `failures` with its reason.
 */
export async function* extractEach(
  inputs: string[],
  failures: FileFailure[],
  onProgress?: (done: number, total: number, file: string) => void,
): AsyncGenerator<Extraction> {
  const files = await expandInputs(inputs);
  for (const [i, file] of files.entries()) {
    let extraction: Extraction | null = null;
    try {
      const report = await readReport(file);
      extraction = extractDocument({ id: report.id, file, text: report.text });
    } catch (error) {
      const code = error instanceof GovkgError ? error.code : 'EXTRACTION_FAILED';
      const message = error instanceof GovkgError ? error.message : `${file}: ${(error as Error).message}`;
      failures.push({ file, code, message });
    }
    if (extraction) yield extraction;
    onProgress?.(i + 1, files.length, file);
  }
}

/** Hands each extraction to `visit` before reading the next file; returns the files that failed. */
export async function forEachExtraction(
  inputs: string[],
  visit: (extraction: Extraction) => void | Promise<void>,
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<FileFailure[]> {
  const failures: FileFailure[] = [];
  for await (const extraction of extractEach(inputs, failures, onProgress)) await visit(extraction);
  return failures;
}

/** Extracts every file and keeps every extraction (for a few files; see `forEachExtraction`). */
export async function extractFiles(
  inputs: string[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<ExtractFilesResult> {
  const extractions: Extraction[] = [];
  const failures = await forEachExtraction(inputs, (extraction) => void extractions.push(extraction), onProgress);
  return { extractions, failures };
}
