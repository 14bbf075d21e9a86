// Laws named by one word, without 《》 (学习宣传宪法、党章, 贯彻实施民法典, 将宪法、法律、法规和党章、
// 党规列入学习计划): a word of the segmenter's dictionary ending in 法, 法典 or 章程 (and, beside
// one, a charter named …章) is a law when it stands in a list of such words that a verb of study,
// publicity or enforcement takes as its object, or that lists the classes of law (法律, 法规, 党规).
// The list must end there: 宪法宣传周, 维护宪法尊严 and 宪法法律 name no law by the word.

import { matchesOf } from '../text-utils.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordAt, taggedWordEndingAt } from './tokens.js';

export interface BareLaw {
  start: number;
  end: number;
  name: string;
}

/** Verbs a law is studied, made known, applied or kept by (学习宣传, 贯彻实施, 严格遵守, 依照). */
const LAW_VERB =
  /(学习|宣传|宣讲|宣贯|贯彻|实施|施行|修订|普及|遵守|维护|尊崇|依照|按照|依据|执行|解读|学习贯彻|宣传贯彻|贯彻实施|学习宣传)$/;
/** Classes of law, not one law. */
const LAW_CLASS = /^(法律|法规|党规|党内法规|规章|行政法规|地方性法规|法律法规|党纪)$/;
/** Words ending in 法 that name a way of doing, or an act of law, not a law (方法, 执法, 依法, 普法). */
const NOT_A_LAW =
  /^(方法|办法|做法|说法|想法|看法|手法|用法|写法|技法|书法|疗法|算法|语法|章法|立法|执法|司法|普法|违法|合法|非法|守法|依法|不法|无法|设法|犯法|护法|兵法|佛法|魔法|国法|家法|新法|良法|此法|该法|本法|大法|王法|效法|取法|变法|枉法|知法|懂法|学法|用法|文章|印章|篇章|勋章|徽章|奖章|规章)$/;
/** A law's word (宪法, 民法典, 基本法, 土地管理法) or a charter's (章程, 党章). */
const LAW_WORD = /..*(法|法典|章程)$/;
const CHARTER_WORD = /^[\u4e00-\u9fff]章$/;
/** Words that join the items of a list. */
const JOINER = /^(、|和|及|与|以及)$/;
const NOUN = /^(n|nz|j)$/;

interface Item {
  start: number;
  end: number;
  word: string;
}

function isNoun(word: { word: string; tag: string } | undefined): word is { word: string; tag: string } {
  return word !== undefined && NOUN.test(word.tag) && /^[\u4e00-\u9fff]+$/.test(word.word);
}

/**
 * The item ending at `end`, if there is one: one noun, or a noun of two characters or more and
 * the 法 the segmenter cut from it (城乡规划|法).
 */
function itemEndingAt(sentence: Sentence, end: number): Item | undefined {
  const word = taggedWordEndingAt(sentence, end);
  if (!isNoun(word)) return undefined;
  const start = end - word.word.length;
  const stem = word.word === '法' ? taggedWordEndingAt(sentence, start) : undefined;
  if (isNoun(stem) && stem.word.length >= 2) return { start: start - stem.word.length, end, word: `${stem.word}法` };
  // 安全|生产|法: a law whose name the segmenter cut in more words is not read whole.
  return word.word.length > 1 ? { start, end, word: word.word } : undefined;
}

/** The item starting at `start`, if there is one (one noun, or a noun and the 法 cut from it). */
function itemAt(sentence: Sentence, start: number): Item | undefined {
  const word = taggedWordAt(sentence, start);
  if (!isNoun(word)) return undefined;
  const end = start + word.word.length;
  const law = word.word.length >= 2 ? taggedWordAt(sentence, end) : undefined;
  if (law?.word === '法' && NOUN.test(law.tag)) return { start, end: end + 1, word: `${word.word}法` };
  return { start, end, word: word.word };
}

/** The list of one-word nouns around the item: back and forth over 、, 和, 及, 与. */
function listAround(sentence: Sentence, item: Item): Item[] {
  const items = [item];
  for (let at = item.start; ; ) {
    const joiner = taggedWordEndingAt(sentence, at);
    if (!joiner || !JOINER.test(joiner.word)) break;
    const before = itemEndingAt(sentence, at - joiner.word.length);
    if (!before) break;
    items.unshift(before);
    at = before.start;
  }
  for (let at = item.end; ; ) {
    const joiner = taggedWordAt(sentence, at);
    if (!joiner || !JOINER.test(joiner.word)) break;
    const next = itemAt(sentence, at + joiner.word.length);
    if (!next) break;
    items.push(next);
    at = next.end;
  }
  return items;
}

/** True when the word after the list is no noun its last item would qualify (宪法|尊严, 宪法|宣传周). */
function listEnds(sentence: Sentence, end: number): boolean {
  const next = taggedWordAt(sentence, end);
  return !next || !/^[\u4e00-\u9fff]/.test(next.word) || !/^(n|nz|nr|ns|nt|vn|j|an|ng)$/.test(next.tag);
}

function isLaw(word: string): boolean {
  return LAW_WORD.test(word) && !NOT_A_LAW.test(word) && !LAW_CLASS.test(word);
}

/** Laws named by one word in a list of laws the sentence studies, applies or classes with the law. */
export function bareLaws(sentence: Sentence): BareLaw[] {
  const { text } = sentence;
  if (!/法|章/.test(text)) return [];
  const found: BareLaw[] = [];
  const seen = new Set<number>();
  for (const match of matchesOf(/(?:法|法典|章程)(?=[、，。；：”和及与等]|$)/g, text)) {
    const item = itemEndingAt(sentence, (match.index ?? 0) + match[0].length);
    if (!item || !isLaw(item.word) || seen.has(item.start)) continue;
    const list = listAround(sentence, item);
    const first = list[0] as Item;
    const last = list.at(-1) as Item;
    for (const i of list) seen.add(i.start);
    if (text.lastIndexOf('《', first.start) > text.lastIndexOf('》', first.start)) continue;
    const cited = LAW_VERB.test(text.slice(Math.max(0, first.start - 4), first.start));
    const classed = list.some((i) => LAW_CLASS.test(i.word));
    if (!(cited || classed) || !listEnds(sentence, last.end)) continue;
    for (const i of list) {
      if (isLaw(i.word) || (CHARTER_WORD.test(i.word) && !NOT_A_LAW.test(i.word)))
        found.push({ start: i.start, end: i.end, name: i.word });
    }
  }
  return found;
}
