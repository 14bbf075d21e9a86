// Five-year plans named by their period (2025年是“十四五”规划收官之年, 纳入延庆区“十四五”规划,
// 全面建成小康社会和“十三五”规划收官重任): the plan of the government that reports, a document
// wherever it is cited. A field's plan of the period (人才发展“十三五”规划, “七五”普法规划) is named
// by its field first and is read elsewhere.

import { matchesOf } from '../text-utils.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordEndingAt } from './tokens.js';

export interface PeriodPlan {
  start: number;
  end: number;
  name: string;
  surface: string;
}

const PERIOD_PLAN = /[“"]?(十[一二三四五六七八九]五)[”"]?规划(?:纲要)?/g;
/** Words before the period that make the plan theirs: a place or a level (延庆区, 全市), not a field. */
const OWNER = /(区|市|省|县|州|国家|全国)$/;
/** Parts of speech before the period that leave the plan unowned: a verb, a preposition, a conjunction. */
const NO_FIELD = /^(v|vd|l|i|p|c|u[a-z]*|d|ad|r|m|x|f)$/;

/** The five-year plans a sentence names by their period, each named 十N五规划. */
export function periodPlans(sentence: Sentence): PeriodPlan[] {
  const { text } = sentence;
  if (!text.includes('五')) return [];
  const found: PeriodPlan[] = [];
  for (const match of matchesOf(PERIOD_PLAN, text)) {
    const start = match.index ?? 0;
    if (text.lastIndexOf('《', start) > text.lastIndexOf('》', start)) continue;
    if (/[\u4e00-\u9fff]/.test(text[start - 1] ?? '')) {
      const before = taggedWordEndingAt(sentence, start);
      // 人才发展“十三五”规划, 教育事业“十四五”规划: a field's plan.
      if (!before || !(NO_FIELD.test(before.tag) || OWNER.test(before.word))) continue;
    }
    found.push({ start, end: start + match[0].length, name: `${match[1]}规划`, surface: match[0] });
  }
  return found;
}
