// Finds named initiatives: quoted names that a program head or an initiating verb marks as one,
// unquoted noun phrases ending in a head (…改革, …机制), and focus areas (聚焦X。/ 围绕X、Y等).

import nodejieba from 'nodejieba';
import { groupBy } from '../../graph/group-by.js';
import { literalFinder, occurrenceFinder } from '../text-utils.js';
import { ACTION_VERBS, BODY_WORK, COUNT_BEFORE, LEFT_STOPS, PROGRAM_HEADS, PROGRAM_VERBS } from '../vocabulary.js';
import { aimBuildings, systemBuildings } from './aim-buildings.js';
import { annualWorks } from './annual-works.js';
import { campaignTime, namesCampaign, namesCampaignOf, planFollows, progressFollows } from './campaign-names.js';
import { dutyPrograms } from './duty-programs.js';
import { longestSpans } from './extract-agencies.js';
import { focusPrograms } from './focus-programs.js';
import { createdTitles, quotedTitles, regionalPrograms } from './place-programs.js';
import { inContext } from './program-context.js';
import { startOfListedName } from './program-lists.js';
import { type ProgramMention, programMention } from './program-mention.js';
import {
  insideTitle,
  keepRecurringTitleTerms,
  mergeExtendedNames,
  mergeModelCampaigns,
  mergeShortReforms,
} from './program-merges.js';
import {
  AWARD,
  actsWithoutObject,
  clauseVerb,
  cutAtFigure,
  leadsName,
  modifiesNoun,
  NEGATION,
  NOMINAL_VERBS,
  NOT_FIRST,
  nominalStop,
  notUnquotedName,
  OFFENCE,
  overCampaignVerb,
  overConjunct,
  workRunAt,
} from './program-names.js';
import { clauseBefore, HONOUR_AFTER, HONOUR_BEFORE, quotedPrograms } from './quoted-programs.js';
import type { Sentence } from './split-sentences.js';
import { chiefSystems } from './system-names.js';
import { isWordBoundary, nextBoundary, stopEndsAt, taggedWordAt, taggedWordEndingAt } from './tokens.js';

export type { ProgramMention } from './program-mention.js';
export { programKey } from './program-mention.js';

// 体系 is left out: unquoted, …产业体系, …公园体系 are what a plan aims at more often than a programme.
const UNQUOTED_HEADS = occurrenceFinder([
  '改革',
  '机制',
  '制度',
  '专项行动',
  '行动',
  '活动',
  '工程',
  '攻坚战',
  '保卫战',
  // 疫情防控阻击战, 查违歼灭战: campaigns fought against a threat or a backlog, named by it.
  '阻击战',
  '歼灭战',
  '试点',
  // 法治政府建设示范创建: the campaign to be named a model of a field.
  '示范创建',
  // 年度述法, 会议述法: leaders reporting on how they ran the rule of law.
  '述法',
  // 法治政府建设专题调研: a study of a field that leaders run and report on.
  '专题调研',
  // 安全生产专项整治, 扫黑除恶专项斗争: campaigns named by their object; 乡村振兴战略 after the
  // verb that runs it or as the subject of its progress.
  '专项整治',
  '专项斗争',
  '战略',
  // 安全生产责任制, 告知承诺制: systems named by what is answered for or promised.
  '责任制',
  '承诺制',
  // 党史学习教育, 主题教育: a campaign of study named by what is studied.
  '学习教育',
  '主题教育',
  // 疫情防控, 传染病防控: the control of an epidemic is run as a programme (DISEASE says of what).
  '防控',
  // 中央环保督察, 市县法治建设督察: an inspection a higher level runs on a field (INSPECTION says whose).
  '督察',
  // 棚户区改造, 农村危房改造: the renovation of a kind of dwelling or settlement (SETTLEMENT says
  // which); 厕所革命, 能源革命: the overhaul of a field of daily life (REVOLUTION says which not).
  '改造',
  '革命',
]);
/**
 * Kinds of dwellings and settlements whose renovation a government runs as a programme (棚户区|
 * 改造, 城镇老旧小区|改造, 小城镇|升级改造), perhaps said of whose they are (农村|危房改造), as
 * against the works of one site named by its place (…村旧村改造, …工业区改造), of one facility
 * (…路快速化改造, …污水厂提标改造) or a retrofit of plant (技术改造, 低氮改造).
 */
