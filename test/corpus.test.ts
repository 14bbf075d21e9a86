// Every report of the corpus goes through extraction, and its graph keeps the invariants the
// rest of govkg relies on: offsets point at the mention, names are sane, metrics have numbers,
// every measure is in a section.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, extractFile } from './helpers.js';
import { checkInvariants } from './invariants.js';

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

describe('every corpus report', () => {
  it('has at least the nine reports of the shared corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });
  for (const file of files) {
    it(`extracts ${file} with its invariants kept`, () => {
      const extraction = extractFile(join(CORPUS, file));
      expect(checkInvariants(extraction)).toEqual([]);
      const kinds = new Set(extraction.nodes.map((n) => n.attributes.kind));
      for (const kind of ['Section', 'Agency', 'Program', 'Metric', 'Measure']) expect(kinds).toContain(kind);
      expect(extraction.document.attributes.region).not.toBe('');
    });
  }
});
