// Reads a Word .docx report (Office Open XML) into text, one paragraph a line, with mammoth.
// Must not guess at encrypted, legacy .doc or broken files: those are refused with the reason.

import { GovkgError } from '../../graph/errors.js';
import { DEFAULTS, formatBytes, InputLimitError, type InputLimits } from '../limits.js';
import { fragmentText } from './read-html.js';
import type { ReaderOutput } from './reader.js';
import { unpackedSize } from './zip-size.js';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an encrypted (password-protected) DOCX, or a Word 97-2003 .doc. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readDocx(bytes: Buffer, file: string, limits: InputLimits = DEFAULTS): Promise<ReaderOutput> {
  if (bytes.subarray(0, OLE.length).equals(OLE)) {
    throw new GovkgError(
      'INPUT_UNREADABLE',
      `${file}: password-protected (encrypted) DOCX, or an old Word 97-2003 .doc renamed .docx; ` +
        'save it in Word as an unprotected .docx and try again',
      { file },
    );
  }
  if (!bytes.subarray(0, ZIP.length).equals(ZIP)) {
    throw new GovkgError(
      'INPUT_UNREADABLE',
      `${file}: not a DOCX file (a DOCX is a ZIP archive, and this file does not start like one); ` +
        'the file is corrupt or has the wrong extension',
      { file },
    );
  }
  // mammoth unpacks and parses every XML part in memory: measure them first.
  const unpacked = unpackedSize(bytes, limits.maxUnpackedBytes);
  if (unpacked !== null && unpacked > limits.maxUnpackedBytes) {
    throw new InputLimitError(
      'INPUT_TOO_LARGE',
      'maxUnpackedBytes',
      `${file}: the DOCX unpacks to more than ${formatBytes(limits.maxUnpackedBytes)} of text and markup ` +
        `(${formatBytes(bytes.length)} packed, ${formatBytes(unpacked)} or more unpacked): a zip bomb, or a document too large to read`,
      file,
    );
  }
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    // HTML rather than mammoth's raw text, which loses soft line breaks and puts each table cell
    // on a line of its own; images are left out.
    const noImages = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: noImages })).value;
  } catch (cause) {
    throw new GovkgError(
      'INPUT_UNREADABLE',
      `${file}: corrupt DOCX, cannot be opened (${(cause as Error).message}); re-save it in Word and try again`,
      { file, cause },
    );
  }
  return { text: await fragmentText(html, file, limits), encoding: 'DOCX' };
}
