// Finds measures: one action each, a clause group of a sentence (split-clauses) that holds a
// verb, with the status its section gives it unless its own words say it is a plan (将/要/力争…),
// and its place in its sentence (the first action of a sentence leads the ones after it).
// Headings, titles, signatures and closing formulas are structure, not measures.

import type { Status } from '../../graph/types.js';
import { hasHanCount } from '../text-utils.js';
import { ACTION_VERBS, WORK_VERBS } from '../vocabulary.js';
import { groupClauses, opensWithVerb, splitClauses } from './split-clauses.js';
import type { Sentence } from './split-sentences.js';
import { tagPiece, tagText } from './tokens.js';

export interface MeasureSpan {
  sentence: Sentence;
  start: number;
  end: number;
  /** The action's own words, its clauses joined as written. */
  text: string;
  status: Status;
  /** Position among the measures of its sentence (0 for the first). */
  order: number;
}

const FOCUS_ONLY = /^(?:聚焦|围绕)[^，。；]{2,24}[。；]?$/;
const NOT_ACTION = /^(现报告如下|现将[^。]*报告如下|特此报告|专此报告|各位代表|请予审议|以上报告)/;
/** A line with no clause punctuation is a title, a date or a signature, not an action. */
const LABEL_LINE = /^[^，。；：！？,;:!?]{0,50}$/;

/** Verbs common enough in reports to decide without tagging. */
const COMMON_VERB = new RegExp(`${ACTION_VERBS.source.slice(0, -2)}|${WORK_VERBS.source.slice(1, -2)})`);

/**
 * True when the text holds a verb: a common action verb, else one nodejieba tags. The text may
 * be given as the piece of a sentence starting at `from`, whose words may be known already.
 */
export function hasVerb(text: string, sentence?: Sentence, from = 0): boolean {
  if (COMMON_VERB.test(text)) return true;
  const words = sentence ? tagPiece(sentence, from, from + text.length) : tagText(text);
  return words.some(({ tag }) => tag === 'v' || tag === 'vn' || tag === 'vd');
}

/** A paragraph that opens looking back (这五年，过去五年，“十四五”时期是极不平凡的五年) reports results. */
const LOOK_BACK =
  /^(?:(?:这|过去|近)[一二三四五两几]年|[一二三四五两]年来|[“"]?十[一二三四五六七八九]五[”"]?时期是极不平凡|回顾)/;

/** 将/要/力争/计划/明年 near the start of an action make it a plan, whatever its section says. */
const PLAN_CUE = /^[^，；]{0,12}?(?<![重主需只必])(?:将|要|力争|拟|争取|预计|明年|下一步)(?![求点近来是])/;

export function measureStatus(text: string, role: Status | 'other'): Status {
  const status: Status = role === 'other' ? 'done' : role;
  const cue = PLAN_CUE.exec(text);
  if (status !== 'done' || !cue) return status;
  // 将X列入…: 将 before a noun is the object marker, not the future.
  if (cue[0].endsWith('将') && !opensWithVerb(text.slice(cue[0].length))) return status;
  return 'planned';
}

/**
 * The measures of a document. `subjectAt(offset)` is true where a named body starts, so that a
 * clause opening with its doer starts a new action.
 */
export function extractMeasures(
  sentences: Sentence[],
  subjectAt: (offset: number) => boolean = () => false,
  text = '',
) {
  const measures: MeasureSpan[] = [];
  let lookingBack = false;
  for (const sentence of sentences) {
    if (sentence.start === 0 || text[sentence.start - 1] === '\n') lookingBack = LOOK_BACK.test(sentence.text);
    if (sentence.heading || !sentence.section) continue;
    const item = /^[一二三四五六七八九十]+是/.exec(sentence.text)?.[0] ?? '';
    if (LABEL_LINE.test(sentence.text)) continue;
    const body = { ...sentence, start: sentence.start + item.length, text: sentence.text.slice(item.length) };
    let order = 0;
    for (const group of groupClauses(splitClauses(body), subjectAt)) {
      const text = body.text.slice(group.start - body.start, group.end - body.start);
      if (!hasHanCount(text, 6)) continue;
      if (FOCUS_ONLY.test(text) || NOT_ACTION.test(text)) continue;
      // A problem is stated, not done: 基础薄弱，人员力量不足 needs no verb.
      if (sentence.section.role !== 'problem' && !hasVerb(text, sentence, group.start - sentence.start)) continue;
      measures.push({
        sentence,
        start: group.start,
        end: group.end,
        text,
        status:
          lookingBack && sentence.section.role === 'planned' ? 'done' : measureStatus(text, sentence.section.role),
        order: order++,
      });
    }
  }
  return measures;
}
