// Small text helpers shared by the extraction stages: normalization for keys, Chinese numerals,
// and the punctuation classes the rules are written with. Pure functions, no I/O.

const QUOTE_CHARS = /[“”‘’"'「」『』〈〉《》\s]/g;

/** NFKC, no quote marks or spaces, lower case: the form keys and comparisons use. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(QUOTE_CHARS, '').toLowerCase();
}

/** Strips quote marks around and inside a surface form; keeps the characters otherwise. */
export function stripQuotes(text: string): string {
  return text.replace(/[“”‘’"「」『』]/g, '');
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral such as 三十五, 两千零六, 十二万; NaN when it is not one. */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] ?? 0;
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * (SMALL_UNITS[ch] ?? 1);
      digit = -1;
    } else if (ch in BIG_UNITS) {
      total += (section + Math.max(digit, 0)) * (BIG_UNITS[ch] ?? 1);
      section = 0;
      digit = -1;
    } else {
      return Number.NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}

export const HAN = '\\u4e00-\\u9fff';
export const CN_DIGITS = '零〇一二两三四五六七八九十百千万亿';

/** True when the text holds at least `count` characters of HAN (U+4E00–U+9FFF). */
export function hasHanCount(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length && found < count; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) found++;
  }
  return found >= count;
}

/**
 * The matches of a global regex in a text, as `[...text.matchAll(regex)]` gives them for a regex
 * whose lastIndex is 0, by `exec` on the regex itself: matchAll copies the regex on every call,
 * which costs more than the search on a sentence. The regex's lastIndex is 0 again after.
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError('matchesOf: the regex is not global');
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    found.push(match);
    // An empty match moves on by one character, as matchAll does.
    if (match[0] === '') {
      const at = regex.lastIndex;
      const wide = regex.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      regex.lastIndex = at + (wide ? 2 : 1);
    }
  }
  regex.lastIndex = 0;
  return found;
}

/**
 * A finder of every place each of non-empty `names` occurs in a text, overlaps too: the names that
 * occur in their order, each with its places from left to right, as a loop of `indexOf(name, at +
 * 1)` per name gives them, from one pass over the text that keeps where some name could start.
 */
export function occurrenceFinder(names: readonly string[]): (text: string) => [name: string, places: number[]][] {
  /** Per first code unit, the indices of the names that start with it. */
  const byFirst = new Map<number, number[]>();
  const starts = new Uint8Array(0x10000);
  for (const [i, name] of names.entries()) {
    if (name.length === 0) throw new RangeError('occurrenceFinder: a name is empty');
    const first = name.charCodeAt(0);
    starts[first] = 1;
    const group = byFirst.get(first);
    if (group) group.push(i);
    else byFirst.set(first, [i]);
  }
  return (text) => {
    let places: (number[] | undefined)[] | undefined;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (starts[code] === 0) continue;
      for (const i of byFirst.get(code) ?? []) {
        if (!text.startsWith(names[i] as string, at)) continue;
        places ??= new Array(names.length);
        const here = places[i];
        if (here) here.push(at);
        else places[i] = [at];
      }
    }
    const found: [name: string, places: number[]][] = [];
    if (places) for (const [i, here] of places.entries()) if (here) found.push([names[i] as string, here]);
    return found;
  };
}

/** The UTF-16 code units of the characters of a string, for look-ups by charCodeAt. */
export function codeSet(chars: string): Set<number> {
  return new Set(Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i)));
}

/**
 * A finder of non-empty literal names: the matches of `new RegExp(names escaped, joined by |, 'g')`
 * in a text (leftmost first, then at one place the first of `names` in their order, then on after
 * it) from a look-up by first code unit instead of trying every alternative at every place.
 */
export function literalFinder(names: readonly string[]): (text: string) => { index: number; name: string }[] {
  const byFirst = new Map<number, string[]>();
  const starts = new Uint8Array(0x10000);
  for (const name of names) {
    if (name.length === 0) throw new RangeError('literalFinder: a name is empty');
    const first = name.charCodeAt(0);
    starts[first] = 1;
    const group = byFirst.get(first);
    if (group) group.push(name);
    else byFirst.set(first, [name]);
  }
  return (text) => {
    const found: { index: number; name: string }[] = [];
    for (let at = 0; at < text.length; ) {
      // Most code units start no name: skip them without a look-up.
      if (starts[text.charCodeAt(at)] === 0) {
        at++;
        continue;
      }
      const name = byFirst.get(text.charCodeAt(at))?.find((n) => text.startsWith(n, at));
      if (name === undefined) {
        at++;
      } else {
        found.push({ index: at, name });
        at += name.length;
      }
    }
    return found;
  };
}
