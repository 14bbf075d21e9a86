// Agreements between states named without 《》 (用好区域全面经济伙伴关系协定、中欧投资协定, 推动服务
// 贸易协定…谈判): the nouns right before 协定, back to the clause's verb or a stop. A kind of
// agreement alone (自由贸易协定, 投资贸易协定, 合作协定) names none.

import { matchesOf } from '../text-utils.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordEndingAt } from './tokens.js';

export interface Agreement {
  start: number;
  end: number;
  name: string;
}

/** Words of an agreement's name: nouns, places, names of bodies, nominal verbs, abbreviations. */
const NAME_WORD = /^(n|ns|nz|nt|vn|j)$/;
/** What the agreement is of, when it says only its kind (自由贸易, 投资贸易, 双边合作). */
const KIND_ONLY = /^(自由|双边|多边|区域|战略)?(贸易|投资|投资贸易|经贸|自贸|合作)?$/;

/**
 * True when a verb of one character stands right before the nouns (全面与进步跨|太平洋伙伴关系协定):
 * it is of the name, which the nouns alone cut short (用好 is cut 用|好, no verb).
 */
function cutShort(sentence: Sentence, start: number): boolean {
  const before = taggedWordEndingAt(sentence, start);
  return before !== undefined && /^[\u4e00-\u9fff]$/.test(before.word) && before.tag === 'v';
}

/** The agreements a sentence names by the nouns before 协定. */
export function agreements(sentence: Sentence): Agreement[] {
  const { text } = sentence;
  if (!text.includes('协定')) return [];
  const found: Agreement[] = [];
  for (const match of matchesOf(/协定/g, text)) {
    const end = (match.index ?? 0) + 2;
    if (!isWordBoundary(sentence, end) || text.lastIndexOf('《', end - 1) > text.lastIndexOf('》', end - 1)) continue;
    const last = taggedWordEndingAt(sentence, end);
    if (!last) continue;
    let start = end - last.word.length;
    for (let n = 0; n < 6; n++) {
      const word = taggedWordEndingAt(sentence, start);
      if (!word || !NAME_WORD.test(word.tag) || !/^[\u4e00-\u9fff]+$/.test(word.word)) break;
      start -= word.word.length;
    }
    const name = text.slice(start, end);
    if (name.length < 6 || KIND_ONLY.test(name.slice(0, -2)) || cutShort(sentence, start)) continue;
    found.push({ start, end, name });
  }
  return found;
}
