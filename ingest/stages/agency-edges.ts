// Where a body's name begins: the words of its clause a name read leftwards must not take in
// (报|区人大常委会, 建成|区级…中心, 根据|广东省…委员会) and the domain a coordinated name starts
// with (区工业和信息化局, 市规划和自然资源局).

import { CLAUSE_HEADS, FUNCTION_CHARS } from '../agency-vocabulary.js';
import { LEVELS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordAt, taggedWordEndingAt } from './tokens.js';

/** One administrative level's character at the start of a name (区, 市 …). */
const LEADING_LEVEL = new RegExp(`^[${LEVELS}]`);

/** The tagged word that covers offset `at` (starts at or before it), with its start. */
function wordCovering(sentence: Sentence, at: number): { word: string; tag: string; start: number } | undefined {
  for (let from = at; from >= 0 && from >= at - 8; from--) {
    const word = taggedWordAt(sentence, from);
    if (word) return from + word.word.length > at ? { ...word, start: from } : undefined;
  }
  return undefined;
}

/**
 * True when the character before `at` is a preposition or verb of one character that the
 * segmenter glued to its neighbours (前向|省人大常委会, 报区|人大常委会, 已获|市政府常务会议):
 * a name read leftwards ends there.
 */
export function functionCharBefore(sentence: Sentence, at: number): boolean {
  const { text } = sentence;
  if (!FUNCTION_CHARS.includes(text[at - 1] ?? '')) return false;
  const word = wordCovering(sentence, at - 1);
  if (!word) return false;
  // A word of its own (向/p) is a stop the stop list already knows; a guessed pair is not.
  const glued = word.tag === 'x' && word.word.length >= 2;
  return glued && (LEVELS.includes(text[at] ?? '') || word.start + word.word.length === at);
}

/**
 * Drops a clause's verb the segmenter read into the name's first word or did not tag as a verb:
 * 建成区级… (建成区 is one word), 重构区…, 做强…, 根据广东省…. The rest must start on a word
 * boundary or with a level character.
 */
export function dropClauseHead(sentence: Sentence, start: number, suffixStart: number): number {
  const { text } = sentence;
  const head = CLAUSE_HEADS.exec(text.slice(start, suffixStart));
  if (!head) return start;
  const rest = start + head[0].length;
  // 严格执行|党组: what is left may be a bare suffix, which names no body.
  if (rest > suffixStart) return start;
  const levelled = LEVELS.includes(text[rest] ?? '');
  return levelled || isWordBoundary(sentence, rest) ? rest : start;
}

/** Suffixes of departments whose names join two domains with 和 (工业和信息化局). */
const DEPARTMENT = /(局|厅|委|委员会|部)$/;
const MAX_DOMAIN = 6;
/** Parts of speech of the words of a domain (工业, 规划, 城市设计, 环保). */
const DOMAIN_TAGS = new Set(['n', 'vn', 'j', 'l', 'nz', 'b', 'ng', 'an', 'ns']);

/**
 * The start of a department's name that joins two domains with 和 or 与: 区工业和|信息化局,
 * 市规划和|自然资源局, 环保和|水务局, 环境与|物业管理委员会. The first domain is nouns of at most six characters after
 * a level character or a clause's edge; it never is a body itself (区城管局和区住建局 are two
 * bodies), and the second never starts with a level (市委和市政府).
 */
export function coordinatedStart(sentence: Sentence, start: number, end: number): number {
  const { text } = sentence;
  if (!'和与'.includes(text[start - 1] ?? '-') || !DEPARTMENT.test(text.slice(start, end))) return start;
  const right = text.slice(start, end);
  // 市委和市政府, 会议和新区党工委, 政府和部门党委: two bodies, or a party committee after a list.
  if (LEVELS.includes(right[0] ?? '') || /^(新区|部门|各|国家|中央)|党工?委$/.test(right)) return start;
  // 和 must be a word of its own (工业|和|信息化), not part of 和谐.
  if (!isWordBoundary(sentence, start - 1) || !isWordBoundary(sentence, start)) return start;
  let from = start - 1;
  for (let word = taggedWordEndingAt(sentence, from); word; word = taggedWordEndingAt(sentence, from)) {
    const level = word.word.length === 1 && LEVELS.includes(word.word);
    if (!level && !DOMAIN_TAGS.has(word.tag)) break;
    if (start - 1 - (from - word.word.length) > MAX_DOMAIN) return start;
    from -= word.word.length;
    if (level) break;
  }
  const domain = text.slice(from, start - 1);
  if (domain.replace(LEADING_LEVEL, '').length < 2) return start;
  if (/([局厅委办部院所站队组会]|政府|会议|部署|决策)$/.test(domain)) return start;
  return from;
}
