// What every format reader returns, and the line clean-up the readers share (spaces between
// Chinese characters, blank lines). Pure: no I/O, no format-specific parsing.

export interface ReaderOutput {
  /** The report text, one paragraph a line. */
  text: string;
  /** How the text was decoded: a character encoding, or the container (DOCX, PDF). */
  encoding: string;
  /** A title found outside the text (the HTML page title), to use as front-matter `title`. */
  title?: string;
}

/** A Chinese character, full-width form or CJK punctuation mark. */
const CJK =
  '[\\u2e80-\\u2fff\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef“”‘’]';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK}) +(?=${CJK})`, 'gu');

/** Drops ASCII spaces between two Chinese characters (left by source line breaks or PDF gaps). */
export function joinCjkSpaces(line: string): string {
  return line.replace(SPACE_BETWEEN_CJK, '');
}

/** Trims each line (full-width spaces too) and drops empty lines. */
export function tidyLines(lines: Iterable<string>): string {
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim(); // String#trim drops U+3000 and U+00A0 too
    if (trimmed !== '') kept.push(trimmed);
  }
  return kept.join('\n');
}
