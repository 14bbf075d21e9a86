// Word boundaries of a sentence from nodejieba (cut with HMM), cached per sentence. The rules
// use them to tell a one-character function word (向, 和, 好) from the same character inside a
// word (供给侧, 调和).

import nodejieba from 'nodejieba';
import { appendToGroup } from '../../graph/group-by.js';
import type { Sentence } from './split-sentences.js';

const cache = new WeakMap<Sentence, Set<number>>();
const tagged = new WeakMap<Sentence, Map<number, { word: string; tag: string }>>();

/** The word (with its part of speech) that ends at offset `at`, from nodejieba's tagger. */
export function taggedWordEndingAt(sentence: Sentence, at: number): { word: string; tag: string } | undefined {
  for (let from = at - 1; from >= 0 && from >= at - 8; from--) {
    const word = taggedWordAt(sentence, from);
    if (word) return from + word.word.length === at ? word : undefined;
  }
  return undefined;
}

/**
 * Tags the sentence once: the tagger segments as cut(text, true) does (mixed dictionary and HMM
 * segmentation), so its words give both the parts of speech and the word boundaries.
 */
function tagSentence(sentence: Sentence): Map<number, { word: string; tag: string }> {
  let words = tagged.get(sentence);
  if (!words) {
    words = new Map();
    const starts = new Set<number>();
    let offset = 0;
    for (const t of nodejieba.tag(sentence.text)) {
      words.set(offset, t);
      starts.add(offset);
      offset += t.word.length;
    }
    starts.add(offset);
    tagged.set(sentence, words);
    cache.set(sentence, starts);
  }
  return words;
}

/** The word (with its part of speech) that starts at offset `at`, from nodejieba's tagger. */
export function taggedWordAt(sentence: Sentence, at: number): { word: string; tag: string } | undefined {
  return tagSentence(sentence).get(at);
}

/** Offsets (relative to the sentence) where a word starts. */
export function wordStarts(sentence: Sentence): Set<number> {
  let starts = cache.get(sentence);
  if (!starts) {
    tagSentence(sentence);
    starts = cache.get(sentence) ?? new Set<number>();
  }
  return starts;
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
