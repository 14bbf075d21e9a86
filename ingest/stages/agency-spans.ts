// Where a body's name stands in a sentence: national bodies by name, relative names (区政府, 市委),
// and full names read leftwards from a body suffix. A name starts and ends on word boundaries,
// never starts with the verb of its clause, and a 中心, 团 or 组 is a body only when the text
// makes it one.

import { appendToGroup } from '../../graph/group-by.js';
import { NOT_BODY_NAME } from '../agency-vocabulary.js';
import { matchesOf, occurrenceFinder } from '../text-utils.js';
import {
  ACTION_VERBS,
  AGENCY_LEFT_STOPS,
  AGENCY_SUFFIXES,
  BODY_CENTRE,
  BODY_WORK,
  BUILD_VERBS,
  COUNT_BEFORE,
  ESTABLISH_VERBS,
  GROUP_ROLE,
  LEADING_MODIFIERS,
  LEFT_STOPS,
  LEVELS,
  NATIONAL_BODIES,
  NOT_AGENCY_ENDINGS,
  NOT_RELATIVE,
} from '../vocabulary.js';
import {
  BUILDING_AFTER,
  isDepartmentBody,
  isOfficeBody,
  LEVEL_GROUP,
  namesCompany,
  officeBeforeLaw,
  PART_BEFORE_DEPARTMENT,
  premisesBuilt,
  RENOVATED,
  ruleSubject,
  VERB_BEFORE_OFFICE,
} from './agency-contexts.js';
import { coordinatedStart, dropClauseHead, functionCharBefore } from './agency-edges.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, nextBoundary, stopEndsAt, taggedWordAt, taggedWordEndingAt } from './tokens.js';

export interface Span {
  start: number;
  end: number;
}

