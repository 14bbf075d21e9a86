// Word boundaries and tags as tokens.ts keeps them (offsets in a typed array, tags per word)
// against their definition: the sentence cut, and tagged, by nodejieba.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import nodejieba from 'nodejieba';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';
import { type Sentence, splitSentences } from './split-sentences.js';
import { isWordBoundary, taggedWordAt, tagPiece, tagText } from './tokens.js';

const CORPUS = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'corpus');
const reports = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => cleanText(readFileSync(join(CORPUS, f), 'utf8')));

/** Word starts and tagged words of a sentence cut and tagged on its own. */
function alone(text: string) {
  const starts = new Set<number>();
  let at = 0;
  for (const word of nodejieba.cut(text, true)) {
    starts.add(at);
    at += word.length;
  }
  starts.add(at);
  const tagged = new Map<number, { word: string; tag: string }>();
  let offset = 0;
  for (const t of nodejieba.tag(text)) {
    tagged.set(offset, t);
    offset += t.word.length;
  }
  return { starts, tagged };
}

/** Offsets of the sentence where the kept words differ from the sentence cut and tagged. */
function differences(sentence: Sentence): string[] {
  const { starts, tagged } = alone(sentence.text);
  const found: string[] = [];
  for (let at = 0; at <= sentence.text.length + 1; at++) {
    if (isWordBoundary(sentence, at) !== starts.has(at)) found.push(`${sentence.text} boundary ${at}`);
    const word = taggedWordAt(sentence, at);
    const expected = tagged.get(at);
    if (word?.word !== expected?.word || word?.tag !== expected?.tag) {
      found.push(`${sentence.text} word at ${at}: ${JSON.stringify(word)} ≠ ${JSON.stringify(expected)}`);
    }
  }
  return found;
}

const allDifferences = (text: string) => splitSentences(text, []).flatMap(differences);

const reportText = fc
  .array(
    fc.constantFrom(
      '二是',
      '产业发展空间受到制约',
      '区政府',
      '坪山',
      '市司法局',
      '和',
      '向',
      '推进',
      '依法行政',
      '2021年',
      '3.5%',
      'GDP',
      ' ',
      '\u3000',
      '，',
      '、',
      '：',
      '。',
      '；',
      '！',
      '？',
      '!',
      '?',
      ';',
      '”',
      '“',
      '）',
      '（',
      '\n',
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

describe('words and tags of a sentence', () => {
  beforeAll(() => {
    nodejieba.cut('区政府制定实施办法', true);
  });

  it('are the words and tags of the sentence cut and tagged, on report-like text', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        expect(allDifferences(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('are the words and tags of the sentence cut and tagged, on cuts of real reports', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: reports.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 20_000 }),
        (which, from, length) => {
          const report = reports[which] ?? '';
          const start = from % Math.max(1, report.length);
          expect(allDifferences(report.slice(start, start + length))).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('keep the tag a word has in its sentence when the word alone is cut in two', () => {
    // Words such as 坪山 that the HMM joins in a sentence are cut 坪/山 on their own.
    let seen = 0;
    for (const sentence of splitSentences(reports.join('\n'), [])) {
      const { tagged } = alone(sentence.text);
      for (const [at, expected] of tagged) {
        if (nodejieba.tag(expected.word).length === 1) continue;
        seen++;
        expect(taggedWordAt(sentence, at)).toEqual(expected);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('follow the tagger on a sentence whose words do not spell it (a lone surrogate)', () => {
    expect(allDifferences('区政府\ud800制定实施办法。市司法局\udc00和区委')).toEqual([]);
  });
});

describe('tagText', () => {
  it('is nodejieba.tag of the text', () => {
    fc.assert(
      fc.property(fc.oneof(reportText, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(tagText(text)).toEqual(nodejieba.tag(text));
      }),
      { numRuns: 300 },
    );
    for (const report of reports) {
      for (const clause of report.slice(0, 3000).split(/[，。；\n]/))
        expect(tagText(clause)).toEqual(nodejieba.tag(clause));
    }
  });
});

describe('tagPiece', () => {
  /** Offsets next to the separators nodejieba cuts its runs at, and a few others. */
  const edges = (text: string) => [
    0,
    text.length,
    1,
    ...[...text.matchAll(/[ ，。\t]/g)].flatMap((m) => [m.index, m.index + 1]),
  ];

  it('is nodejieba.tag of the piece, whether its sentence is cut already or not', () => {
    let known = 0;
    fc.assert(
      fc.property(reportText, fc.boolean(), fc.nat(), fc.nat(), (text, cutFirst, i, j) => {
        for (const sentence of splitSentences(text, [])) {
          if (cutFirst) isWordBoundary(sentence, 0);
          const offsets = edges(sentence.text).filter((at) => at <= sentence.text.length);
          const a = offsets[i % offsets.length] ?? 0;
          const b = offsets[j % offsets.length] ?? 0;
          const [from, to] = a <= b ? [a, b] : [b, a];
          if (cutFirst) known++;
          expect(tagPiece(sentence, from, to)).toEqual(nodejieba.tag(sentence.text.slice(from, to)));
        }
      }),
      { numRuns: 400 },
    );
    expect(known).toBeGreaterThan(100);
    for (const report of reports) {
      for (const sentence of splitSentences(report.slice(0, 4000), [])) {
        isWordBoundary(sentence, 0);
        const cuts = edges(sentence.text).sort((x, y) => x - y);
        for (const [k, from] of cuts.entries()) {
          const to = cuts[k + 2] ?? sentence.text.length;
          if (from > to) continue;
          expect(tagPiece(sentence, from, to)).toEqual(nodejieba.tag(sentence.text.slice(from, to)));
        }
      }
    }
  });
});
