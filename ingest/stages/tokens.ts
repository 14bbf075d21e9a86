// Word boundaries of a sentence from nodejieba (cut with HMM) and the part of speech of its words.
// The rules use them to tell a one-character function word (向, 和, 好) from the same character
// inside a word (供给侧, 调和). A sentence is cut the first time its words are asked for, and then
// only the run (the text between two of nodejieba's separators) holding the offset asked about:
// about half the sentences of a report are never cut, and about half the text of those that are.
//
// The tagger cuts as `cut` with HMM does, then looks each word up alone (its dictionary tag, else
// a rule on its characters): a word's tag does not depend on its neighbours, so tags are kept per
// word and a sentence is cut, not tagged.

import nodejieba from 'nodejieba';
import { appendToGroup } from '../../graph/group-by.js';
import { codeSet } from '../text-utils.js';
import type { Sentence } from './split-sentences.js';

export interface TaggedWord {
  word: string;
  tag: string;
}

/**
 * Per offset of a sentence, 1 + the end of the word starting there (0 where none does, -1 where
 * the run holding the offset is not cut yet); the sentence's length holds length + 1. A Set of
 * the word starts for a sentence whose words do not spell it (a lone surrogate comes back as
 * U+FFFD): its words are then the tagger's.
 */
type Bounds = Int32Array | Set<number>;

const bounds = new WeakMap<Sentence, Bounds>();
/** The tagger's words of a whole sentence, by offset, for the sentences that needed them. */
const tagged = new WeakMap<Sentence, Map<number, TaggedWord>>();
/** The tagged words of a sentence asked for so far, by offset. */
const wordsAt = new WeakMap<Sentence, (TaggedWord | undefined)[]>();
const tags = new Map<string, string>();
/** Distinct words whose tag is kept; past it the table starts again. */
const MAX_TAGS = 200_000;

/**
 * The word bounds of a sentence, made on first use with each run left to cut when first asked
 * about. nodejieba cuts a text run by run, each run alone, so the words of a run cut alone are
 * the sentence's words there. A sentence with a surrogate (which nodejieba may read as U+FFFD,
 * and then its words do not spell the text) is cut whole at once.
 */
