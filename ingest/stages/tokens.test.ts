// The words of sentences cut together (one nodejieba call per few thousand characters) against
// the definition: each sentence cut alone, and tagged alone, by nodejieba.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import nodejieba from 'nodejieba';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.js';
import { type Sentence, splitSentences } from './split-sentences.js';
import { isWordBoundary, taggedWordAt } from './tokens.js';

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

/** Offsets of the sentence where the words cut together differ from the words cut alone. */
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

describe('words of sentences cut together', () => {
  beforeAll(() => {
    nodejieba.cut('区政府制定实施办法', true);
  });

  it('are the words of each sentence cut alone, where a cut of the whole text differs', () => {
    const text = '产业发展空间受到制约；二是南北片区发展不平衡。';
    // Cut whole, the HMM joins across the ；: 二|是. Cut alone, the second sentence opens with 二是.
    expect(nodejieba.cut(text, true)).toContain('二');
    const second = splitSentences(text, [])[1];
    expect(second?.text).toBe('二是南北片区发展不平衡。');
    if (!second) return;
    expect(isWordBoundary(second, 1)).toBe(false);
    expect(taggedWordAt(second, 0)?.word).toBe('二是');
    expect(allDifferences(text)).toEqual([]);
  });

  it('match the sentences cut alone on report-like text', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        expect(allDifferences(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('match the sentences cut alone on long cuts of real reports (several groups per cut)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: reports.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 30_000 }),
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
        const own = nodejieba.tag(expected.word);
        if (own.length === 1) continue;
        seen++;
        expect(taggedWordAt(sentence, at)).toEqual(expected);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
