// Word boundaries of a sentence from nodejieba (cut with HMM), cached per sentence. The rules
// use them to tell a one-character function word (向, 和, 好) from the same character inside a
// word (供给侧, 调和).

import nodejieba from 'nodejieba';
import { appendToGroup } from '../../graph/group-by.js';
import type { Sentence } from './split-sentences.js';

const cache = new WeakMap<Sentence, Set<number>>();

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

/**
 * True when a stop word ends at `at` in the sentence: a word of two or more characters
 * anywhere, a single character only when it is a word of its own (or starts one).
 */
export function stopEndsAt(sentence: Sentence, at: number, stops: readonly string[]): boolean {
  const { text } = sentence;
  const candidates = byLastCharacter(stops).get(text[at - 1] ?? '');
  if (!candidates) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  for (const stop of candidates) {
    if (!before.endsWith(stop)) continue;
    if (stop.length > 1 || wordStarts(sentence).has(at - 1)) return true;
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
