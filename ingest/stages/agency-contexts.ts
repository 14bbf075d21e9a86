// Names that end like a body's name and, where the sentence has them, name no body: a level
// before a kind of group (市领导小组), a body's building (大鹏派出所项目, 加快推进…派出所建设), the
// subject of a party rule, the head of a company's name (招商局集团).

import { BARE_DEPARTMENT, NOT_BARE_DEPARTMENT } from '../agency-vocabulary.js';
import { AGENCY_SUFFIXES, LEVELS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordAt } from './tokens.js';

/** A level before a kind of group. */
export const LEVEL_GROUP = new RegExp(`^[${LEVELS}]级?(领导小组|工作小组|工作专班|指挥部|办公室|委员会)$`);
export const BUILDING_AFTER = /^(项目|大楼|大厦|营房|新址|迁建|[（(]?[一二三四五]期)/;
/** 改造基层公安派出所: what is renovated or rebuilt is a building. */
export const RENOVATED = /(改造|改扩建|扩建|迁建|翻新|装修|修缮)$/;

/** Bodies that have premises of their own, built as projects (派出所, 党校, 法院). */
const WITH_PREMISES = /(派出所|党校|法院|检察院|看守所|拘留所|司法所|法庭|消防站)$/;
const PREMISES_AFTER = /大楼|营房|大厦|工程|项目|建设|开工|竣工|迁址|重建|选址|投入使用|投用|建成/;
const PREMISES_BEFORE = /建设|新建|扩建|改造|推进|开工|选址|迁建|加快/;

/**
 * 加快推进油松、民治派出所和看守所…建设, 区委党校、龙岗中专迁址重建项目: a body with premises
 * named in a clause about building is the building.
 */
export function premisesBuilt(text: string, start: number, end: number): boolean {
  if (!WITH_PREMISES.test(text.slice(start, end))) return false;
  const after = text.slice(end).split(/[，。；]/)[0] ?? '';
  const before =
    text
      .slice(0, start)
      .split(/[，。；：]/)
      .at(-1) ?? '';
  return PREMISES_AFTER.test(after) || PREMISES_BEFORE.test(before);
}

/** The party's kind of body a rule of the party is about (《中国共产党党组工作条例》). */
export function ruleSubject(text: string, start: number, end: number): boolean {
  const opened = text.lastIndexOf('《', start);
  if (opened < 0 || text.lastIndexOf('》', start) > opened) return false;
  return /^中国共产党/.test(text.slice(start, end)) && /^(工作)?(条例|规则|规定)》/.test(text.slice(end));
}

/** Parts of speech of a proper noun's next word: 招商局|光明科技园, 招商局|金融科技公司. */
const NAME_PART_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'j']);

/**
 * A bureau named without its level and read straight into another name (招商局集团, 招商局金融科技
 * 公司) heads the name of a company or a park, not a body of government.
 */
export function namesCompany(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  const name = text.slice(start, end);
  if (!name.endsWith('局') || LEVELS.includes(name[0] ?? '')) return false;
  if (!BARE_DEPARTMENT.test(name) || NOT_BARE_DEPARTMENT.test(name)) return false;
  const next = taggedWordAt(sentence, end);
  return (
    !!next &&
    next.word.length >= 2 &&
    NAME_PART_TAGS.has(next.tag) &&
    !AGENCY_SUFFIXES.some((suffix) => text.startsWith(suffix, end))
  );
}
