// Word boundaries of a sentence from nodejieba (cut with HMM) and the part of speech of its words.
// The rules use them to tell a one-character function word (向, 和, 好) from the same character
// inside a word (供给侧, 调和).
//
// The sentences of one text are cut together, a few thousand characters at a time, joined by "\n":
// nodejieba cuts the runs between its separators (space, tab, "\n", ，, 。) one by one, so the words
// of the joined sentences are the words of each sentence cut alone. The tagger cuts as `cut` with
// HMM does, then looks each word up alone (its dictionary tag, else a rule on its characters): a
// word's tag does not depend on its neighbours and is kept per word.

import nodejieba from 'nodejieba';
import { appendToGroup } from '../../graph/group-by.js';
import type { Sentence } from './split-sentences.js';

/** Start → end offset of each word of a sentence; the sentence's length maps to itself. */
type Bounds = Map<number, number>;

const bounds = new WeakMap<Sentence, Bounds>();
/** The sentences cut in one call with a sentence, itself included. */
const groups = new WeakMap<Sentence, readonly Sentence[]>();
/** Sentences whose words, cut alone, do not spell the sentence (a character the segmenter changes). */
const irregular = new WeakSet<Sentence>();
/** The tagger's words of a whole sentence, by offset, for the sentences that needed them. */
const tagged = new WeakMap<Sentence, Map<number, { word: string; tag: string }>>();

/** Characters cut in one call; bounds the memory a long text holds at once. */
const GROUP_CHARS = 8000;
const tags = new Map<string, string>();
/** Distinct words whose tag is kept; past it the table starts again. */
const MAX_TAGS = 200_000;

/**
 * Marks sentences of one text (in order) to be cut together, in groups of about GROUP_CHARS
 * characters, the first time the words of one of them are asked for.
 */
export function segmentTogether(sentences: readonly Sentence[]): void {
  let group: Sentence[] = [];
  let chars = 0;
  for (const sentence of sentences) {
    if (group.length > 0 && chars + sentence.text.length > GROUP_CHARS) {
      group = [];
      chars = 0;
    }
    group.push(sentence);
    chars += sentence.text.length + 1;
    groups.set(sentence, group);
  }
}

/** The word bounds of a sentence cut alone (and whether its words spell it). */
function cutAlone(sentence: Sentence): Bounds {
  const starts: Bounds = new Map();
  let at = 0;
  let spelled = true;
  for (const word of nodejieba.cut(sentence.text, true)) {
    spelled &&= sentence.text.startsWith(word, at);
    starts.set(at, at + word.length);
    at += word.length;
  }
  if (!spelled || at !== sentence.text.length) irregular.add(sentence);
  if (!starts.has(at)) starts.set(at, at);
  return starts;
}

/** Cuts a group of sentences in one call; a sentence the joined words do not spell is cut alone. */
function cutGroup(group: readonly Sentence[]): void {
  const words = nodejieba.cut(group.map((s) => s.text).join('\n'), true);
  let next = 0;
  for (const [i, sentence] of group.entries()) {
    if (i > 0 && words[next++] !== '\n') {
      for (const rest of group.slice(i)) bounds.set(rest, cutAlone(rest));
      return;
    }
    const { text } = sentence;
    const starts: Bounds = new Map();
    let at = 0;
    while (at < text.length) {
      const word = words[next++];
      if (word === undefined || word.length === 0 || !text.startsWith(word, at)) break;
      starts.set(at, at + word.length);
      at += word.length;
    }
    if (at !== text.length) {
      for (const rest of group.slice(i)) bounds.set(rest, cutAlone(rest));
      return;
    }
    starts.set(at, at);
    bounds.set(sentence, starts);
  }
}

/** Start → end of the words of a sentence. */
function boundsOf(sentence: Sentence): Bounds {
  let starts = bounds.get(sentence);
  if (!starts) {
    const group = groups.get(sentence);
    if (group) cutGroup(group);
    starts = bounds.get(sentence);
    if (!starts) {
      starts = cutAlone(sentence);
      bounds.set(sentence, starts);
    }
  }
  return starts;
}

/** The tagger's words of a whole sentence, by offset. */
function tagWhole(sentence: Sentence): Map<number, { word: string; tag: string }> {
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

/** The tagger's tag of a word of a sentence (a word nodejieba cuts in two is tagged in its sentence). */
function tagOf(word: string, sentence: Sentence, at: number): string | undefined {
  let tag = tags.get(word);
  if (tag === undefined) {
    const alone = nodejieba.tag(word);
    if (alone.length === 1 && alone[0]?.word === word) tag = alone[0].tag;
    else tag = tagWhole(sentence).get(at)?.tag;
    if (tag === undefined) return undefined;
    if (tags.size >= MAX_TAGS) tags.clear();
    tags.set(word, tag);
  }
  return tag;
}

/** The word (with its part of speech) that ends at offset `at`, from nodejieba's tagger. */
export function taggedWordEndingAt(sentence: Sentence, at: number): { word: string; tag: string } | undefined {
  for (let from = at - 1; from >= 0 && from >= at - 8; from--) {
    const word = taggedWordAt(sentence, from);
    if (word) return from + word.word.length === at ? word : undefined;
  }
  return undefined;
}

/** The word (with its part of speech) that starts at offset `at`, from nodejieba's tagger. */
export function taggedWordAt(sentence: Sentence, at: number): { word: string; tag: string } | undefined {
  const starts = boundsOf(sentence);
  if (irregular.has(sentence)) return tagWhole(sentence).get(at);
  const end = starts.get(at);
  if (end === undefined || end === at) return undefined;
  const word = sentence.text.slice(at, end);
  const tag = tagOf(word, sentence, at);
  return tag === undefined ? undefined : { word, tag };
}

/** Offsets (relative to the sentence) where a word starts, and the sentence's length, as keys. */
export function wordStarts(sentence: Sentence): ReadonlyMap<number, number> {
  return boundsOf(sentence);
}

/** True when a word starts (or ends) at offset `at` of the sentence. */
export function isWordBoundary(sentence: Sentence, at: number): boolean {
  return wordStarts(sentence).has(at);
}

/**
 * The first word boundary at or after `at`; `at` itself when it cuts a pair of characters the
 * segmenter only guessed at (向市 of 向市司法局, tagged x), which is no word to keep whole.
 */
export function nextBoundary(sentence: Sentence, at: number): number {
  const starts = wordStarts(sentence);
  let from = at;
  while (from > 0 && !starts.has(from)) from--;
  if (from < at && taggedWordAt(sentence, from)?.tag === 'x') return at;
  let to = at;
  while (to < sentence.text.length && !starts.has(to)) to++;
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
  const starts = wordStarts(sentence);
  for (const stop of candidates) {
    if (stop.length > longest || !before.endsWith(stop)) continue;
    // 充分发挥|党组: a longer stop ends a word (建设 of 城乡/建设局 does not).
    if (stop.length > 1 && starts.has(at)) return true;
    if (stop.length > 1 || !starts.has(at - 1)) continue;
    // 和 of 和谐 is no stop; 由 of 由区 (a pair the segmenter guessed, tagged x) is.
    const word = taggedWordAt(sentence, at - 1);
    if (starts.has(at) || !word || word.word.length < 2 || word.tag === 'x') return true;
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