const SETTLEMENT =
  /^(?:城镇|农村|城市|乡村|贫困户|农村贫困户|贫困农户|建档立卡贫困户|原村民)?(?:棚户区|危房|危旧房|老旧房屋|老旧小区|老住宅区|老旧住宅区|旧住宅区|城中村|旧村|旧城|旧城区|老城区|旧街区|老旧街区|小城镇|集镇|农房|旧工业区|老旧工业区|工业区|旧厂房|老旧厂房)$/;
/** How a renovation is done, between its object and 改造 (小城镇|升级|改造, 城中村|综合整治|改造). */
const RENOVATION_MANNER = /(升级|综合|整体|提升|提质|更新|有机更新|综合整治|整治|拆除重建|全面)$/;
/**
 * Revolutions of history and society, no programme of work (科技革命, 工业革命, 自我革命); an
 * overhaul a government runs is of a thing named by nouns alone (农村|厕所|革命, 能源|革命).
 */
const REVOLUTION = /(科技|工业|产业|技术|自我|社会|信息|伟大)$/;

/** True when `core` before 革命 names a field of daily life overhauled (厕所, 能源, 课堂). */
function overhaulsField(core: string): boolean {
  return !REVOLUTION.test(core) && core.length <= 4 && nodejieba.tag(core).every((w) => w.tag === 'n');
}

/** True when `core` before 改造 names a kind of dwelling or settlement renovated. */
function renovatesSettlement(core: string): boolean {
  return SETTLEMENT.test(core.replace(RENOVATION_MANNER, ''));
}
/** 示范 after 试点 that ends the name: a clause, a stop or a word of progress follows. */
const DEMONSTRATION = /^示范(?=$|[^\u4e00-\u9fff]|工作|成效|取得|引领|带动|推广|建设(?!项目))/;
/**
 * Who runs an inspection or what building it inspects (中央|环保督察, 省|生态环保督察, 法治政府建设|
 * 督察, …建设专项|督察); a field alone (环保督察, 法治督察) is every level's inspection of it.
 */
const INSPECTION = /^(中央|国家|省|市|县|区|自治区|省级|市级)|建设(专项)?$/;
/** What is said of an inspection after its name: its findings, their remedy, its review (督察|反馈整改). */
const INSPECTION_AFTER = /^(反馈|整改|交办|迎检|发现|“回头看”|回头看)/;
/** Heads a field of two characters names (普法责任制, 脱贫攻坚战, 党史学习教育, 疫情防控, 危房改造, 厕所革命). */
const SHORT_CORE = /^(责任制|承诺制|攻坚战|阻击战|歼灭战|学习教育|防控|改造|革命)$/;
/**
 * What an epidemic's control is named by: the disease and how it is run (常态化疫情防控, 重大动植物
 * 疫病防控); a place, a season or a kind of site before it (学校|疫情防控) scopes the clause.
 */
const DISEASE = /(?:常态化|重大|重点)?(?:动植物|动物)?(?:疫情|疫病|传染病)$/;
/** Verbs that fight a campaign out, before a field of two characters (打赢|脱贫攻坚战). */
const FIGHT_VERB = /(打赢|打好|打响|决战|决胜|赢得)$/;
/** 学习贯彻|…思想主题教育: the study of a thought or a spirit is named with its verbs. */
const STUDY_LEAD = /(深入学习贯彻|学习贯彻|深入贯彻|贯彻落实)$/;
/** Heads of systems a field of two characters names (普法责任制, 告知承诺制). */
const SYSTEMS = /^(责任制|承诺制)$/;
/** What every system of responsibility has: its aim, a post, a leader (目标责任制, 岗位责任制). */
const GENERIC_SYSTEM = /^(目标|岗位|领导|主体|工作目标|目标管理)$/;
const GENERIC_CORE =
  /^(工作|长效|常态化|相关|有关|各项|管理|考核|这一|该|新|体制|各类|一系列|多项|系列|配套|本|此|上述|监督|保障|责任|制度|机制|工作制度|工作机制)$/;

