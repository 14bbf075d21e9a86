// Measures what the XML parts of a ZIP archive (a DOCX) unpack to, before anything unpacks it:
// the sizes its central directory declares, then the true sizes, inflated under a byte budget.

import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A ZIP64 archive writes this in the 32-bit size fields; the real size is 4 GiB or more. */
const ZIP64_MARK = 0xffffffff;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries of the central directory, or null when the archive has none that can be found. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const entries: ZipEntry[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The parts a DOCX reader parses: XML and relationships; media and embedded files are never unpacked. */
const PARSED = /\.(xml|rels)$/i;

/**
 * What the parsed parts of an archive unpack to, in bytes, stopping as soon as `budget` is
 * passed: first by the declared sizes, then by inflating each part with at most the bytes left,
 * since a crafted archive can declare small sizes and inflate to far more.
 * Returns null when the archive's directory cannot be read (left to the DOCX reader to explain).
 */
export function unpackedSize(bytes: Buffer, budget: number): number | null {
  const entries = zipEntries(bytes)?.filter((entry) => PARSED.test(entry.name));
  if (!entries) return null;
  let declared = 0;
  for (const entry of entries) {
    declared += entry.size === ZIP64_MARK ? 2 ** 32 : entry.size;
    if (declared > budget) return declared;
  }
  let total = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return null;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: budget - total + 1 }).length;
      } catch (error) {
        // Past the budget: more than the bytes left came out. Any other failure is damage.
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
        return null;
      }
    }
    if (total > budget) return total;
  }
  return total;
}
