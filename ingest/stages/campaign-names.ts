// Readings of a campaign's or a reform's name in work reports: the time it runs (…三年行动), its
// plan (…行动计划) and the progress said of it as a subject (…改革扎实推进). No rule of its own.

import type { Sentence } from './split-sentences.js';
import { isWordBoundary } from './tokens.js';

/**
 * Words of progress after a programme that is the subject of its clause (国有企业改革扎实推进,
 * …改革全面推开, …行动成效显著), which the tagger reads as adjectives or nouns.
 */
const PROGRESS = /^((扎实|有序|有力|稳妥|平稳)(推进|推动|实施|开展)|全面(推开|推行|铺开)|成效(显著|明显|凸显))/;

/** How long a campaign runs, said right before its 行动 (三年行动, 五年行动, 百日行动). */
const CAMPAIGN_TIME = /([一二三四五六七八九十两]+年|百日)$/;

/** Where a campaign's name may start: the clause's start, or right after the verb that runs it. */
const NAME_OPENS =
  /(^|[，。；：、（）“”\s和及与期]|新一轮|推出|打造|支持|实施|开展|推进|推动|落实|出台|制定|启动|编制|完成|深化|执行|印发|部署|启动实施|制定实施|深入实施)$/;

/** A name with nothing but its time or a word of sequence (三年行动计划, 新三年行动计划). */
const NOTHING_NAMED = /^(新|年度|新一轮|第?[一二三四五六七八九十]期|[一二三四五六七八九十两]+个)?$/;

/** True when words of progress follow a programme's head ending at `at`. */
export function progressFollows(text: string, at: number): boolean {
  return PROGRESS.test(text.slice(at, at + 6));
}

/** Length of the time a campaign runs said before its 行动 at `at` (三年, 百日), or 0. */
export function campaignTime(text: string, at: number): number {
  return CAMPAIGN_TIME.exec(text.slice(Math.max(0, at - 4), at))?.[0].length ?? 0;
}

/** True when 计划 follows a campaign's 行动 at `at` as a word of its own (…行动计划). */
export function planFollows(sentence: Sentence, at: number): boolean {
  return sentence.text.startsWith('计划', at) && isWordBoundary(sentence, at + 2);
}

/**
 * True when the words from `start` to `to` name a campaign whose name is whole: they say what it
 * does (not only its time: 新三年行动计划), they are no list of documents (…方案及三年行动计划),
 * and they open the clause or follow the verb that runs them, so that no qualifier was cut off
 * at a word the tagger reads as a verb (全面提升|空气质量…, 淘汰|落后产能…).
 */
export function namesCampaign(text: string, start: number, to: number): boolean {
  const own = text.slice(start, to);
  if (NOTHING_NAMED.test(own) || /(方案|意见|纲要|决定|规划|协议)(、|和|及其?|与)/.test(own)) return false;
  return NAME_OPENS.test(text.slice(Math.max(0, start - 4), start));
}
