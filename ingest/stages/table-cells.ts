// Reads the cells of a table the report's text keeps one a line: a cell too long for its column
// wraps onto the next line (人力\n资源局), whose words then are no name of their own. Reads
// only the line breaks of the cleaned text; never joins lines.

import nodejieba from 'nodejieba';

/** The longest line that can be the first part of a wrapped cell: a few characters of a column. */
const MAX_FRAGMENT = 4;

/** Last characters of a body's name: a line that ends in one is a cell of its own (住建局, 残联). */
const BODY_END = /(局|委|办|院|会|联|队|所|站|处|室|部|厅|署|中心|组)$/;

/**
 * True when the line that opens at `at` goes on with the cell of the line before: that line is a
 * few Chinese characters with no punctuation and names nothing whole, for the tagger reads a
 * word across the break (人力|资源局) or does not know its last word (规土|监察局). A name read
 * from the start of such a line is the cell's tail, not a body.
 */
export function continuesWrappedCell(text: string, at: number): boolean {
  if (text[at - 1] !== '\n') return false;
  const lineStart = text.lastIndexOf('\n', at - 2) + 1;
  const before = text.slice(lineStart, at - 1);
  if (!/^[\u4e00-\u9fff]+$/.test(before) || before.length > MAX_FRAGMENT || BODY_END.test(before)) return false;
  const next = text.slice(at, text.indexOf('\n', at) < 0 ? undefined : text.indexOf('\n', at));
  let end = 0;
  for (const word of nodejieba.cut(`${before}${next.slice(0, 8)}`)) {
    if (end < before.length && end + word.length > before.length) return true;
    end += word.length;
  }
  return nodejieba.tag(before).at(-1)?.tag === 'x';
}
