// Reads a report file from disk into Unicode text, dispatching on the extension to the readers in
// readers/ (text and Markdown, HTML, DOCX, PDF). The only module of ingest/ that touches the disk.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { GovkgError } from '../graph/errors.js';
import { formatBytes, formatCount, InputLimitError, type InputLimits, resolveLimits } from './limits.js';
import { readDocx } from './readers/read-docx.js';
import { readHtml } from './readers/read-html.js';
import { readPdf } from './readers/read-pdf.js';
import { readText } from './readers/read-text.js';
import type { ReaderOutput } from './readers/reader.js';

export { decodeText } from './readers/read-text.js';

export interface RawReport {
  file: string;
  /** The document id: a hash of the normalized text, the same wherever the file lies (see documentId). */
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

const READERS: Record<
  RawReport['format'],
  (bytes: Buffer, file: string, limits: InputLimits) => Promise<ReaderOutput>
> = {
  text: readText,
  markdown: readText,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
};

/** The format a file name's extension is read as; UNSUPPORTED_FORMAT naming the file otherwise. */
export function formatOf(file: string): RawReport['format'] {
  const extension = extname(file).toLowerCase();
  const format = REPORT_FORMATS[extension];
  if (!format) {
    throw new GovkgError(
      'UNSUPPORTED_FORMAT',
      `${file}: unsupported file type "${extension || '(none)'}"; expected one of ${Object.keys(REPORT_FORMATS).join(', ')}`,
      { file },
    );
  }
  return format;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n/;

/**
 * Reads one report. Throws GovkgError naming the file when it is missing, unreadable, not text or
 * empty, and InputLimitError when it is past one of the bounds of `limits` (default: DEFAULTS of
 * ./limits.ts).
 */
export async function readReport(file: string, options: { limits?: Partial<InputLimits> } = {}): Promise<RawReport> {
  const limits = resolveLimits(options.limits);
  formatOf(file);
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a regular file');
    checkFileSize(file, info.size, limits);
    bytes = await readFile(file);
  } catch (cause) {
    if (cause instanceof InputLimitError) throw cause;
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GovkgError(
      missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      `${file}: ${missing ? 'no such file' : `cannot be read (${(cause as Error).message})`}`,
      { file, cause },
    );
  }
  return decodeReport(bytes, file, { limits });
}

/** A file past `maxFileBytes` is refused before its bytes are decoded (or read at all). */
function checkFileSize(file: string, size: number, limits: InputLimits): void {
  if (size > limits.maxFileBytes) {
    throw new InputLimitError(
      'INPUT_TOO_LARGE',
      'maxFileBytes',
      `${file}: the file is ${formatBytes(size)}, larger than the ${formatBytes(limits.maxFileBytes)} a report is read to`,
      file,
    );
  }
}

/**
 * Reads a report from its bytes (an upload, or a file readReport read): the same checks and
 * readers as a file on disk, by the extension of `file`, and errors naming `file`.
 */
export async function decodeReport(
  bytes: Buffer,
  file: string,
  options: { limits?: Partial<InputLimits> } = {},
): Promise<RawReport> {
  const limits = resolveLimits(options.limits);
  const format = formatOf(file);
  checkFileSize(file, bytes.length, limits);
  if (bytes.length === 0) {
    throw new GovkgError('INPUT_EMPTY', `${file}: the file is empty`, { file });
  }
  const { text, encoding, title } = await READERS[format](bytes, file, limits);
  if (text.length > limits.maxChars) {
    throw new InputLimitError(
      'INPUT_TOO_LARGE',
      'maxChars',
      `${file}: the report holds ${formatCount(text.length)} characters, more than the ${formatCount(limits.maxChars)} a report is read to`,
      file,
    );
  }
  if (text.trim() === '') {
    throw new GovkgError('INPUT_EMPTY', `${file}: the file holds no text`, { file });
  }
  const withTitle = title && !FRONT_MATTER.test(text) ? `${frontMatter(title)}${text}` : text;
  return { file, id: documentId(withTitle), format, text: withTitle, encoding };
}

/**
 * The document id: the first 16 hex digits of the SHA-256 of the report's text, normalized (NFC,
 * no byte-order mark, each line trimmed, blank lines dropped). It depends on the words only: the
 * same report in another folder, under another name or re-saved with other line ends is the same
 * document, and two different reports are two documents whatever their file names.
 */
export function documentId(text: string): string {
  const normalized = text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  return createHash('sha256').update(normalized).digest('hex').slice(0, 16);
}

/** A YAML front-matter block holding the title, as ingest/stages/read-front-matter.ts reads it. */
function frontMatter(title: string): string {
  // A JSON string is a YAML double-quoted scalar: quotes, backslashes and colons stay text.
  return `---\ntitle: ${JSON.stringify(title.replace(/\s+/g, ' ').trim())}\n---\n`;
}
