import { describe, expect, it } from 'vitest';
import { docx } from '../../test/hostile-fixtures.js';
import { unpackedSize, zipEntries } from './zip-size.js';

const MB = 1024 * 1024;

describe('unpackedSize', () => {
  it('gives the true unpacked size of a small DOCX', () => {
    const archive = docx(['区政府推进依法行政。']);
    const entries = zipEntries(archive) ?? [];
    const size = unpackedSize(archive, 64 * MB);
    expect(size).toBe(entries.reduce((sum, entry) => sum + entry.size, 0));
  });

  it('stops at the declared sizes of an archive that unpacks past the budget', () => {
    const archive = docx(['法治政府建设'], 20 * MB);
    expect(archive.length).toBeLessThan(MB);
    expect(unpackedSize(archive, 8 * MB)).toBeGreaterThan(20 * MB - 1024);
  });

  it('inflates under the budget an archive that declares sizes smaller than it unpacks to', () => {
    const archive = docx(['法治政府建设'], 20 * MB);
    for (const entry of zipEntries(archive) ?? []) {
      // Rewrite the declared size of every part in the central directory to 100 bytes.
      const at = archive.indexOf(Buffer.from(entry.name), archive.length - 512) - 46;
      archive.writeUInt32LE(100, at + 24);
    }
    expect((zipEntries(archive) ?? []).every((entry) => entry.size === 100)).toBe(true);
    expect(unpackedSize(archive, 8 * MB)).toBe(8 * MB + 1);
  });

  it('gives null for bytes that are no ZIP archive', () => {
    expect(unpackedSize(Buffer.from('not a zip archive at all, just some text'), MB)).toBeNull();
  });
});
