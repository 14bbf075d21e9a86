// What a program mention is and how its key is made: one key for a name with or without the word
// that says it is an undertaking (春雨育才计划 = “春雨育才”计划), for the 制度/机制 variants of a name
// and for a reform named with or without its classifier (…体制改革 = …改革).

import { normalizeName } from '../text-utils.js';
import type { Mention } from './extract-agencies.js';
import { withoutNotes } from './program-names.js';
import type { Sentence } from './split-sentences.js';

export interface ProgramMention extends Mention {
  kind: 'Program';
  aliases: string[];
  /** Quoted inside a document title: kept only when the name recurs outside titles. */
  inTitle?: boolean;
}

/**
 * Words that say a name is an undertaking without saying which kind (计划, 行动, 工程, 建设): 春雨育才
 * 计划 and “春雨育才”计划, 绿色港湾建设 and “绿色港湾”建设, 清风护苗专项行动 and “清风护苗”行动 are one
 * programme. A kind (改革, 试点, 机制, 战略, 模式) names another programme and stays in the key.
 */
const CLASSIFIER = /(专项行动|行动计划|行动|工程|计划|建设|活动)$/;

/** The name without the classifiers that end it, where four characters of a name are left. */
function withoutClassifier(name: string): string {
  let rest = name;
  for (let head = CLASSIFIER.exec(rest); head; head = CLASSIFIER.exec(rest)) {
    const shorter = rest.slice(0, -head[0].length);
    // “1+6”工程, 人才工程: a code or a field of two words says which programme only with its head.
    if (shorter.length < 4 || (shorter.match(/[\u4e00-\u9fff]/g) ?? []).length < 2) break;
    rest = shorter;
  }
  return rest;
}

export function programKey(name: string): string {
  const normalized = withoutClassifier(normalizeName(name));
  const reform = /^(.+?)(体制机制|体制|制度|机制)改革$/.exec(normalized);
  const subject = reform?.[1] ?? '';
  if (subject.length >= 2 && !/^(体制|制度|机制)$/.test(subject)) return `Program:${subject}改革`;
  return `Program:${normalized.replace(/(制度|机制)$/, '机制')}`;
}

/** A mention named `name` at `start` of the text; `key` when it is another name's (a code's). */
export function programMention(
  name: string,
  surface: string,
  start: number,
  sentence: Sentence,
  aliases: string[],
  key = programKey(withoutNotes(name)),
): ProgramMention {
  const named = withoutNotes(name);
  const also = aliases.map(withoutNotes);
  return {
    kind: 'Program',
    key,
    name: named,
    surface,
    start,
    end: start + surface.length,
    sentence: sentence.index,
    aliases: also,
  };
}
