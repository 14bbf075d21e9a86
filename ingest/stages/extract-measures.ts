// Finds measures: each sentence that states an action (a verb, by nodejieba's POS tags), with the
// status its section gives it, and the focus area (聚焦X。) whose scope it falls in.

import nodejieba from 'nodejieba';
import type { Status } from '../../graph/types.js';
import { ACTION_VERBS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';

export interface MeasureSpan {
  sentence: Sentence;
  status: Status;
}

const FOCUS_ONLY = /^(?:聚焦|围绕)[^，。；]{2,24}[。；]?$/;
const NOT_ACTION = /^(现报告如下|现将[^。]*报告如下|特此报告|专此报告|各位代表|请予审议)/;

/** Verbs common enough in reports to decide without tagging. */
const COMMON_VERB = new RegExp(ACTION_VERBS.source.replace(/\)\$$/, ')'));

/** True when the sentence holds a verb: a common action verb, else one nodejieba tags. */
export function hasVerb(text: string): boolean {
  if (COMMON_VERB.test(text)) return true;
  return nodejieba.tag(text).some(({ tag }) => tag === 'v' || tag === 'vn' || tag === 'vd');
}

export function extractMeasures(sentences: Sentence[]): MeasureSpan[] {
  const measures: MeasureSpan[] = [];
  for (const sentence of sentences) {
    if (sentence.heading || !sentence.section) continue;
    const text = sentence.text.replace(/^[一二三四五六七八九十]+是/, '');
    if ((text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6) continue;
    if (FOCUS_ONLY.test(text) || NOT_ACTION.test(text)) continue;
    if (!hasVerb(text)) continue;
    const role = sentence.section.role;
    measures.push({ sentence, status: role === 'other' ? 'done' : role });
  }
  return measures;
}
