// Decodes the bytes of a plain-text or Markdown report: UTF-8, UTF-16 with a BOM, else the
// detected Chinese encoding (GBK/GB18030). Refuses binary data; never guesses a Latin encoding.

import chardet from 'chardet';
import iconv from 'iconv-lite';
import { GovkgError } from '../../graph/errors.js';
import type { ReaderOutput } from './reader.js';

export async function readText(bytes: Buffer, file: string): Promise<ReaderOutput> {
  return decodeText(bytes, file);
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
    // A file cut in the middle of a character is UTF-8 all the same: drop the partial character.
    const cut = truncatedUtf8(bytes);
    if (cut !== null) return { text: cut.replace(/^\uFEFF/, ''), encoding: 'UTF-8 (truncated)' };
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

/** The text of bytes that are valid UTF-8 but for an incomplete last character; else null. */
function truncatedUtf8(bytes: Buffer): string | null {
  for (let drop = 1; drop <= 3 && drop < bytes.length; drop++) {
    const lead = bytes[bytes.length - drop] ?? 0;
    if ((lead & 0xc0) === 0x80) continue;
    if (lead < 0xc0) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - drop));
    } catch {
      return null;
    }
  }
  return null;
}