const MAX_NAME = 26;
const NAME_CHAR = /[\u4e00-\u9fff“”"+]/;
const STOPS = [...LEFT_STOPS, ...AGENCY_LEFT_STOPS];

/**
 * True when a verb or adverb of the clause (试行, 率先) ends at `at`: a word the tagger calls so
 * that is none of the kinds of work bodies are named after (执法, 管理, 调解 …).
 */
function clauseVerbEndsAt(sentence: Sentence, at: number): boolean {
  const word = taggedWordEndingAt(sentence, at);
  if (!word || word.word.length < 2 || !(VERB_TAGS.has(word.tag) || word.tag === 'vn')) return false;
  // 疾病预防|控制|局: a kind of work the segmenter reads as two verbs.
  const before = taggedWordEndingAt(sentence, at - word.word.length);
  if (before && BODY_WORK.test(before.word + word.word)) return false;
  return !BODY_WORK.test(word.word) && !MODIFYING_VERBS.test(word.word);
}

function leftBoundary(sentence: Sentence, suffixStart: number): number {
  const { text } = sentence;
  let at = suffixStart;
  const opened = text.slice(0, suffixStart);
  let inQuote = (opened.match(/“/g)?.length ?? 0) > (opened.match(/”/g)?.length ?? 0);
  while (at > 0 && suffixStart - at < MAX_NAME) {
    const ch = text[at - 1] ?? '';
    if (ch === '”' || ch === '"') inQuote = true;
    else if (ch === '“') inQuote = false;
    if (!NAME_CHAR.test(ch)) break;
    // 19支乡镇街道… : a count and its measure word end the name.
    if (COUNT_BEFORE.test(text.slice(Math.max(0, at - 8), at))) break;
    if (
      !inQuote &&
      (stopEndsAt(sentence, at, STOPS) || clauseVerbEndsAt(sentence, at) || functionCharBefore(sentence, at))
    )
      break;
    at--;
  }
  return at;
}

/**
 * 省海洋渔业局和市|主要领导: a body's suffix the segmenter guessed into one unknown word (tagged x)
 * with the conjunction after it; the name ends before the conjunction all the same.
 */
function conjunctionGlued(sentence: Sentence, end: number): boolean {
  if (!'和与及'.includes(sentence.text[end] ?? '')) return false;
  for (let from = end - 1; from >= Math.max(0, end - 3); from--) {
    const word = taggedWordAt(sentence, from);
    if (word) return word.tag === 'x' && from + word.word.length > end;
  }
  return false;
}

/** Suffixes by the code of their first character, longest first: one map look-up per position. */
const SUFFIXES_BY_FIRST = new Map<number, string[]>();
/** 1 for the code units a suffix starts with: the others need no look-up. */
const SUFFIX_STARTS = new Uint8Array(0x10000);
for (const suffix of [...AGENCY_SUFFIXES].sort((a, b) => b.length - a.length)) {
  appendToGroup(SUFFIXES_BY_FIRST, suffix.charCodeAt(0), suffix);
  SUFFIX_STARTS[suffix.charCodeAt(0)] = 1;
}

function findSuffix(text: string, at: number): string | undefined {
  const code = text.charCodeAt(at);
  if (SUFFIX_STARTS[code] !== 1) return undefined;
  return SUFFIXES_BY_FIRST.get(code)?.find((suffix) => text.startsWith(suffix, at));
}

/** What may follow a body's suffix inside one word: its meeting (领导小组会议) or its members. */
const SUFFIX_CONTINUES = /^(会议|会|成员|全体会议)/;

const BARE_SUFFIXES = new Set(AGENCY_SUFFIXES);
const GROUP_OFFICE = /^(领导|工作)?(小组|指挥部|委员会|专班)办公室$/;

/** A counted 中心 (3个…中心, …中心10家) is a class of facilities, not one body. */
const COUNTED = /[\dA-Za-z一二两三四五六七八九十百千]+[余多]?[个家所座处间级批]/;

/** What follows a facility or a project, not a body: …中心建设, …中心大楼, …中心二期. */
const FACILITY_AFTER =
  /^(?:已经?|正式|均|全面)*(建设|项目|工程|大楼|大厦|主体|[（(]?[一二三四五]期|\d+(\.\d+)?版|落地|运营|投入|启用|开业|封顶|动工|开工|功能|片区|周边|建成|顺利建成)/;

/**
 * Centres that are rooms and systems as often as bodies (指挥中心, 运行中心, 数据中心): a body
 * only when the sentence sets one up.
 */
const SYSTEM_CENTRE = /(指挥|运行|运行管理|数据|情报)中心$/;

const VERB_TAGS = new Set(['v', 'vd', 'd', 'ad']);

/** Parts of speech a name never starts with: verbs, adverbs, prepositions, conjunctions. */
const NOT_FIRST = new Set(['v', 'vd', 'd', 'ad', 'p', 'c', 'uj', 'ul', 'r', 'm', 'q', 't']);

/** Verbs the tagger reads in names that modify its head (突发事件, 突发地质灾害). */
const MODIFYING_VERBS = /^突发/;

/** Drops the leading words of a name that are the clause's verb or adverb (认真/办理…督察组). */
function trimLeadingVerbs(sentence: Sentence, start: number, suffixStart: number): number {
  let at = start;
  for (let word = taggedWordAt(sentence, at); word && at + word.word.length <= suffixStart; ) {
    // 跨区域, 防汛: a one-character verb is a prefix of the name, not the clause's verb.
    const long = word.word.length >= 2;
    // 突发地质灾害应急指挥部: 突发 says which events the body answers, not what the clause does.
    if (MODIFYING_VERBS.test(word.word)) break;
    const verbal =
      (NOT_FIRST.has(word.tag) && (long || !VERB_TAGS.has(word.tag))) ||
      ((word.tag === 'vn' || word.tag === 'l') && long && ACTION_VERBS.test(word.word));
    if (!verbal) break;
    at += word.word.length;
    word = taggedWordAt(sentence, at);
  }
  return at;
}

/** 学期|中央党校: a national body's name starts at 中央 or 国务院 unless 中共 comes first. */
function centralStart(text: string, start: number, suffixStart: number): number {
  const central = /(?<!中共|全国|国家)(中央|国务院)/g;
  central.lastIndex = start + 1;
  const found = central.exec(text);
  return found && found.index < suffixStart ? found.index : start;
}

/** Bodies named by the task they are set up for. */
const TASK_GROUP = /^(领导小组|工作小组|工作专班|指挥部|委员会)$/;

/** Verbs whose object is an honour's title. */
const HONOUR_BEFORE = /(获评|评为|荣获|荣膺|授予|命名为|获得|创建|争创|入选)[^，。；]*$/;

/**
 * What a body does to a place's work after the verb of an honour (获得住建部、国家文物局充分肯定,
 * 受到…表扬): the name before it is the body that gives the recognition, not an honour's title.
 */
const RECOGNITION_AFTER =
  /^(?:[、和及与][^，。；、]{2,16}?)*(?:的)?(?:充分|高度|一致)?(?:肯定|认可|表扬|通报表扬|赞扬|好评|点赞)/;

/** The text of the clause before `at` (back to the last comma). */
function clauseBefore(text: string, at: number): string {
  return text.slice(Math.max(0, text.lastIndexOf('，', at - 1) + 1), at);
}

/** 厅 ends a provincial department or a 办公厅; 大厅, 展厅, 会客厅 are rooms. */
function isBodyHall(name: string): boolean {
  return /办公厅$/.test(name) || (/^(.{2,5}省|省)/.test(name) && !/(大|展|客|服务|办事|分)厅$|大厅/.test(name));
}

/** 联合会 is a body when it is one of the people's organizations the state funds. */
const BODY_FEDERATION = /(妇女|残疾人|工商业|科学技术|文学艺术界|归国华侨|社会组织|总工会)联合会$/;

/**
 * A 中心 is a body when its name says what work of government it does (BODY_CENTRE) and the
 * sentence sets it up or has it act; built, aimed at or counted, it is a facility or a goal.
 */
function isBodyCentre(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  const name = text.slice(start, end).replace(/[“”"]/g, '');
  // 国际财富管理中心, 全球…中心: a hub a city aims to be; …产业公共服务中心: an industry's platform.
  if (!BODY_CENTRE.test(name) || /国际|全球|世界|区域性|亚太|湾区|财富|商务|航运|产业/.test(name)) return false;
  // 区人民医院健康管理服务中心: a unit of a hospital or a school, not of government.
  if (/(医院|学校|大学|学院)(?!管理)/.test(name)) return false;
  const clauseStart = Math.max(text.lastIndexOf('，', start - 1), text.lastIndexOf('、', start - 1)) + 1;
  const before = text.slice(clauseStart, start);
  if (COUNTED.test(before.slice(-6)) || /^[\d一二两三四五六七八九十]+[个家所]/.test(text.slice(end))) return false;
  if (FACILITY_AFTER.test(text.slice(end))) return false;
  if (ESTABLISH_VERBS.test(before)) return true;
  if (SYSTEM_CENTRE.test(name)) return false;
  // 打造区域性、主题性…中心: the verb heads a run of goals.
  const run = text.slice(text.lastIndexOf('，', start - 1) + 1, start);
  if (before !== run && new RegExp(`^(${BUILD_VERBS.source})`).test(run) && !/^[省市区县]/.test(name)) return false;
  // 建成标准化区级公共法律服务中心: a body of a named level is built as a body.
  const levelled = /^([省市区县镇]|区级|市级|县级|镇级|街道)/.test(name) || /[省市区县]$/.test(before);
  return levelled || !BUILD_VERBS.test(before);
}

const NATIONAL_NAMES = occurrenceFinder([...Object.keys(NATIONAL_BODIES), '两办']);
const RELATIVE = new RegExp(`[${LEVELS}](?:人民政府|政府|人大常委会|人大|政协|纪委监委|纪委|委(?![员托屈婉实]))`, 'g');

/**
 * 省政府工作报告, 区人民政府工作报告: a government before 工作报告 is part of the name of the report's
 * genre (the report a government gives its congress each year), a document, not a mention of it.
 */
function namesReport(text: string, end: number): boolean {
  return /政府$/.test(text.slice(0, end)) && text.startsWith('工作报告', end);
}

/** Candidate agency spans in one sentence, before overlap resolution. */
export function agencySpans(sentence: Sentence): Span[] {
  const { text, start: base } = sentence;
  const spans: Span[] = [];
  const buildings: Span[] = [];
  for (const [national, places] of NATIONAL_NAMES(text)) {
    for (const at of places) {
      spans.push({ start: base + at, end: base + at + national.length });
    }
  }
  for (const match of matchesOf(RELATIVE, text)) {
    const at = match.index ?? 0;
    if (NOT_RELATIVE.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (namesReport(text, at + match[0].length)) continue;
    spans.push({ start: base + at, end: base + at + match[0].length });
  }
  for (let at = 0; at < text.length; at++) {
    const suffix = findSuffix(text, at);
    if (!suffix) continue;
    // 举办, 干部, 全部: the character before says at once that no office or department ends here.
    const before = text[at - 1] ?? '';
    if (
      suffix === '办' ? VERB_BEFORE_OFFICE.includes(before) : suffix === '部' && PART_BEFORE_DEPARTMENT.includes(before)
    )
      continue;
    let end = at + suffix.length;
    if (suffix === '人民政府' && namesReport(text, end)) continue;
    // 社区工作站改革, 常务会议制度: a body's name before a programme's head names the programme.
    if (/^(改革|体制|机制|制度|模式|试点)/.test(text.slice(end))) continue;
    // 局部, 中心城区, 团队: the suffix ends inside a word, so no body ends here.
    if (
      !isWordBoundary(sentence, end) &&
      !SUFFIX_CONTINUES.test(text.slice(end)) &&
      !officeBeforeLaw(text, end) &&
      !conjunctionGlued(sentence, end)
    )
      continue;
    const from = nextBoundary(sentence, leftBoundary(sentence, at));
    const modifier = LEADING_MODIFIERS.exec(text.slice(from, end));
    const stripped = from + (modifier ? modifier[0].length : 0);
    // 新型智慧城市…: a modifier cut out of a longer word stays.
    const first = isWordBoundary(sentence, stripped) ? stripped : from;
    // A group named by its task keeps its verb: 推进依法行政工作领导小组.
    const trimmed = TASK_GROUP.test(suffix) ? first : trimLeadingVerbs(sentence, first, at);
    const start = coordinatedStart(sentence, centralStart(text, dropClauseHead(sentence, trimmed, at), at), end);
    let name = text.slice(start, end);
    const unclosed = (name.match(/“/g)?.length ?? 0) - (name.match(/”/g)?.length ?? 0);
    if (unclosed === 1 && text[end] === '”') {
      end += 1;
      name = text.slice(start, end);
    }
    // 全局”, 新格局”: a word that ends in 局 inside quotes; A+B names a scheme of several parts.
    if (end - start < 3 || NOT_AGENCY_ENDINGS.test(name.replace(/[“”"]/g, '')) || name.includes('+')) continue;
    if (/^[”"]/.test(name) || (name.match(/[“"]/g)?.length ?? 0) !== (name.match(/[”"]/g)?.length ?? 0)) continue;
    // 讲师团 alone is a kind of group; …法治思想宣讲团 is one.
    const role = GROUP_ROLE.exec(name.replace(/[“”"]/g, ''));
    if ((suffix === '团' || suffix === '组') && !(role && role.index > 0)) continue;
    const plain = name.replace(/[“”"]/g, '');
    // 领导小组, 派出所, 办公室 standing alone name no body in particular.
    if (plain.length <= suffix.length || BARE_SUFFIXES.has(plain.replace(/^(总|分|专项|各|党)/, ''))) continue;
    // 小组办公室, 指挥部办公室: the office of a group whose name was not read.
    if (GROUP_OFFICE.test(plain)) continue;
    // 市领导小组, 市级指挥部: a level before a kind of group names no group in particular.
    if (LEVEL_GROUP.test(plain)) continue;
    // 大鹏派出所项目, 区委党校大楼: a building, not the body; 《中国共产党党组工作条例》: a rule's subject.
    if (
      BUILDING_AFTER.test(text.slice(end)) ||
      RENOVATED.test(text.slice(0, start)) ||
      premisesBuilt(text, start, end)
    ) {
      // 区委党校 as a building: neither it nor the 区委 inside it is a body here.
      buildings.push({ start: base + start, end: base + end });
      continue;
    }
    if (ruleSubject(text, start, end)) continue;
    // 中交（深圳）工程局: a name cut after a parenthesis is the tail of a longer one.
    if (/^(业主|企业|公司)/.test(plain) || (text[start - 1] === '）' && /[\u4e00-\u9fff]（/.test(text.slice(0, start))))
      continue;
    if (suffix.endsWith('厅') && !isBodyHall(plain)) continue;
    if (suffix === '联合会' && !BODY_FEDERATION.test(plain)) continue;
    if (suffix === '部' && !isDepartmentBody(sentence, start, end)) continue;
    if (suffix === '办' && !isOfficeBody(sentence, start, end)) continue;
    // 省政府全体会议: the plenary meeting of a government or a committee, not of an alliance.
    if (suffix === '全体会议' && !/(政府|委|委员会)全体会议$/.test(plain)) continue;
    // 获评…政务服务中心, 评为…派出所: an honour's title names a kind of body, not a body.
    if (HONOUR_BEFORE.test(clauseBefore(text, start)) && !RECOGNITION_AFTER.test(text.slice(end))) continue;
    if (namesCompany(sentence, start, end) || NOT_BODY_NAME.test(name)) continue;
    const station = /(中心|工作站|服务站)$/.test(plain) && !plain.endsWith('中心组');
    if (station && !isBodyCentre(sentence, start, end)) continue;
    spans.push({ start: base + start, end: base + end });
  }
  return withPlenums(
    text,
    base,
    spans.filter((span) => !buildings.some((b) => b.start <= span.start && span.end <= b.end)),
  );
}

/**
 * A plenary session of a party committee, named by the committee's term and the session's
 * number (省委十一届三次全会, 市委七届八次全会, 自治区党委十届五次全体会议): a meeting that
 * decides, read as one body with the committee's name before it.
 */
const PLENUM = /^第?[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,3}次全(?:会|体会议)/;

/** Adds, for each party committee's name followed by a plenary session, the session's span. */
function withPlenums(text: string, base: number, spans: Span[]): Span[] {
  const plenums: Span[] = [];
  for (const span of spans) {
    if (!/委$/.test(text.slice(span.start - base, span.end - base))) continue;
    const session = PLENUM.exec(text.slice(span.end - base));
    if (session) plenums.push({ start: span.start, end: span.end + session[0].length });
  }
  return [...spans, ...plenums];
}
