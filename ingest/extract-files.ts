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

export async function extractFiles(
  inputs: string[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<ExtractFilesResult> {
  const files = await expandInputs(inputs);
  const extractions: Extraction[] = [];
  const failures: FileFailure[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const report = await readReport(file);
      extractions.push(extractDocument({ id: report.id, file, text: report.text }));
    } catch (error) {
      const code = error instanceof GovkgError ? error.code : 'EXTRACTION_FAILED';
      const message = error instanceof GovkgError ? error.message : `${file}: ${(error as Error).message}`;
      failures.push({ file, code, message });
    }
    onProgress?.(i + 1, files.length, file);
  }
  return { extractions, failures };
}
