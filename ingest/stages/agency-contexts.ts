// Names that end like a body's name and, where the sentence has them, name no body: a level
// before a kind of group (市领导小组), a body's building (大鹏派出所项目, 加快推进…派出所建设), the
// subject of a party rule, the head of a company's name (招商局集团), a bureau listed with firms.

import { BARE_DEPARTMENT, NOT_BARE_DEPARTMENT } from '../agency-vocabulary.js';
import { AGENCY_SUFFIXES, LEVELS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';
import { type TaggedWord, taggedWordAt, taggedWordEndingAt } from './tokens.js';

/** A level before a kind of group. */
export const LEVEL_GROUP = new RegExp(`^[${LEVELS}]级?(领导小组|工作小组|工作专班|指挥部|办公室|委员会)$`);
export const BUILDING_AFTER = /^(项目|大楼|大厦|营房|新址|旧址|迁建|[（(]?[一二三四五]期)/;
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

/** What only a firm does for a government: builds its works on its behalf or under contract. */
const FIRM_WORK = /^(代建|承建)/;
/** Last characters of a body's or a people's organisation's name (教育局, 妇联, 工会, 法院). */
const BODY_END = /(局|委|办|厅|院|会|联|部|署|所|站|队|处|室|中心|组)$/;
const PROPER_TAGS = new Set(['nt', 'nz', 'nr']);

/**
 * A bureau named without its level among firms or universities (招商局、中国电信、清华大学等, 招商局
 * 代建…，华润代建…): the name of a company that is written as a body's, not a body of government.
 * The items next to it are proper names the tagger knows that end in no body's word, or the name
 * builds works on the government's behalf.
 */
export function listedAsCompany(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  const name = text.slice(start, end);
  if (!name.endsWith('局') || LEVELS.includes(name[0] ?? '')) return false;
  if (!BARE_DEPARTMENT.test(name) || NOT_BARE_DEPARTMENT.test(name)) return false;
  if (FIRM_WORK.test(text.slice(end))) return true;
  // The items right before and after it: each a firm's name when it is one word the tagger
  // reads as a proper name and ends in no body's word.
  const after = /^[、和与及]([^、，。；：和与及等\n]+)/.exec(text.slice(end))?.[1];
  const before = /([^、，。；：和与及\n]+)[、和与及]$/.exec(text.slice(0, start))?.[1];
  const items: [string, TaggedWord | undefined][] = [];
  if (after) items.push([after, taggedWordAt(sentence, end + 1)]);
  if (before) items.push([before, taggedWordEndingAt(sentence, start - 1)]);
  return (
    items.length > 0 &&
    items.every(
      ([item, word]) => word?.word === item && item.length >= 2 && PROPER_TAGS.has(word.tag) && !BODY_END.test(item),
    )
  );
}

/** Words ending in 部 that name a part, a side, people or a company's unit (干部, 总部, 东部, 俱乐部). */
/** Characters before 部 that make a part, a side or people of it (干部, 全部, 东部, 俱乐部). */
export const PART_BEFORE_DEPARTMENT = '干全总内外东西南北中局乐支头底本分大细面顶背基后前上下腹胸腰脑一各学校营连团';
const NOT_DEPARTMENT = new RegExp(
  `(?:[${PART_BEFORE_DEPARTMENT}]|事业|项目|营业|销售|市场|研发|运营|财务|门诊|住院|指挥)部$`,
);

/** A school's, a hospital's or a company's department (深圳外国语学校国际部, 国际中医医疗部). */
const OF_INSTITUTION = /学校|学院|大学|中学|小学|医院|医疗|院区|公司|集团|银行/;

/** A party committee's department: 中央宣传部, 市委组织部, 中共…区委统战部. */
const PARTY_DEPARTMENT = /^(中共)?(中央|.{0,10}?[省市区县州旗盟]委)(宣传|组织|统战|统一战线工作|社会工作|对外联络)部$/;

/** A body's name before it, or what bodies do after it: 被…部确定, 会同…部, …部印发. */
const ACTOR_BEFORE = /(被|由|经|会同|联合|配合|协调|报请|报送|商请|提请|向|与|和|、|及)$/;
const ACTOR_AFTER =
  /^(、|和|与|及|等|联合|共同|印发|发布|出台|制定|批复|批准|同意|确定|命名|授予|部署|召开|组织|牵头|会同|指导|督导|通报|表彰|颁布|下发|认定|公布|确认|授牌|挂牌|委托|组织开展|开展|(?:的)?(?:大力|充分|高度)?(?:支持|肯定|认可|表扬))/;

/** True when the sentence lists the name with bodies or has it act (被…确定为, 会同…, …联合印发). */
function actsOrListed(text: string, start: number, end: number): boolean {
  return ACTOR_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || ACTOR_AFTER.test(text.slice(end));
}

/** Parts of speech the segmenter gives a ministry's name (民政部/nt) when it knows it. */
const ORGANISATION_TAG = 'nt';

/**
 * A name ending in 部 is a body when it is a party committee's department, or a ministry (民政部,
 * 民政部, 工业和信息化部) that the segmenter knows as an organisation or that the sentence has act,
 * listed with other bodies or acted with; 干部, 总部, 俱乐部 and a company's 市场部 are none.
 */
export function isDepartmentBody(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  const name = text.slice(start, end).replace(/[“”"]/g, '');
  if (NOT_DEPARTMENT.test(name) || OF_INSTITUTION.test(name) || name.length < 3 || name.length > 12) return false;
  if (PARTY_DEPARTMENT.test(name)) return true;
  // 五部两办两中心：综合部、党群工作部…: the kinds of units every office has, counted.
  if (/[一二三四五六七八九十\d]+部[^：:]*[：:][^：:]*$/.test(text.slice(0, start))) return false;
  // A department of a place (区委…部 aside) is a company's or a school's unit.
  if (/^[\u4e00-\u9fff]{0,6}?[省市区县镇乡]/.test(name) && !/^(中央|国家)/.test(name)) return false;
  const last = taggedWordEndingAt(sentence, end);
  if (last?.tag === ORGANISATION_TAG && last.word.endsWith('部')) return true;
  return actsOrListed(text, start, end);
}

/** Verbs and manners that end in 办 (举办, 一网通办, 马上办, 指尖办): no office. */
/** Characters before 办 that make a verb of it (举办, 督办, 承办, 通办). */
export const VERB_BEFORE_OFFICE =
  '举承主协代帮督通快创开兴包好能查交转批领认立速即照并合直上近次成必难易来去要可再试争民';
const NOT_OFFICE = new RegExp(
  `(?:家门口|指尖|限时|掌上|网上|就近|马上|一次|免证|无感|自助|跨省|全程|异地|首创|的事)[\\u4e00-\\u9fff]{0,4}办$|[${VERB_BEFORE_OFFICE}]办$`,
);

/**
 * 中央依法治国办|法治政府建设, 市委依法治市办|法规审查: an office's 办 before 法治 or 法规, which the
 * segmenter reads as 办法 and a lone 治 or 规. The office's name ends at 办 all the same.
 */
export function officeBeforeLaw(text: string, end: number): boolean {
  return text[end - 1] === '办' && /^法[治规]/.test(text.slice(end));
}

/** Parts of speech of a word that says how or when, not which field: 重点办 aside. */
const NOT_FIELD_TAGS = new Set(['v', 'vd', 'd', 'ad', 'a', 'f', 'm', 't', 'r', 'p', 'c']);

/**
 * An office named by its field with 办 (信访办, 市委依法治市办, 中央依法治国办): a body when the
 * segmenter reads 办 after a field word or the whole as one word, and its owner or level starts the
 * name or the sentence lists it with bodies or has it act. 举办, 申办 and 公办 are words of their
 * own; a quoted “指尖办” is a way of serving.
 */
export function isOfficeBody(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  const name = text.slice(start, end).replace(/[“”"]/g, '');
  if (NOT_OFFICE.test(name) || name.length < 3 || name.length > 14) return false;
  // 街道办 is the office of every subdistrict, and a subdistrict's own is named after a place the
  // district shares (龙岗街道办 in 龙岗区): neither is read by this rule.
  if (name.endsWith('街道办')) return false;
  if (/[“"]$/.test(text.slice(0, start)) || /^[”"]/.test(text.slice(end)) || /[“”"]/.test(text.slice(start, end)))
    return false;
  const last = officeBeforeLaw(text, end) ? { word: '办', tag: 'v' } : taggedWordEndingAt(sentence, end);
  if (!last) return false;
  if (last.word === '办') {
    const field = taggedWordEndingAt(sentence, end - 1);
    if (!field || field.word.length < 2 || NOT_FIELD_TAGS.has(field.tag)) return false;
  } else if (last.word.length < 3) return false;
  if (/^(中央|国务院|[省市区县]委?[\u4e00-\u9fff])/.test(name)) return true;
  return actsOrListed(text, start, end);
}
