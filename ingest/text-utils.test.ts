// The scanning helpers against what they replace: RegExp alternations and a match count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSet, hasHanCount, literalFinder, matchesOf, occurrenceFinder } from './text-utils.js';

const chars = fc.constantFrom(...'区政府改革行动计划三年“”().*+?|[]\\^$a'.split(''));
const word = fc.string({ unit: chars, minLength: 1, maxLength: 6 });

describe('literalFinder', () => {
  it('finds what a RegExp of the escaped names joined by | finds, in the order given', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: chars, maxLength: 80 }),
        (names, text) => {
          const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
          const expected = [...text.matchAll(pattern)].map((m) => ({ index: m.index, name: m[0] }));
          expect(literalFinder(names)(text)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes the first name that fits at a place, then goes on after it', () => {
    const find = literalFinder(['三年行动计划', '行动计划', '三年']);
    expect(find('实施三年行动计划和三年规划')).toEqual([
      { index: 2, name: '三年行动计划' },
      { index: 9, name: '三年' },
    ]);
    expect(() => literalFinder(['改革', ''])).toThrow(RangeError);
  });
});

describe('hasHanCount and codeSet', () => {
  it('count Chinese characters as a RegExp does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('区', '政', 'a', '1', '，', '\u4e00', '\u9fff', '\u3400'), maxLength: 12 }),
        fc.nat(8),
        (text, n) => {
          expect(hasHanCount(text, n)).toBe((text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= n);
        },
      ),
    );
    expect(codeSet('“（,')).toEqual(new Set([0x201c, 0xff08, 0x2c]));
  });
});

describe('matchesOf', () => {
  const regexes = [/区|政府/g, /(三年)?(行动|计划)+/g, /a*/g, /(?=区)|改革/g, /\p{sc=Han}?/gu, /(?<=“)[^”]*/g];
  const text = fc.string({ unit: fc.constantFrom(...'区政府改革行动计划三年“”a😀'.split(''), '😀'), maxLength: 40 });

  it('finds what matchAll finds, empty matches too, and leaves lastIndex at 0', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regexes), text, (regex, t) => {
        const expected = [...t.matchAll(regex)].map((m) => [m.index, ...m]);
        expect(matchesOf(regex, t).map((m) => [m.index, ...m])).toEqual(expected);
        expect(regex.lastIndex).toBe(0);
      }),
      { numRuns: 500 },
    );
    expect(matchesOf(/是/g, '一是二是').map((m) => m.index)).toEqual([1, 3]);
  });

  it('refuses a regex that is not global', () => {
    expect(() => matchesOf(/区/, '区')).toThrow(TypeError);
  });
});

describe('occurrenceFinder', () => {
  it('finds, name by name, every place indexOf finds, overlaps too', () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: chars, maxLength: 60 }),
        (names, text) => {
          const expected: [string, number[]][] = [];
          for (const name of names) {
            const places: number[] = [];
            for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) places.push(at);
            if (places.length > 0) expected.push([name, places]);
          }
          expect(occurrenceFinder(names)(text)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
    expect(occurrenceFinder(['行动', '三年'])('三年行动行动')).toEqual([
      ['行动', [2, 4]],
      ['三年', [0]],
    ]);
    expect(() => occurrenceFinder([''])).toThrow(RangeError);
  });
});
