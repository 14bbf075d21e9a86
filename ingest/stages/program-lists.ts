// Names read over a list joined by 、 before one head. A list of levels of government (国家、省、
// 市改革试点) names a class of works unless it counts the levels (区、街道、社区四级…机制); a
// list of places or projects before the head of an undertaking (A河、B河流域综合整治工程) names
// as many undertakings as items, of which the last is named in full; a list of kinds of things
// (图书馆、美术馆法人治理结构改革) is the object of one. A list whose items share
// the words after the last (养老、医疗保险…, 投资、运营公司…), qualify one undertaking
// (市场化、多元化改革) or act jointly (医疗、医保、医药联动改革) is one name, as are the phases
// of one project (三期、四期工程).

import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordAt, taggedWordEndingAt } from './tokens.js';

const LEVEL_WORDS = '国家|中央|省|市|区|县|镇|乡|街道|社区|村|企业|单位';
/** Levels of government and of the bodies under them, as items of a list. */
const LEVEL = new RegExp(`^(${LEVEL_WORDS})$`);
const LEVEL_END = new RegExp(`(${LEVEL_WORDS})$`);
/** Heads of an undertaking that each item of a list has of its own. */
const SEPARABLE = /^(工程|行动|专项行动|试点|改革|活动|攻坚战|保卫战|阻击战|歼灭战)$/;
/** Levels counted: 四级, 三级联动. */
const COUNTED_LEVELS = /^[\u4e00-\u9fff]{0,2}[二三四五六七两多]级/;
const PHASE = /^[一二三四五六七八九十\d]+期/;
/** Words of an undertaking the listed items carry out together. */
const JOINT = /(联动|分置|划分|衔接|分离|一体化|交易|合作|协同|融合|互认|互通|统筹|共建|共享)/;

const VERBAL = /^(v|vn)$/;

/** True when the items of a list share the words after the last one, or are one name's parts. */
function oneName(sentence: Sentence, from: number, items: string[]): boolean {
  const last = items.at(-1) ?? '';
  if (PHASE.test(last) || JOINT.test(last)) return true;
  const lastOpens = taggedWordAt(sentence, from + items.join('、').length - last.length)?.tag ?? '';
  let at = from;
  for (const item of items.slice(0, -1)) {
    at += item.length;
    const tag = taggedWordEndingAt(sentence, at)?.tag ?? '';
    // 养老、|医疗保险; 市场化、|多元化; 投资、|运营公司: a part of a name, not a name.
    if (item.length <= 2 || /[化性]$/.test(item) || (VERBAL.test(tag) && VERBAL.test(lastOpens))) return true;
    at += 1;
  }
  return false;
}

/**
 * Start of a name whose words from `start` to its head at `at` may hold a list joined by 、,
 * or -1 when the list names a class of undertakings rather than one.
 */
export function startOfListedName(sentence: Sentence, start: number, at: number, head: string): number {
  const { text } = sentence;
  let from = start;
  // Levels listed before the name's start: 国家、省、|市改革试点.
  while (text[from - 1] === '、') {
    const item = /[\u4e00-\u9fff]{1,2}$/.exec(text.slice(Math.max(0, from - 3), from - 1))?.[0] ?? '';
    const level = LEVEL_END.exec(item)?.[0];
    // 深圳市、: a place that ends in 市 is no level.
    if (!level || (level.length < item.length && !isWordBoundary(sentence, from - 1 - level.length))) break;
    from -= level.length + 1;
  }
  const items = text.slice(from, at).split('、');
  if (items.length < 2) return start;
  const last = items.at(-1) ?? '';
  if (items.slice(0, -1).every((item) => LEVEL.test(item))) return COUNTED_LEVELS.test(last) ? from : -1;
  // 基础性、关键性改革: qualities alone name a class of works.
  if (items.every((item) => /^[\u4e00-\u9fff]{2,3}性/.test(item))) return -1;
  if (from < start || !SEPARABLE.test(head) || oneName(sentence, from, items)) return start;
  // 危房、边坡治理行动, 堤防加固、水闸除险三年攻坚行动: a field and a task, or two tasks of a
  // campaign of set length, are one campaign (数字乡村建设、种业振兴行动 are two).
  if (items.length === 2 && /^(行动|专项行动|攻坚战|保卫战)$/.test(head)) {
    const field = /^n/.test(taggedWordEndingAt(sentence, from + (items[0]?.length ?? 0))?.tag ?? '');
    if ((field && !/[首最]/.test(items[0] ?? '')) || /[一二三四五六七八九十百]+[年日天]/.test(last)) return start;
  }
  // 建筑施工、交通运输、小散|工程: a list of short fields names kinds of works.
  if (last.length < 4) return -1;
  // 图书馆、美术馆法人治理结构改革, 住宅区、城中村…整治工程: kinds of things (a common noun each),
  // not named places, are the objects of one undertaking.
  return kindsOfThings(sentence, from, items) ? from : at - last.length;
}

/** True when each item before the last is one common noun of two or three characters (图书馆, 学校). */
function kindsOfThings(sentence: Sentence, from: number, items: string[]): boolean {
  let at = from;
  for (const item of items.slice(0, -1)) {
    const word = taggedWordAt(sentence, at);
    if (word?.word !== item || word.tag !== 'n' || item.length > 3) return false;
    at += item.length + 1;
  }
  return true;
}
