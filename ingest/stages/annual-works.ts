// The works a government pledges to the people each year, named by what they serve and 实事 (十件
// …实事, 重点…实事20项): a report names them by their count or by the verb that carries them out.
// Reads no other kind of name, and no works done as a manner of work (为群众办实事).

import { type ProgramMention, programKey, programMention } from './program-mention.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordEndingAt } from './tokens.js';

const HEAD = '实事';
/** Tags of what the works serve: a noun, or one the tagger reads as a name (惠民/nr). */
const SERVED = /^(n|nz|nr|vn)$/;
/** The people served (办好群众实事): works done for them are a manner of work, not a pledge. */
const PEOPLE = /^(群众|人民|百姓|居民|市民)$/;
/** The works counted right before them (十件, 20项, 十大), perhaps of the year (27项年度). */
const COUNTED_BEFORE = /([\d一二三四五六七八九十百]+(件|项|个|大)|一批)(年度)?(重点)?$/;
/** The works counted right after them (…实事20项, 重点…实事66件111项) or said as projects. */
const COUNTED_AFTER = /^([\d一二三四五六七八九十百]+(件|项)|项目)/;
/** Verbs that carry the year's works out, right before them (办好年度…实事, 推进…实事落地). */
const CARRY_OUT = /(办好|办成|办理|完成|实施|推进|落实|抓好|做好|征集|遴选)(年度)?(重点)?$/;

/**
 * The year's works of a sentence, one programme of the report whether 重点 or not: 高质量完成10件
 * 重点民生实事 → 重点民生实事, 扎实办好十件惠民实事 → 惠民实事. Works of one character's qualifier
 * (民生微实事) are another kind; a mention neither counted nor carried out (多做民生实事) names none.
 */
export function annualWorks(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  for (let at = text.indexOf(HEAD); at >= 0; at = text.indexOf(HEAD, at + HEAD.length)) {
    // 办实事, 实事求是: the head is a word of its own.
    if (taggedWordEndingAt(sentence, at + HEAD.length)?.word !== HEAD) continue;
    const served = taggedWordEndingAt(sentence, at);
    if (served?.word.length !== 2 || !SERVED.test(served.tag) || PEOPLE.test(served.word)) continue;
    const from = at - served.word.length;
    const before = text.slice(Math.max(0, from - 8), from);
    const after = text.slice(at + HEAD.length, at + HEAD.length + 6);
    if (!COUNTED_BEFORE.test(before) && !CARRY_OUT.test(before) && !COUNTED_AFTER.test(after)) continue;
    const start = before.endsWith('重点') ? from - 2 : from;
    const name = text.slice(start, at + HEAD.length);
    const key = programKey(served.word + HEAD);
    found.push(programMention(name, name, sentence.start + start, sentence, [], key));
  }
  return found;
}