function mention(name: string, surface: string, start: number, sentence: Sentence, aliases: string[]): ProgramMention {
  return programMention(name, surface, start, sentence, aliases);
}

/** True when a verb of the clause ends at `at` as a word of its own (not 保障 in 住房保障房). */
function verbEndsAt(sentence: Sentence, at: number): boolean {
  const before = sentence.text.slice(Math.max(0, at - 4), at);
  const verb = PROGRAM_VERBS.exec(before) ?? ACTION_VERBS.exec(before);
  // 专项整治, 专项治理: after 专项 a verb names the action.
  if (verb === null || /专项$/.test(sentence.text.slice(0, at - verb[0].length))) return false;
  // 民法典宣传|月活动, 宪法宣传|周: publicity before 月 or 周 names a campaign's month or week.
  if (verb[0] === '宣传' && /^[月周]/.test(sentence.text.slice(at))) return false;
  // 规范|性文件, 处置|权: a verb inside a noun is no verb of the clause; 严格执行, 全面铺开 (one
  // word to the segmenter) are the clause's verbs.
  const from = at - verb[0].length;
  const word = isWordBoundary(sentence, at) ? taggedWordEndingAt(sentence, at) : taggedWordAt(sentence, from);
  // 实施|创新驱动…改革, 健全|创新资源…机制: 创新 right after the clause's verb is the name's.
  if (verb[0] === '创新' && (afterClauseVerb(sentence, from) || afterQualifier(sentence, from))) return false;
  if (isWordBoundary(sentence, from) && isWordBoundary(sentence, at)) {
    // 高新区创新|发展提升行动, 科技创新|服务体系改革, 公共|创新|平台…机制: after a noun or a
    // distinguishing word (b), a verb that names a kind of work is part of the name.
    const noun = taggedWordEndingAt(sentence, from);
    return !(NOMINAL_VERBS.test(verb[0]) && noun !== undefined && /^(n|ns|nt|nz|nr|j|b)$/.test(noun.tag));
  }
  // 积极探索 (tagged as a noun): an adverb and a verb are still the clause's.
  return (
    word !== undefined &&
    (!NOUN_TAGS.test(word.tag) || /^(积极|全面|深入|大力|持续|不断|稳步|扎实|加快|着力|切实)/.test(word.word))
  );
}

/**
 * True when a verb that runs a programme (实施, 推进, 健全) ends at `at` as a word of its own;
 * 探索 is left out, since 探索创新 is one act (探索创新|执法机制).
 */
function afterClauseVerb(sentence: Sentence, at: number): boolean {
  const word = taggedWordEndingAt(sentence, at);
  if (word === undefined || word.word === '探索') return false;
  return PROGRAM_VERBS.exec(word.word)?.[0] === word.word || word.word === '推动';
}

/** 健全|拔尖|创新…机制: a verb of the name's own right after the clause's verb opens its qualifier. */
function afterQualifier(sentence: Sentence, at: number): boolean {
  const lead = taggedWordEndingAt(sentence, at);
  if (lead?.tag !== 'v' || lead.word.length !== 2 || clauseVerb(lead.word)) return false;
  return afterClauseVerb(sentence, at - 2);
}

/** Verbs of a plan before what it aims at (力争|…工程竣工), and 进行: no part of a name. */
const PLAN_STOPS = ['力争', '争取', '确保', '努力', '进行', '予以', '加以'];
const CJK = /[\u4e00-\u9fff]/;
/** Words before a name that make it a class of undertakings (一批, 系列, 各类, 各, 若干, 多个). */
export const CLASS_BEFORE = /(?<!第)(一批|系列|各类|各|若干|多个|多项|一些)$/;
const NOUN_TAGS = /^(n|vn|nz|ns|nt)$/;
const JOINER = /[·•+＋—－\-‐–]/;

/**
 * Start of an unquoted name ending at headStart, or -1 when a quote mark ends it (or when a
 * `whole` conjunct runs longer than `max`).
 */
