// Cuts cleaned text into sentences (at 。！？；and line ends) with offsets, each tied to the
// section it stands in. Headings are sentences too, flagged so they are not taken as measures.

import { matchesOf } from '../text-utils.js';
import { type SectionSpan, sectionAt } from './split-sections.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  section: SectionSpan | null;
  /** True for the title of a section (the text before its body). */
  heading: boolean;
}

const TERMINATOR = /[。！!？?；;]+[”’」』）)]?|\n/g;

/**
 * Safety bound for pathological input (a megabyte without a full stop): a longer run is cut at
 * its last clause boundary (，、：) inside the bound, and only where there is none, at the bound.
 */
export const MAX_SENTENCE = 1000;

/** Cuts [start, end) into pieces of at most MAX_SENTENCE characters, at clause boundaries. */
function cutLong(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    const boundary = Math.max(...['，', ',', '：', ':', '、', ' ', '\u3000'].map((p) => window.lastIndexOf(p)));
    const cut = boundary > 0 ? from + boundary + 1 : from + MAX_SENTENCE;
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, end]);
  return pieces;
}

export function splitSentences(text: string, sections: SectionSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    while (from < end && /\s/.test(text[from] ?? '')) from++;
    if (end <= from) return;
    for (const [pieceStart, pieceEnd] of cutLong(text, from, end)) {
      const section = sectionAt(sections, pieceStart);
      // A heading's title is the text between its number and its body.
      const heading = section !== null && section.level > 0 && pieceStart < section.bodyStart;
      sentences.push({
        index: sentences.length,
        start: pieceStart,
        end: pieceEnd,
        text: text.slice(pieceStart, pieceEnd),
        section,
        heading,
      });
    }
  };
  for (const match of matchesOf(TERMINATOR, text)) {
    const at = match.index ?? 0;
    const end = match[0] === '\n' ? at : at + match[0].length;
    push(end);
    start = at + match[0].length;
  }
  push(text.length);
  return sentences;
}
