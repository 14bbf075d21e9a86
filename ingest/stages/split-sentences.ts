// Cuts cleaned text into sentences (at 。！？；and line ends) with offsets, each tied to the
// section it stands in. Headings are sentences too, flagged so they are not taken as measures.

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

export function splitSentences(text: string, sections: SectionSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    while (from < end && /\s/.test(text[from] ?? '')) from++;
    if (end > from) {
      const section = sectionAt(sections, from);
      const heading = sections.some((s) => s.level > 0 && s.level < 6 && s.start <= from && from < s.bodyStart);
      sentences.push({
        index: sentences.length,
        start: from,
        end,
        text: text.slice(from, end),
        section,
        heading,
      });
    }
  };
  for (const match of text.matchAll(TERMINATOR)) {
    const at = match.index ?? 0;
    const end = match[0] === '\n' ? at : at + match[0].length;
    push(end);
    start = at + match[0].length;
  }
  push(text.length);
  return sentences;
}
