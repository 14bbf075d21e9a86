// Focus areas a report introduces with 聚焦X。 (a heading that names an area) or 围绕X、Y等重点领域:
// each part that names a work of government (…治理, …改革, …防控) is a program.

import { matchesOf } from '../text-utils.js';
import { type ProgramMention, programMention } from './program-mention.js';
import { clauseIn, NOT_FIRST } from './program-names.js';
import { isBuiltThing } from './quoted-programs.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordAt } from './tokens.js';

const FOCUS = /(?:聚焦|围绕)([\u4e00-\u9fff、]{2,24}?)(?=[。，]|等(?:重点领域|领域|重点|方面|关键))/g;
const FOCUS_END = /(建设|治理|优化|改革|攻坚|防控|保护|整治|振兴|创建)$/;

/**
 * True when a word the tagger reads as a verb has an object after it in the `length` characters
 * from `from` (短板|改善|医疗服务); a verb that ends them names the work (冬奥会|筹办).
 */
function verbWithObject(sentence: Sentence, from: number, length: number): boolean {
  for (let at = from; at < from + length; ) {
    const word = taggedWordAt(sentence, at);
    if (!word) return false;
    at += word.word.length;
    if (/^(v|vd)$/.test(word.tag) && at < from + length) return true;
  }
  return false;
}

export function focusPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  for (const match of matchesOf(FOCUS, sentence.text)) {
    const whole = match[1] ?? '';
    // 聚焦X。 standing as a sentence of its own is a heading that names an area.
    const opening = /^([（(]?[一二三四五六七八九十\d]+[)）、.．]?|[一二三四五六七八九十]是)?$/.test(
      sentence.text.slice(0, match.index ?? 0),
    );
    const terminal = opening && sentence.text[(match.index ?? 0) + match[0].length] === '。';
    let offset = (match.index ?? 0) + 2;
    for (const part of whole.split('、')) {
      const start = sentence.start + offset;
      offset += part.length + 1;
      // 战略性新兴产业: an industry is a sector, not a work of government.
      if (part.length < 2 || /问题|环节|领域|工作$|重点$|目标$|中心$|大局$|任务$|产业$|行业$/.test(part)) continue;
      // Sectors and aims listed after 聚焦/围绕 (产业链, 项目实施) are no programs: a focus area
      // names a work of government (…治理, …改革, …防控), or stands alone as a heading.
      if (!FOCUS_END.test(part) && !(terminal && !whole.includes('、'))) continue;
      // 围绕科技创新深化改革: a clause after 围绕 is a task, not an area.
      if (clauseIn(part)) continue;
      // 围绕…大学园建设, 围绕…创新中心建设: the building of a place is a project's aim, not an area of work.
      if (part.endsWith('建设') && isBuiltThing(part.slice(0, -2))) continue;
      // 聚焦短板改善医疗服务。, 围绕…项目探索制度经验。: a heading with a verb of its own is a task.
      if (!FOCUS_END.test(part) && verbWithObject(sentence, start - sentence.start, part.length)) continue;
      const first = taggedWordAt(sentence, start - sentence.start);
      if (first && NOT_FIRST.has(first.tag)) continue;
      found.push(programMention(part, part, start, sentence, []));
    }
  }
  return found;
}
