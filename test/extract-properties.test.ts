// Property tests: on arbitrary text, mixed scripts and random cuts of real reports the
// extractor never throws, ends quickly, and keeps every invariant.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import nodejieba from 'nodejieba';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../ingest/pipeline.js';
import { CORPUS } from './helpers.js';
import { checkInvariants } from './invariants.js';

const reports = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));

const govText = fc.string({
  unit: fc.constantFrom(
    ...'区政府市委国务院中共中央《》“”（）()一二三四五六七八九十、。，；：是年月日%余万亿个项件次0123456789.聚焦围绕机制改革行动制度领导小组委员会落实制定印发\n 　-—'.split(
      '',
    ),
  ),
  maxLength: 400,
});

function extract(text: string) {
  const started = Date.now();
  const extraction = extractDocument({ id: 'prop', file: 'prop.txt', text });
  return { extraction, ms: Date.now() - started };
}

describe('the extractor on any text', () => {
  // The segmenter loads its dictionaries on first use: that one-time cost is not the extractor's.
  beforeAll(() => {
    nodejieba.cut('区政府制定实施办法', true);
  });

  it('never throws and keeps its invariants on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(checkInvariants(extract(text).extraction)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and keeps its invariants on text made of report vocabulary', () => {
    fc.assert(
      fc.property(govText, (text) => {
        const { extraction, ms } = extract(text);
        expect(checkInvariants(extraction)).toEqual([]);
        expect(ms).toBeLessThan(2000);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on random cuts of the corpus', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: reports.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 3000 }),
        (which, from, length) => {
          const text = reports[which] ?? '';
          const start = Math.floor(from * text.length);
          expect(checkInvariants(extract(text.slice(start, start + length)).extraction)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
