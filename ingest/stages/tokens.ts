// Word boundaries of a sentence from nodejieba (cut with HMM), cached per sentence. The rules
// use them to tell a one-character function word (向, 和, 好) from the same character inside a
// word (供给侧, 调和).

import nodejieba from 'nodejieba';
import { appendToGroup } from '../../graph/group-by.js';
import type { Sentence } from './split-sentences.js';

const cache = new WeakMap<Sentence, Set<number>>();
const tagged = new WeakMap<Sentence, Map<number, { word: string; tag: string }>>();

/** The word (with its part of speech) that starts at offset `at`, from nodejieba's tagger. */
export function taggedWordAt(sentence: Sentence, at: number): { word: string; tag: string } | undefined {
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
  return words.get(at);
}

/** Offsets (relative to the sentence) where a word starts. */
export function wordStarts(sentence: Sentence): Set<number> {
  let starts = cache.get(sentence);
  if (!starts) {
    starts = new Set<number>();
    let at = 0;
    for (const word of nodejieba.cut(sentence.text, true)) {
      starts.add(at);
      at += word.length;
    }
    starts.add(at);
    cache.set(sentence, starts);
  }
  return starts;
}

/** True when a word starts (or ends) at offset `at` of the sentence. */
export function isWordBoundary(sentence: Sentence, at: number): boolean {
  return wordStarts(sentence).has(at);
}

/** The first word boundary at or after `at`. */
export function nextBoundary(sentence: Sentence, at: number): number {
  const starts = wordStarts(sentence);
  let to = at;
  while (to < sentence.text.length && !starts.has(to)) to++;
  return to;
}

/**
 * True when a stop word ends at `at` in the sentence as a word of its own: it starts where a
 * word starts (住房和城乡建设局 has no stop 建设, 城乡/建设局 being its words). A stop of two or
 * more characters may end inside a word (推进依法行政 → 推进/依法行政 ends 推进 at a boundary
 * anyway); a single character must be a word, or start one.
 */
export function stopEndsAt(sentence: Sentence, at: number, stops: readonly string[]): boolean {
  const { text } = sentence;
  const candidates = byLastCharacter(stops).get(text[at - 1] ?? '');
  if (!candidates) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  const starts = wordStarts(sentence);
  for (const stop of candidates) {
    if (!before.endsWith(stop) || !starts.has(at - stop.length)) continue;
    if (stop.length > 1 || starts.has(at - 1)) return true;
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
