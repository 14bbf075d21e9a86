// Reads a report file from disk into Unicode text, dispatching on the extension to the readers in
// readers/ (text and Markdown, HTML, DOCX, PDF). The only module of ingest/ that touches the disk.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { GovkgError } from '../graph/errors.js';
import { readDocx } from './readers/read-docx.js';
import { readHtml } from './readers/read-html.js';
import { readPdf } from './readers/read-pdf.js';
import { readText } from './readers/read-text.js';
import type { ReaderOutput } from './readers/reader.js';

export { decodeText } from './readers/read-text.js';

export interface RawReport {
  file: string;
  /** File name without extension: the document id. */
  id: string;
  format: 'text' | 'markdown' | 'html' | 'docx' | 'pdf';
  /** One paragraph a line; a web page's title comes first as a YAML front-matter block. */
  text: string;
  /** The character encoding the text was decoded from, or the container ('DOCX', 'PDF'). */
  encoding: string;
}

/** The file extensions read, and the format each is read as. */
export const REPORT_FORMATS: Readonly<Record<string, RawReport['format']>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

const READERS: Record<RawReport['format'], (bytes: Buffer, file: string) => Promise<ReaderOutput>> = {
  text: readText,
  markdown: readText,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
};

const FRONT_MATTER = /^\uFEFF?---\r?\n/;

/** Reads one report. Throws GovkgError naming the file when it is missing, unreadable, not text or empty. */
export async function readReport(file: string): Promise<RawReport> {
  const extension = extname(file).toLowerCase();
  const format = REPORT_FORMATS[extension];
  if (!format) {
    throw new GovkgError(
      'UNSUPPORTED_FORMAT',
      `${file}: unsupported file type "${extension || '(none)'}"; expected one of ${Object.keys(REPORT_FORMATS).join(', ')}`,
      { file },
    );
  }
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a regular file');
    bytes = await readFile(file);
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GovkgError(
      missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      `${file}: ${missing ? 'no such file' : `cannot be read (${(cause as Error).message})`}`,
      { file, cause },
    );
  }
  if (bytes.length === 0) {
    throw new GovkgError('INPUT_EMPTY', `${file}: the file is empty`, { file });
  }
  const { text, encoding, title } = await READERS[format](bytes, file);
  if (text.trim() === '') {
    throw new GovkgError('INPUT_EMPTY', `${file}: the file holds no text`, { file });
  }
  const withTitle = title && !FRONT_MATTER.test(text) ? `${frontMatter(title)}${text}` : text;
  return { file, id: documentId(file), format, text: withTitle, encoding };
}

/** The document id: the file name without its extension, NFKC-normalized. */
export function documentId(file: string): string {
  return basename(file, extname(file)).normalize('NFKC');
}

/** A YAML front-matter block holding the title, as ingest/stages/read-front-matter.ts reads it. */
function frontMatter(title: string): string {
  const escaped = title.replace(/\s+/g, ' ').trim().replace(/"/g, '\\"');
  return `---\ntitle: "${escaped}"\n---\n`;
}
