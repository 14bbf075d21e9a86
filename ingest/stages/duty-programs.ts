// Duties a report says its leaders carry out as a programme of work: (推进)法治建设第一责任人职责,
// 安全生产第一责任人责任. Reads the field the post answers for; no other kind of name.

import { type ProgramMention, programMention } from './program-mention.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordEndingAt } from './tokens.js';

const DUTY = '第一责任人';
/** What a field the post answers for is made of: nouns and the 建设 of a field. */
const FIELD = /^(n|vn|nz|j|l|an)$/;
/** People are who carry the duty, not the field it is over (党政主要负责人|履行…). */
const PERSON = /(负责人|负责同志|书记|领导|干部|同志|人员|主任|[省市区县镇乡]长|个人)$/;
/** Verbs that carry out a duty: with no field before it, the duty is named by them alone. */
const CARRY_OUT = /(履行|落实|压实|强化|扛起|担负|担起|夯实)$/;
/** The longest field read before the post. */
const MAX_FIELD = 10;

/**
 * The duties of the post of first responsible person in a sentence: 履行推进法治建设第一责任人职责
 * → 推进法治建设第一责任人职责, 落实第一责任人责任 → 第一责任人责任; a system of a duty
 * (…职责清单制度) is the duty, the system's name an alias. A rule on a duty (…职责规定) or one
 * inside a document's title is the document's.
 */
export function dutyPrograms(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  for (let at = text.indexOf(DUTY); at >= 0; at = text.indexOf(DUTY, at + DUTY.length)) {
    // 第一责任人制度: the duty said as the system that sets it.
    const duty = /^(职责|责任|制度)/.exec(text.slice(at + DUTY.length, at + DUTY.length + 2))?.[0];
    if (!duty) continue;
    const after = at + DUTY.length + duty.length;
    if (/^(规定|办法)/.test(text.slice(after)) || text.lastIndexOf('《', at) > text.lastIndexOf('》', at)) continue;
    const end = after + (duty === '制度' ? 0 : (/^(清单)?(制度|机制)/.exec(text.slice(after))?.[0].length ?? 0));
    const start = fieldStart(sentence, at);
    if (start < 0) continue;
    const name = text.slice(start, after);
    const surface = text.slice(start, end);
    found.push(programMention(name, surface, sentence.start + start, sentence, surface === name ? [] : [surface]));
  }
  return found;
}

/** Start of the field before the post at `at`, over a 推进 that runs it; -1 when none is named. */
function fieldStart(sentence: Sentence, at: number): number {
  let start = at;
  for (let word = taggedWordEndingAt(sentence, start); word; word = taggedWordEndingAt(sentence, start)) {
    // 压实 (tagged as a noun) carries the duty out; it is no word of the field.
    if (!FIELD.test(word.tag) || PERSON.test(word.word) || CARRY_OUT.test(word.word)) break;
    if (at - start + word.word.length > MAX_FIELD) break;
    start -= word.word.length;
  }
  if (start === at) return CARRY_OUT.test(sentence.text.slice(Math.max(0, at - 2), at)) ? at : -1;
  return taggedWordEndingAt(sentence, start)?.word === '推进' ? start - 2 : start;
}