function leftExtent(sentence: Sentence, headStart: number, max: number, whole = false): number {
  const { text } = sentence;
  let at = headStart;
  // A gloss does not count towards the length; a name never opens with one.
  let spare = 0;
  const glossEnds = new Map<number, number>();
  while (at > 0 && headStart - at < max + spare) {
    const version = /\d+(?:\.\d+)?版$/.exec(text.slice(Math.max(0, at - 12), at));
    if (version) {
      at -= version[0].length;
      continue;
    }
    const ch = text[at - 1] ?? '';
    if (ch === '”' || ch === '"') return -1;
    // 粤商·省长…机制, 块数据+市域…改革, 罗田水库—铁岗水库…工程: a joiner between two words
    // is inside the name.
    if (JOINER.test(ch) && CJK.test(text[at - 2] ?? '') && CJK.test(text[at] ?? '') && at < headStart) {
      at--;
      continue;
    }
    // 龙岗河（坪山段）内涝整治工程, 医院改扩建（一期）工程: a gloss in brackets inside a name.
    const gloss =
      ch === '）' && at < headStart ? /\p{Script=Han}（[\p{Script=Han}、]{1,10}）$/u.exec(text.slice(0, at)) : null;
    if (gloss) {
      spare += gloss[0].length - 2;
      glossEnds.set(at - gloss[0].length + 1, at);
      at -= gloss[0].length - 1;
      continue;
    }
    if (!CJK.test(ch)) break;
    // 合法性审查|制度, 执法监督|机制: the verb right before a head is what the head is of.
    const stop =
      stopEndsAt(sentence, at, LEFT_STOPS, at === headStart ? 1 : 4) || stopEndsAt(sentence, at, PLAN_STOPS, 2);
    // 社会组织|登记管理体制改革: 组织 after a noun is a body, not the verb 组织.
    const body = text.slice(at - 2, at) === '组织' && /^n/.test(taggedWordEndingAt(sentence, at - 2)?.tag ?? '');
    // 行政执法协调|监督工作体系建设试点: a run of kinds of work after a field is the name's.
    if (
      !body &&
      ((stop && !nominalStop(sentence, at, headStart)) || (at < headStart && verbEndsAt(sentence, at))) &&
      !(at < headStart && workRunAt(sentence, at))
    )
      break;
    // 1,000余场次体育赛事活动: a count in figures ends the name; 三项制度, 百日攻坚 are names.
    const count = COUNT_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    // 1000个|自然村生活污水治理提升工程: a count of things in figures makes the name a class of
    // undertakings; 4轮|执法案卷评查活动 counts rounds of one.
    if (count && /\d/.test(count[0])) return /[个项所家批类种]$/.test(count[0]) ? -1 : at;
    at--;
  }
  // 老|旧住宅区燃气入户三期、…: a conjunct that reaches the longest it may run is cut, not found.
  if (whole && headStart - at >= max + spare && CJK.test(text[at - 1] ?? '')) return -1;
  return glossEnds.get(at) ?? at;
}

const VERB_TAGS = new Set(['v', 'vd', 'd', 'ad']);

/** Ends of a conjunct that is a programme or a system of its own (A改革和…, 医疗卫生体制、…, 大部门制、…). */
const CONJUNCT_HEADS = [...PROGRAM_HEADS, '体制', '部制', '部门制', '长制'];

/** True for a mechanism's core of two words or fewer (产业|协作, 民商事|法律): a kind of one. */
function describedKind(core: string): boolean {
  return core.length <= 5 && nodejieba.cut(core).filter((w) => !/^[和与及、]$/.test(w)).length <= 2;
}

/** 北部|片区土地制度改革: a part of a place (tagged as a word of position) before a noun. */
function partOfPlace(sentence: Sentence, at: number, word: { word: string; tag: string }): boolean {
  if (word.tag !== 'f' || !/^[东南西北前后中][\u4e00-\u9fff]$/.test(word.word)) return false;
  return /^n/.test(taggedWordAt(sentence, at + word.word.length)?.tag ?? '');
}

/**
 * 二三|产业混合用地机制, 多方|主体参与机制, 多层次|资本市场改革: numerals with no measure word, right
 * before a noun, say which parts the name is of; a count (三项, 一批, 两个) is not this.
 */
