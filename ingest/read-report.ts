// Reads a report file from disk into Unicode text: detects the encoding (UTF-8, UTF-16 with BOM,
// GBK/GB18030) and refuses what is not text. The only module of ingest/ that touches the disk.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { GovkgError } from '../graph/errors.js';

export interface RawReport {
  file: string;
  /** File name without extension: the document id. */
  id: string;
  format: 'text' | 'markdown';
  text: string;
  encoding: string;
}

const FORMATS: Record<string, RawReport['format']> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** Reads one report. Throws GovkgError naming the file when it is missing, not text or empty. */
export async function readReport(file: string): Promise<RawReport> {
  const extension = extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    throw new GovkgError(
      'UNSUPPORTED_FORMAT',
      `${file}: unsupported file type "${extension || '(none)'}"; expected one of ${Object.keys(FORMATS).join(', ')}`,
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
  const { text, encoding } = decodeText(bytes, file);
  if (text.trim() === '') {
    throw new GovkgError('INPUT_EMPTY', `${file}: the file holds no text`, { file });
  }
  return { file, id: documentId(file), format, text, encoding };
}

/** The document id: the file name without its extension, NFKC-normalized. */
export function documentId(file: string): string {
  return basename(file, extname(file)).normalize('NFKC');
}

/** Decodes bytes as UTF-8 when they are valid UTF-8, else as the detected Chinese encoding. */
export function decodeText(bytes: Buffer, file: string): { text: string; encoding: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new GovkgError('INPUT_NOT_TEXT', `${file}: binary data (NUL bytes), not a text report`, {
      file,
    });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: fall through to detection
  }
  const detected = chardet.detect(bytes) ?? '';
  const encoding = /^(GB|Big5)/i.test(detected) ? detected : 'GB18030';
  const text = iconv.decode(bytes, encoding === 'GB2312' || encoding === 'GBK' ? 'GB18030' : encoding);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > Math.max(3, text.length * 0.01)) {
    throw new GovkgError(
      'INPUT_NOT_TEXT',
      `${file}: not valid text in UTF-8 or ${encoding} (${replaced} undecodable characters)`,
      { file },
    );
  }
  return { text, encoding };
}
