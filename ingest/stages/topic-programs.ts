// The topic a work report's sentence opens with: 扎实推进X，… / 深化X，… where X is a short noun
// phrase the rest of the sentence elaborates (results, figures, actions). It must not take aims,
// qualities, sectors, generic objects, places, nor names another rule reads (…改革, …建设).

import { groupBy } from '../../graph/group-by.js';
import { type ProgramMention, programMention } from './program-mention.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordAt } from './tokens.js';

/** A running verb that opens a sentence and the topic after it, up to the first comma. */
const TOPIC_OPENING =
  /^((?:扎实|深入|持续|全面|大力|稳步|全力|纵深|有序)推进|(?:持续|全面|不断|继续|纵深)?深化)([\u4e00-\u9fff]{2,8})，/;

/**
 * Endings of an X that is no initiative or is another rule's: aims and qualities (…水平, …发展,
 * …升级, …现代化), sectors (…业), generic objects (…工作, …项目), cooperation with others, and
 * the heads the named-program rules read (…改革, …建设, …行动).
 */
const NOT_TOPIC_END =
  /(水平|能力|环境|质量|效率|效益|效能|品质|优势|活力|实力|动能|发展|升级|增效|提质|转型|提升|化|业|工作|项目|任务|实事|事项|开放|合作|交流|创新|改革|建设|创建|机制|制度|体系|体制|工程|行动|活动|试点|规划|计划|战略|专项整治|专项斗争|攻坚战|战|政策|格局|中心|城市|区域|应用|策略|覆盖)$/;

/** What no name opens with or holds: a running adverb (全面对口帮扶), exchange and cooperation with others. */
const NOT_TOPIC_PART = /^(扎实|深入|持续|全面|大力|加快|稳步|全力|积极|着力|纵深|有序|不断|继续)|交流|合作|的/;

/** Parts of speech of a first word that opens no name: a preposition, conjunction, pronoun, number. */
const NOT_FIRST_TAG = /^(p|c|r|m|q|u|d|f)$/;

export interface TopicSpan {
  /** Offsets of X in the sentence. */
  start: number;
  end: number;
}

/**
 * Where the sentence's opening topic stands (扎实推进|脱贫攻坚|，), or null when the sentence opens
 * otherwise or nothing follows the comma.
 */
export function topicSpan(sentence: Sentence): TopicSpan | null {
  const match = TOPIC_OPENING.exec(sentence.text);
  if (!match) return null;
  const start = (match[1] ?? '').length;
  const end = start + (match[2] ?? '').length;
  return end + 1 < sentence.text.length ? { start, end } : null;
}

/**
 * True when the words of the span are a name's: it starts on a word, no word is a place, and no
 * verb takes an object inside it (在建项目|形成产能, 建设|新型智慧城区): that is an action, not a name.
 */
function nameWords(sentence: Sentence, start: number, end: number): boolean {
  let previous = '';
  for (let at = start; at < end; ) {
    const word = taggedWordAt(sentence, at);
    if (!word) return false;
    if (at === start && NOT_FIRST_TAG.test(word.tag)) return false;
    if (word.tag === 'ns') return false;
    if ((previous === 'v' && /^(n|nr|nz|b|a)$/.test(word.tag)) || (previous === 'vn' && /^(b|a)$/.test(word.tag))) {
      return false;
    }
    previous = word.tag;
    at += word.word.length;
  }
  return true;
}

/**
 * True when what follows the topic elaborates it: two more clauses, or a figure (深入推进城市更新，
 * 老旧小区改造完工1225个，…).
 */
function elaborated(sentence: Sentence, end: number): boolean {
  const rest = sentence.text.slice(end + 1);
  return /\d/.test(rest) || (rest.match(/，/g)?.length ?? 0) >= 1;
}

/**
 * Programs named by the topic a sentence opens with, when no program already found stands in it.
 * @param found programs of the other rules, whose spans the topic must not overlap
 */
export function topicPrograms(sentences: Sentence[], found: ProgramMention[]): ProgramMention[] {
  const inSentence = groupBy(found, (p) => p.sentence);
  const out: ProgramMention[] = [];
  for (const sentence of sentences) {
    if (sentence.heading) continue;
    const span = topicSpan(sentence);
    if (!span) continue;
    const name = sentence.text.slice(span.start, span.end);
    if (NOT_TOPIC_END.test(name) || NOT_TOPIC_PART.test(name)) continue;
    const from = sentence.start + span.start;
    const to = sentence.start + span.end;
    if ((inSentence.get(sentence.index) ?? []).some((p) => p.start < to && from < p.end)) continue;
    if (!elaborated(sentence, span.end) || !nameWords(sentence, span.start, span.end)) continue;
    out.push(programMention(name, name, from, sentence, []));
  }
  return out;
}