function partsBefore(sentence: Sentence, at: number, word: { word: string; tag: string }): boolean {
  if (word.tag !== 'm' || !/^([一二两三四五六七八九十多双][一二两三四五六七八九十方元]|多层次)$/.test(word.word))
    return false;
  return /^(n|vn|an|nz)$/.test(taggedWordAt(sentence, at + word.word.length)?.tag ?? '');
}

/** 第一|责任人职责清单制度, 第一|议题制度: an ordinal right before a noun says which one the name is of. */
function ordinalBefore(sentence: Sentence, at: number, word: { word: string; tag: string }): boolean {
  if (word.tag !== 'm' || !/^第[一二三四五六七八九十]$/.test(word.word)) return false;
  return /^(n|nz)$/.test(taggedWordAt(sentence, at + word.word.length)?.tag ?? '');
}

/**
 * True for a verb opening a listed item before a noun (、失信|惩戒…): the item's, not the clause's;
 * so is a word the tagger reads as an adverb there (绿道、慢行|系统…工程).
 */
function listedVerb(sentence: Sentence, at: number, word: { word: string; tag: string }): boolean {
  if (!/^(v|vn|d)$/.test(word.tag) || clauseVerb(word.word)) return false;
  return /^(n|vn|nz)$/.test(taggedWordAt(sentence, at + word.word.length)?.tag ?? '');
}

/** Moves a name's start past the verbs and adverbs of its clause (理顺|公用事业价格补贴机制). */
function skipLeadingVerbs(sentence: Sentence, start: number, headStart: number): number {
  // 启用的|再生水利用工程: after 的 a verb the tagger reads is the name's own attribute.
  const first = taggedWordAt(sentence, start);
  if (sentence.text[start - 1] === '的' && first?.tag === 'v' && !clauseVerb(first.word)) return start;
  let at = start;
  for (let word = taggedWordAt(sentence, at); word && at + word.word.length < headStart; ) {
    if (
      modifiesNoun(sentence, at, word) ||
      partOfPlace(sentence, at, word) ||
      partsBefore(sentence, at, word) ||
      ordinalBefore(sentence, at, word)
    )
      break;
    // 跨区域, 防汛: a one-character verb is a prefix of the name, not the clause's verb.
    const long = word.word.length >= 2;
    // 执法案卷评查活动: a kind of government work opens a name as a noun would.
    const verbal =
      (NOT_FIRST.has(word.tag) && (long || !VERB_TAGS.has(word.tag)) && !BODY_WORK.test(word.word)) ||
      ((word.tag === 'vn' || word.tag === 'l') && long && ACTION_VERBS.test(word.word));
    // 韩江、鉴|江…, 守信激励、失信|惩戒…: the first word of a listed item is no verb of the
    // clause, unless it runs a name (…、加强|…) or is one of two acts (…、沟通|反馈机制).
    if (!verbal || (sentence.text[at - 1] === '、' && (word.word.length === 1 || listedVerb(sentence, at, word))))
      break;
    at += word.word.length;
    word = taggedWordAt(sentence, at);
  }
  return at > start && leadsName(sentence, start, at) ? start : at;
}

/**
 * Where an unquoted name ending at `to` starts, reading at most `max` characters leftwards; -1
 * when none does. A function of the module, not a closure made per head: the loader names each
 * closure bound to a const on every call (esbuild's keepNames).
 */
function nameStart(sentence: Sentence, to: number, max: number, whole = false): number {
  const { text } = sentence;
  const from = leftExtent(sentence, to, max, whole);
  // 以…为重点的|现代学校管理制度: what stands before 的 describes the name; 党的 (党的二十大
  // 精神专题调研) is the name's own.
  const last = text.lastIndexOf('的', to);
  const particle = text[last - 1] === '党' ? text.lastIndexOf('的', last - 1) : last;
  return from < 0 ? -1 : skipLeadingVerbs(sentence, nextBoundary(sentence, Math.max(from, particle + 1)), to);
}

function unquotedPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  const { text } = sentence;
  for (const [head, places] of UNQUOTED_HEADS(text)) {
    for (const at of places) {
      // 学前教育三年行动计划: a campaign's plan is named with its 计划.
      const plan = head === '行动' && planFollows(sentence, at + head.length);
      // 开展碳捕集利用与封存试点示范。: a pilot run as a demonstration is named with its 示范
      // (not 试点示范项目, 试点示范区: a class of projects or a zone).
      const demonstration = head === '试点' && DEMONSTRATION.test(text.slice(at + head.length));
      const end = at + head.length + (plan || demonstration ? 2 : 0);
      // A name found by a reading the older rules did not make must open the clause or follow its verb.
      let widened = plan || /^(战略|改造|革命)$/.test(head);
      if (/[\u4e00-\u9fff]/.test(text[end] ?? '') && !/^(的|和|与|及|等|为|在|，)/.test(text.slice(end))) {
        // …改革顺利落地: a name that is the subject of its clause ends before the adverb or verb.
        const next = taggedWordAt(sentence, end);
        // 国有企业改革扎实推进, 河长制全面推行: the tagger reads some words of progress as
        // adjectives or nouns; after the head they still open the clause's predicate.
        const tagged = next !== undefined && ['d', 'ad', 'v', 'p'].includes(next.tag);
        const progress = !tagged && progressFollows(text, end);
        const subject = next && (tagged || progress) && isWordBoundary(sentence, end);
        widened ||= progress;
        // …防控工作人员: the people of a work are named after it, not the work.
        const inspection = head === '督察' && INSPECTION_AFTER.test(text.slice(end));
        if (!subject && !inspection && !/^(工作(?!人员|者)|落实|体系|建设(?!项目))/.test(text.slice(end))) continue;
        // 自贸试验区制度|创新, 科学城体制机制|创新: the rules of a thing being renewed name no programme.
        if (/^(制度|机制)$/.test(head) && text.startsWith('创新', end)) continue;
      }
      // 民营企业改革创新, 金融改革试验区: 改革 joined to what follows is no reform's name; nor is
      // any head that qualifies a zone (生物医学工程|创新示范区, …试点|先行区).
      if (head === '改革' && /^(创新|开放)/.test(text.slice(end))) continue;
      if (/^[^，。；、]{0,4}(试验区|先行区|示范区)/.test(text.slice(end))) continue;
      // 挑战, 工程建设项目, 行动力: the head ends inside a word.
      if (!(isWordBoundary(sentence, end) || /^工作/.test(text.slice(end))) || insideTitle(text, at)) continue;
      // 人居环境整治三年行动: the time a campaign runs is part of its name, and the verb before it
      // says what the campaign does (not the clause's verb).
      const years = head === '行动' ? campaignTime(text, at) : 0;
      widened ||= years > 0;
      let start = nameStart(sentence, at - years, 18);
      if (start < 0 || start >= at || cutAtFigure(text, start)) continue;
      // 发展路径和长效|机制: a generic name stays generic with a conjunct before it.
      const own = text.slice(start, at);
      if (GENERIC_CORE.test(own) || (own.length <= 2 && notUnquotedName(own, head) === 'generic kind of work'))
        continue;
      // 行政机关与|…脱钩改革, 保障性住房建设、|分配和退出机制: conjuncts share the head.
      // A list with 等 after the head names things of a kind (危化品、老旧建筑、地下工程等); a
      // one-character part (稳增长、调结构、促|改革) is a verb, not a conjunct.
      // Amid a list, a conjunct much longer than the name's own words is an item of the list
      // (…、华强片区产业空间、|企业债券直通车机制); the first may carry what all share.
      const listed = /^[^，。；]{0,6}等/.test(text.slice(end)) || at - start < 2;
      // A system of responsibility is named one at a time (首问负责制和|行政执法责任制).
      // So is a strategy (东进战略和|中轴提升战略).
      // So is an inspection (中央巡视、|中央环保督察).
      // So is a renovation or an overhaul (城市更新和|棚户区改造: the first conjunct has its own head).
      const alone = SYSTEMS.test(head) || /^(战略|防控|督察|改造|革命)$/.test(head);
      for (
        let n = 0;
        n < 3 && !alone && isWordBoundary(sentence, start - 1) && !(listed && text[start - 1] === '、');
        n++
      ) {
        const over = overConjunct(
          text,
          start,
          (to) => (text[to] === '、' ? nameStart(sentence, to, 14, true) : nameStart(sentence, to, 10)),
          CONJUNCT_HEADS,
        );
        const inList = text[start - 1] === '、' && text[over - 1] === '、';
        if (over === start || (inList && start - 1 - over > at - start + 2)) break;
        start = over;
      }
      if (!alone) start = startOfListedName(sentence, start, at, head);
      if (start < 0) continue;
      // 以奖代补|考核机制, 以工代赈|试点: 以A代B is one word of the name, not the clause's 以.
      if (text[start - 1] === '以' && /^[\u4e00-\u9fff]代[\u4e00-\u9fff]/.test(text.slice(start))) start--;
      if (/(行动|机制|工程|战|试点)$/.test(head))
        start = overCampaignVerb(sentence, start, PROGRAM_VERBS, /(行动|战)$/.test(head));
      // 全市率先试点|…改革, 全市首创|…制度, 新开工|…工程: being first or new is the clause's claim.
      start +=
        /^(全[市省区国])?(率先|首创|新开工)(试点|开展|实施|推行|推进|探索|建立)?/.exec(text.slice(start, at))?.[0]
          .length ?? 0;
      // 重大疫情防控救治体系, …防控救治和应急物资保障体系: the control opens a system's name.
      if (head === '防控' && /^[^，。；、]{0,12}(体系|机制|制度|指挥)/.test(text.slice(end))) continue;
      if (head === '防控') {
        const disease = DISEASE.exec(text.slice(start, at))?.[0] ?? '';
        if (!disease || !isWordBoundary(sentence, at - disease.length)) continue;
        start = at - disease.length;
      }
      if (/^(学习教育|主题教育)$/.test(head) && /(思想|精神)$/.test(text.slice(start, at)))
        start -= STUDY_LEAD.exec(text.slice(Math.max(0, start - 6), start))?.[0].length ?? 0;
      const core = text.slice(start, at);
      if (head === '督察' && !INSPECTION.test(core)) continue;
      // 脱贫|攻坚战 is fought (打赢脱贫攻坚战); 治水提质|攻坚战, 一场|攻坚战 are cut or counted.
      if (/^(攻坚战|阻击战|歼灭战)$/.test(head) && core.length === 2 && !FIGHT_VERB.test(text.slice(0, start)))
        continue;
      if (widened && !namesCampaign(text, start, at - years)) continue;
      if (/^(战略|专项整治|专项斗争)$/.test(head) && !namesCampaignOf(core, head, text.slice(end))) continue;
      // 完成农房改造1500户: renovations counted in figures are the works of the paragraph's programme.
      if (head === '改造' && (!renovatesSettlement(core) || /^\d/.test(text.slice(end)))) continue;
      // 实现…“品质革命”: a revolution in quotes is a slogan unless the quoted rules name it.
      if (head === '革命' && (!overhaulsField(core) || /[“"]/.test(text[start - 1] ?? ''))) continue;
      if (
        core.length < (SHORT_CORE.test(head) ? 2 : 3) ||
        (SYSTEMS.test(head) && GENERIC_SYSTEM.test(core)) ||
        GENERIC_CORE.test(core) ||
        /^[的了着是和与及]/.test(core)
      )
        continue;
      if (actsWithoutObject(sentence, start, at)) continue;
      // 监督|方式和问责机制, 保障|标准与物价…机制: a first conjunct that is a manner or measure of
      // something left outside the name is cut from its object.
      if (/^(方式|方法|渠道|途径|程序|流程|手段|标准|形式|内容|范围|对象)[和与及、]/.test(core)) continue;
      // “先照后证”“多证合一”等|商事制度改革: after examples in quotes, a reform of its own name
      // is the one they belong to; after other lists (A、B等|改革) the head is a class.
      const exemplified = head === '改革' && core.length >= 4 && /[”"]等$/.test(text.slice(0, start));
      if (/^各|各项|各类|相关|有关|一系列|多项|这些|上述|等/.test(core) || (text[start - 1] === '等' && !exemplified))
        continue;
      // 实施一批|…工程, 等系列|…工程: a class of undertakings, none of them named.
      if (CLASS_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
      // 获评全国…创新试点地区, …工作先进单位: an honour's title; 以开放促进改革: a motto.
      if (HONOUR_BEFORE.test(clauseBefore(text, start)) || HONOUR_AFTER.test(text.slice(end))) continue;
      // 以重点的|突破带动改革: so is the clause that opens with 以 a few words before the name.
      if (/以[^，。；、]{0,6}$/.test(clauseBefore(text, start)) && /(促进|带动|推动|倒逼)/.test(core)) continue;
      // 中长期教育改革和发展规划纲要: the words of a document's title.
      if (/^和发展规划/.test(text.slice(end))) continue;
      // 形成市场主导的…机制, 构建责任明确、协调有序的…机制: a mechanism described by what it
      // should become is an aim of the clause.
      const aim = /(形成|构建)([^，。；]*)的$/.exec(clauseBefore(text, start));
      if (aim && /^(机制|制度)$/.test(head) && (aim[1] === '形成' || aim[2]?.includes('、'))) continue;
      // 与国际接轨的|民商事法律机制, 实行最严格的|…保护制度: after what describes it, a field and
      // its function (two words) name a kind of instrument, and the strictest one is an aim.
      if (
        /^(机制|制度)$/.test(head) &&
        text[start - 1] === '的' &&
        (describedKind(core) || /最严格?的$/.test(text.slice(0, start)))
      )
        continue;
      // 违法犯罪活动, 走私活动: what the government fights is no programme of its own.
      if (head === '活动' && OFFENCE.test(core)) continue;
      if (notUnquotedName(core, head)) continue;
      // 获评全市治污保洁工程“…”, 城市更新是空间拓展攻坚战: an award, or what a thing is called.
      const before = text.slice(Math.max(0, start - 5), start).replace(/[“"]$/, '');
      if (
        AWARD.test(before) ||
        NEGATION.test(before) ||
        (before.endsWith('是') && !/[一二三四五六七八九十]是$/.test(before))
      )
        continue;
      // 国资监管制度体系: a system of rules is named with its 体系.
      const system = /^(制度|机制)$/.test(head) && text.startsWith('体系', end) ? 2 : 0;
      const name = text.slice(start, end + system);
      found.push(mention(name, name, sentence.start + start, sentence, []));
    }
  }
  return found;
}

/** Program mentions of a document: each rule, then every other place a found name recurs. */
export function extractPrograms(sentences: Sentence[]): ProgramMention[] {
  const found: ProgramMention[] = [];
  for (const sentence of sentences) {
    const quoted = [...quotedPrograms(sentence), ...focusPrograms(sentence), ...quotedTitles(sentence)];
    const unquoted = longestSpans([
      ...unquotedPrograms(sentence),
      ...chiefSystems(sentence),
      ...annualWorks(sentence),
      ...dutyPrograms(sentence),
      ...aimBuildings(sentence),
      ...systemBuildings(sentence),
      ...regionalPrograms(sentence),
      ...createdTitles(sentence),
    ]).filter((u) => !quoted.some((q) => q.start < u.end && u.start < q.end));
    found.push(...inContext(sentence, [...quoted, ...unquoted]));
  }
  keepRecurringTitleTerms(found, sentences);
  mergeExtendedNames(found);
  mergeShortReforms(found);
  mergeModelCampaigns(found);
  const names = new Map<string, ProgramMention>();
  for (const m of found) {
    const core = m.surface.replace(/[“”"]/g, '');
    if (core.length >= 3 && !names.has(core)) names.set(core, m);
  }
  const seen = new Set(found.map((m) => `${m.start}:${m.key}`));
  if (names.size > 0) {
    const anyName = literalFinder([...names.keys()].sort((a, b) => b.length - a.length));
    const inSentence = groupBy(found, (m) => m.sentence);
    for (const sentence of sentences) {
      const here = inSentence.get(sentence.index) ?? [];
      for (const match of anyName(sentence.text)) {
        const first = names.get(match.name);
        if (!first) continue;
        const start = sentence.start + match.index;
        const covered = here.some((m) => m.start <= start && start < m.end);
        if (covered || seen.has(`${start}:${first.key}`)) continue;
        seen.add(`${start}:${first.key}`);
        found.push({
          ...first,
          surface: match.name,
          start,
          end: start + match.name.length,
          sentence: sentence.index,
          aliases: [],
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
