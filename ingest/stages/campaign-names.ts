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
  /(^|[，。；：、（）“”\s和及与期]|新一轮|推出|打造|支持|实施|开展|推进|推动|落实|出台|制定|启动|编制|完成|深化|执行|印发|部署|加强|强化|抓好|做好|打好|打赢|贯彻|坚持|启动实施|制定实施|深入实施)$/;

/** Strategies every report serves, named by rank or scope alone (国家重大战略, 两大国家战略). */
const GENERIC_STRATEGY =
  /^([省市区县]|国家|区域|重大|发展|总体|新)+$|[一二两三四五六七八九十]+大(国家)?$|新理念新思想新$/;
/** Campaigns named by a manner or a scope alone (全链条专项整治, 集中专项整治). */
const GENERIC_CAMPAIGN = /^(全链条|集中|综合|重点|联合|系列|全面|常态化|各类)$/;
/** Verbs of a clause that take a strategy or a campaign as object (融入…国家战略, 参与专项斗争). */
const OBJECT_OF = /(融入|对接|参与|调动|服务于|抢抓|抓住|服务|助力)/;

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

/**
 * True when `core` before a strategy's or a campaign's head (`head`) names one of its own: not a
 * rank or scope every report has (国家重大战略, 全链条专项整治), not several or a count of them, not a clause that takes the head as
 * its object (深度融入…国家战略, 充分调动人民群众参与专项斗争), not a kind of body listed after 等
 * (…技术创新战略等产业联盟).
 */
export function namesCampaignOf(core: string, head: string, after: string): boolean {
  if ((head === '战略' ? GENERIC_STRATEGY : GENERIC_CAMPAIGN).test(core) || OBJECT_OF.test(core)) return false;
  // 建筑施工、交通运输、小散工程专项整治: campaigns of several fields, none named.
  if (head !== '战略' && core.includes('、')) return false;
  // …百日攻坚和|…专项整治: two campaigns under one head; 二十项专项整治: a count of them.
  if (/(整治|攻坚|行动|战略)[和及与、]/.test(core) || /[一二三四五六七八九十百\d]+项$/.test(core)) return false;
  return !(head === '战略' && after.startsWith('等'));
}