function boundsOf(sentence: Sentence): Bounds {
  let found = bounds.get(sentence);
  if (!found) {
    found = SURROGATE.test(sentence.text) ? wholeBounds(sentence.text) : runBounds(sentence.text);
    bounds.set(sentence, found);
  }
  return found;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Bounds with no run cut yet: only the separators (each a word of its own) and the end are known. */
function runBounds(text: string): Int32Array {
  const ends = new Int32Array(text.length + 1).fill(-1);
  for (let at = 0; at < text.length; at++) if (SEPARATORS.has(text.charCodeAt(at))) ends[at] = at + 2;
  ends[text.length] = text.length + 1;
  return ends;
}

/** Cuts the run of the text holding offset `at` and writes its words' ends. */
function cutRun(text: string, ends: Int32Array, at: number): void {
  let from = at;
  while (from > 0 && !SEPARATORS.has(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && !SEPARATORS.has(text.charCodeAt(to))) to++;
  ends.fill(0, from, to);
  let end = from;
  for (const word of nodejieba.cut(text.slice(from, to), true)) {
    ends[end] = end + word.length + 1;
    end += word.length;
  }
}

/** 1 + the end of the word starting at `at` (0 where none does), its run cut if need be. */
function endAt(text: string, ends: Int32Array, at: number): number {
  const end = ends[at];
  if (end === undefined) return 0;
  if (end >= 0) return end;
  cutRun(text, ends, at);
  return ends[at] ?? 0;
}

/** The bounds of a sentence cut whole. */
function wholeBounds(text: string): Bounds {
  const words = nodejieba.cut(text, true);
  let at = 0;
  let spelled = true;
  const ends = new Int32Array(text.length + 1);
  for (const word of words) {
    spelled &&= text.startsWith(word, at);
    if (spelled) ends[at] = at + word.length + 1;
    at += word.length;
  }
  if (spelled && at === text.length) {
    ends[at] = at + 1;
    return ends;
  }
  const starts = new Set<number>();
  at = 0;
  for (const word of words) {
    starts.add(at);
    at += word.length;
  }
  starts.add(at);
  return starts;
}

/** True when a word starts at `at`; the start of a run is one without cutting it. */
function startsAt(text: string, found: Bounds, at: number): boolean {
  if (found instanceof Set) return found.has(at);
  const end = found[at];
  if (end === undefined) return false;
  if (end >= 0) return end !== 0;
  if (at === 0 || SEPARATORS.has(text.charCodeAt(at - 1))) return true;
  return endAt(text, found, at) !== 0;
}

/** The tagger's words of a whole sentence, by offset. */
function tagWhole(sentence: Sentence): Map<number, TaggedWord> {
  let words = tagged.get(sentence);
  if (!words) {
    words = new Map();
    let offset = 0;
    for (const t of nodejieba.tag(sentence.text)) {
      words.set(offset, t);
      offset += t.word.length;
    }
    tagged.set(sentence, words);
  }
  return words;
}

/** The tagger's tag of a word looked up alone; undefined when nodejieba cuts the word in two. */
function tagOfWord(word: string): string | undefined {
  let tag = tags.get(word);
  if (tag === undefined) {
    const alone = nodejieba.tag(word);
    if (alone.length !== 1 || alone[0]?.word !== word) return undefined;
    tag = alone[0].tag;
    if (tags.size >= MAX_TAGS) tags.clear();
    tags.set(word, tag);
  }
  return tag;
}

/** Kept tag of a word known from a tagged sentence (the tagger looks each word up alone). */
function keepTag(word: string, tag: string): void {
  if (tags.size >= MAX_TAGS) tags.clear();
  tags.set(word, tag);
}

/** nodejieba.tag(text), from its cut and the tags kept per word. */
export function tagText(text: string): TaggedWord[] {
  const words = nodejieba.cut(text, true);
  const out: TaggedWord[] = [];
  for (const word of words) {
    const tag = tagOfWord(word);
    if (tag === undefined) {
      const whole = nodejieba.tag(text);
      for (const t of whole) keepTag(t.word, t.tag);
      return whole;
    }
    out.push({ word, tag });
  }
  return out;
}

/** Where nodejieba cuts a text into runs it segments one by one (its pre-filter's separators). */
const SEPARATORS = codeSet(' \t\n，。');

/** True when a run nodejieba segments on its own starts or ends at `at` of the text. */
function runEdge(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || SEPARATORS.has(text.charCodeAt(at - 1)) || SEPARATORS.has(text.charCodeAt(at));
}

/**
 * nodejieba.tag of the piece [from, to) of a sentence. When the sentence is cut already and both
 * ends of the piece end runs nodejieba segments on their own, the piece's words are the
 * sentence's words inside it; else the piece is cut alone.
 */
export function tagPiece(sentence: Sentence, from: number, to: number): TaggedWord[] {
  const { text } = sentence;
  const found = bounds.get(sentence);
  if (!found || found instanceof Set || from < 0 || to > text.length || !runEdge(text, from) || !runEdge(text, to)) {
    return tagText(text.slice(from, to));
  }
  const out: TaggedWord[] = [];
  for (let at = from; at < to; ) {
    const end = (found[at] ?? 0) - 1;
    if (end <= at || end > to) return tagText(text.slice(from, to));
    const word = text.slice(at, end);
    const tag = tagOfWord(word);
    if (tag === undefined) return tagText(text.slice(from, to));
    out.push({ word, tag });
    at = end;
  }
  return out;
}

/** The word (with its part of speech) that ends at offset `at`, from nodejieba's tagger. */
export function taggedWordEndingAt(sentence: Sentence, at: number): TaggedWord | undefined {
  for (let from = at - 1; from >= 0 && from >= at - 8; from--) {
    const word = taggedWordAt(sentence, from);
    if (word) return from + word.word.length === at ? word : undefined;
  }
  return undefined;
}

/** The word (with its part of speech) that starts at offset `at`, from nodejieba's tagger. */
export function taggedWordAt(sentence: Sentence, at: number): TaggedWord | undefined {
  const found = boundsOf(sentence);
  if (found instanceof Set) return tagWhole(sentence).get(at);
  const end = endAt(sentence.text, found, at) - 1;
  if (end <= at) return undefined;
  let known = wordsAt.get(sentence);
  if (!known) {
    known = new Array(found.length);
    wordsAt.set(sentence, known);
  }
  const cached = known[at];
  if (cached) return cached;
  const word = sentence.text.slice(at, end);
  let tag = tagOfWord(word);
  if (tag === undefined) {
    tag = tagWhole(sentence).get(at)?.tag;
    if (tag === undefined) return undefined;
    keepTag(word, tag);
  }
  known[at] = { word, tag };
  return known[at];
}

/** True when a word starts (or ends) at offset `at` of the sentence. */
export function isWordBoundary(sentence: Sentence, at: number): boolean {
  return startsAt(sentence.text, boundsOf(sentence), at);
}

/**
 * The first word boundary at or after `at`; `at` itself when it cuts a pair of characters the
 * segmenter only guessed at (向市 of 向市司法局, tagged x), which is no word to keep whole.
 */
export function nextBoundary(sentence: Sentence, at: number): number {
  const { text } = sentence;
  const found = boundsOf(sentence);
  let from = at;
  while (from > 0 && !startsAt(text, found, from)) from--;
  if (from < at && taggedWordAt(sentence, from)?.tag === 'x') return at;
  let to = at;
  while (to < text.length && !startsAt(text, found, to)) to++;
  return to;
}

/**
 * True when a stop word ends at `at` in the sentence where a word ends: 住房和城乡建设局 has no
 * stop 建设 (城乡/建设局 are its words), 充分发挥党组 has 发挥. A single character must be a word
 * of its own. Stops longer than `longest` are not looked at.
 */
export function stopEndsAt(sentence: Sentence, at: number, stops: readonly string[], longest = 4): boolean {
  const { text } = sentence;
  const candidates = byLastCharacter(stops).get(text[at - 1] ?? '');
  if (!candidates) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  const found = boundsOf(sentence);
  for (const stop of candidates) {
    if (stop.length > longest || !before.endsWith(stop)) continue;
    // 充分发挥|党组: a longer stop ends a word (建设 of 城乡/建设局 does not).
    if (stop.length > 1 && startsAt(text, found, at)) return true;
    if (stop.length > 1 || !startsAt(text, found, at - 1)) continue;
    // 和 of 和谐 is no stop; 由 of 由区 (a pair the segmenter guessed, tagged x) is.
    const word = taggedWordAt(sentence, at - 1);
    if (startsAt(text, found, at) || !word || word.word.length < 2 || word.tag === 'x') return true;
  }
  return false;
}

const indexes = new WeakMap<readonly string[], Map<string, string[]>>();

/** The stop list indexed by last character, built once per list. */
function byLastCharacter(stops: readonly string[]): Map<string, string[]> {
  let index = indexes.get(stops);
  if (!index) {
    index = new Map();
    for (const stop of stops) {
      const last = stop.at(-1) ?? '';
      appendToGroup(index, last, stop);
    }
    indexes.set(stops, index);
  }
  return index;
}
