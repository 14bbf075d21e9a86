// What the words around a found program name say about it: a name that opens a body's name
// (…工程应用创新中心), one named as a problem (…机制不完善), an event or a prize (比武“…行动”
// 第一名), or a name read out of the object of 向 or 对标. Looks only at the words next to the
// name; it never reads a whole text.

import { ACTION_VERBS, LEFT_STOPS, PROGRAM_VERBS } from '../vocabulary.js';
import { notAProgram, oneSiteWorks, withoutPhase } from './program-kinds.js';
import { type ProgramMention, programKey } from './program-mention.js';
import { NOMINAL_VERBS, notUnquotedName } from './program-names.js';
import { CLAUSE_WORD, NOUNS, quotedQualifierStart } from './quoted-qualifier.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordAt, taggedWordEndingAt } from './tokens.js';

/** Last words of a body or a platform named after its work: 中心, 研究院, 实验室, 工作站. */
const BODY_END = /^(中心(?!城|区|任务|工作|环节)|研究院|研究所|实验室|创新院|工作站|服务站)/;
/** Words that end a body's name before a body's last word: no 的, 和, adverb or figure. */
const NOT_IN_BODY = new Set(['p', 'c', 'uj', 'ul', 'd', 'ad', 'm', 'r', 'x']);
/** 不完善, 有待健全, 仍较薄弱: what follows a name the text reports as a shortcoming. */
const PROBLEM_AFTER =
  /^(还|仍|尚|仍然|依然|相对|较为|比较)?(不够|不完善|不健全|不到位|不顺畅|不畅|不足|有待|亟待|亟需|薄弱|滞后|缺失|欠缺)/;
/** A rank or prize after a name: the name is an event's or a contest's (…行动”第一名). */
const PRIZE_AFTER = /^[”"]?(第[一二三四五六七八九十\d]+名|[一二三特]等奖|金奖|银奖|铜奖|冠军|亚军|季军)/;
/** A contest before a name: 比武“…”, 技能大赛…. */
const CONTEST_BEFORE = /(比武|比赛|竞赛|大赛|擂台赛|技能赛)$/;

/**
 * True when the name ends at `end` inside a body's name (工业互联网工程应用创新中心, …工程（技术）
 * 研究中心): a few nouns or verbs of its work, then 中心 or 研究院, with no clause word between.
 */
function opensBodyName(sentence: Sentence, end: number): boolean {
  const { text } = sentence;
  // Most names have no body's word after them: the words are not looked up for those.
  if (!/中心|研究|实验室|创新院|工作站|服务站/.test(text.slice(end, end + 14))) return false;
  let at = end;
  const gloss = /^（[\u4e00-\u9fff]{1,6}）/.exec(text.slice(at, at + 9));
  if (gloss) at += gloss[0].length;
  for (let n = 0; n < 4 && at - end <= 8; n++) {
    if (BODY_END.test(text.slice(at, at + 4))) return n > 0 || gloss !== null;
    const word = taggedWordAt(sentence, at);
    if (!word || NOT_IN_BODY.has(word.tag) || !/^[\u4e00-\u9fff]+$/.test(word.word)) return false;
    at += word.word.length;
  }
  return false;
}

/** Building named by scale, level or kind of place alone: 重点片区建设, 基层基础建设, 民生建设. */
export const GENERIC_BUILDING = /^(重大|重点|基层|基础|民生|战略|中心区|平台|项目|区域|片区|精)+建设$/;

/** Striving for a title (争创, 努力创建, 力争建成): what follows is a title to win. */
const STRIVE_BEFORE = /(争创|(努力|积极|力争|争取)(创建|创成|建成)|创建成为)[“"]?$/;
/** A place's title: 示范区, 均衡区, 模范城市, 平安校园. */
const PLACE_TITLE = /(区|城区|城市|县|镇|村|社区|街区|校园|之城)$/;
/**
 * A demonstration zone of a field that a level of government names, unquoted, perhaps with its
 * creation (全国…建设示范区, 省级…示范县创建): the campaign to be made one. A title of no level
 * (绿色家园示范区) is a place's aim.
 */
export const FIELD_DEMONSTRATION =
  /^(全国|国家|全省|全市|省级?|市级?|[\u4e00-\u9fff]{2,3}省).{2,}(示范区|示范县|示范市|示范城市|示范镇|先行区|试验区)(创建)?$/;
/** A title after a name created (创建“…”示范城市): the name is the title's. */
const TITLE_AFTER = /^[”"]?(示范|模范|先进)?(城市|城区|县|镇|社区|街道|学校|校园|单位)/;

/** A term a gloss line explains, up to its colon: 12.“双X”机制： or 四不两直（P5）：. */
const GLOSS_TERM = /^\s*(?:[[［]?\d{1,3}[\]］]?[.．、]?\s*)?[^，。；：:]{1,30}[：:]/;

/**
 * True when the mention is what a gloss line says its term is (…：四方联动的|产学合作机制。, …：
 * 一种|…制度): a description of the term, not a name.
 */
function describesTerm(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  if (/(一种|一套|一类|某种)[“"]?$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  const term = GLOSS_TERM.exec(text);
  if (!term || start < term[0].length || text[start - 1] !== '的') return false;
  return !/[，；。]/.test(text.slice(term[0].length, start)) && /^[”"]?[。；]?$/.test(text.slice(end).trim());
}

/**
 * A building started, finished or opened, perhaps by a date or as planned: 开工建设, 8月底前建成投入使用,
 * （宝安段）顺利开工, 完工, 封顶 (竣工 is left to a plan's works, 力争|…综合整治工程竣工, which may run over a
 * river basin, and 建成通水 to a water supply's).
 */
const COMPLETED_AFTER =
  /^(（[^）]{1,8}）)?(\d{1,2}月(底|中旬|下旬)?前|年内|年底前|如期|按期|顺利|正式|提前)?(建成投用|建成投入使用|建成运行|建成开放|投入使用|完工|主体完工|封顶|主体封顶|开工建设|开工(?!率)|动工)/;
/** A count of articles after a name: the name is a package of measures, a document (改革“20条”). */
const ARTICLES_AFTER = /^[“"]?(\d+|[一二三四五六七八九十]+)条/;
/** Verbs a body acts with (统筹协调, 研究部署): a mechanism that does them is the body it names. */
const BODY_ACTS = /^(统筹协调|统筹|协调|研究部署|部署|印发|发布|召开|指导|[和及][^，。；]{0,10}(决策部署|部署|要求))/;
/** The owner of a coordinating body named by its mechanism (国务院联防联控机制). */
const BODY_OWNER = /^(国务院|党中央|中央|省委|省政府|市委|市政府|区委|区政府)/;

/**
 * True when an item listed next to the works (潮汕机场扩建、|韶关机场军民合用工程, 中海油电厂升级改造、|
 * …工程（深圳段）等项目) is the works of one facility or site: works listed among those are a site's too.
 */
function listedAmongSites(sentence: Sentence, start: number, end: number): boolean {
  const { text } = sentence;
  const items: string[] = [];
  if (text[start - 1] === '、') items.push(text.slice(lastStop(text, start - 1) + 1, start - 1));
  if (text[end] === '、') items.push(text.slice(end + 1).split(/[，；。：、]/)[0] ?? '');
  return items.some((item) => oneSiteWorks(item.replace(/等.*$/, '')));
}

function lastStop(text: string, before: number): number {
  for (let at = before - 1; at >= 0; at--) if (/[，；。：、]/.test(text[at] ?? '')) return at;
  return -1;
}

/**
 * The end of a list of fields (…、基层社会治理等领域, 围绕道路交通、…等重点领域, …等产业集聚): what it
 * lists are fields of work or industries, and systems a field's reform is of (行政审批制度、住房制度
 * 等领域改革); a reform, pilot, campaign or strategy listed there is still one.
 */
const FIELDS_AFTER = /^[”"]?(、[^，。；：]*)?等[^，。；：、]{0,4}(领域|行业|产业)/;
const FIELD_KEPT = /(改革|试点|行动|战略)$/;

/** Verbs that draft or issue a document, perhaps with its carrying out (出台, 制定实施, 编制). */
const ISSUED_BEFORE = /(出台|制定|印发|编制|修订|起草|发布|颁布)(实施|并实施|落实)?$/;

/** A dash, then the site or its works: …工程—…片区工程建设, …试点——…变电站建成投产. */
const SITE_AFTER_DASH = /^[”"]?[—－]{1,2}[^，。；、]{0,18}?(工程|变电站|片区|[路街]（|大道)/;

/** Why the words around a mention say it names no programme, or null. */
export function outOfPlace(sentence: Sentence, mention: ProgramMention): string | null {
  const { text } = sentence;
  const start = mention.start - sentence.start;
  const end = mention.end - sentence.start;
  const after = text.slice(end, end + 8);
  if (PROBLEM_AFTER.test(after)) return 'named as a problem';
  // 准入、运行、|监管、退出制度: a list read from its middle is a fragment of the list's name.
  if (text[start - 1] === '、' && mention.name.includes('、')) return 'cut out of a list';
  // 专人负责、随时|响应、定期反馈工作制度: a list that opens after an adverb lists the clause's acts.
  if (mention.name.includes('、') && /^(d|ad)$/.test(taggedWordEndingAt(sentence, start)?.tag ?? ''))
    return 'a list of acts';
  if (GENERIC_BUILDING.test(mention.name)) return 'generic field';
  if (FIELDS_AFTER.test(text.slice(end)) && !FIELD_KEPT.test(mention.name)) return 'a field listed';
  // “灯塔工厂”开工建设, …二期开工建设: the start of building works is an event, not a programme.
  if (/(开工|动工)建设$/.test(mention.name)) return 'an event';
  if (describesTerm(sentence, start, end)) return 'a description of a term';
  // 努力创建“…优质均衡区”, 争创…示范城区, 创建“…”示范城市: a title a place strives for; a
  // demonstration zone of a field (创建…法治政府建设示范区) is the campaign to be made one.
  const striving = text.slice(Math.max(0, start - 6), start);
  const demonstration = FIELD_DEMONSTRATION.test(mention.name) && !/[“"]/.test(mention.surface);
  if (!demonstration && STRIVE_BEFORE.test(striving) && PLACE_TITLE.test(mention.name)) return 'a title to win';
  if (/(创建|争创)[“"]?$/.test(striving) && TITLE_AFTER.test(text.slice(end))) return 'a title to win';
  // 双拥模范区|创建, “志愿者城区”|创建, …时尚小镇|创建试点: the creating of a place's title is the title's.
  const created = /^(.+?)[”"]?创建(试点)?$/.exec(mention.name);
  if (!demonstration && created && PLACE_TITLE.test(created[1] ?? '')) return 'a title to win';
  // 对标全市营商环境改革“20条”, 出台科技计划管理改革22条: the reform's package of articles is a document.
  if (ARTICLES_AFTER.test(after)) return 'a package of articles';
  // 出台中小微企业服务行动计划, 编制…三年行动计划, 编制实施“六重”五年行动计划: a plan drafted or
  // issued is a document; quoted, only a plan of actions (出台“…人才计划” may name the scheme).
  const plan = /[“"]/.test(mention.surface) ? /行动计划$/ : /(计划|方案)$/;
  if (plan.test(mention.name) && ISSUED_BEFORE.test(text.slice(0, start))) return 'a document issued';
  // 在韶关和清远北部|试点|打造…: after 在 and a place, 试点 followed by a verb is the clause's verb.
  if (/试点$/.test(mention.name) && text[start - 1] === '在' && /^v/.test(taggedWordAt(sentence, end)?.tag ?? ''))
    return 'a place a pilot runs in';
  // 国务院联防联控机制统筹协调, 落实国务院联防联控机制和省委省政府决策部署: a body's mechanism that
  // acts or decides alongside other bodies is the body, an agency.
  if (/机制$/.test(mention.name) && BODY_OWNER.test(mention.name) && BODY_ACTS.test(text.slice(end, end + 16)))
    return 'a body acting';
  if (PRIZE_AFTER.test(after) || CONTEST_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return 'an event';
  if (opensBodyName(sentence, end)) return "a body's name";
  // 完成20处以上|交通综治工程, 新增完成1000个以上|…治理提升工程: unquoted works counted in figures
  // are a class of them.
  if (/\d[个处](以上|余|多)?$/.test(text.slice(Math.max(0, start - 5), start)) && /工程$/.test(mention.surface))
    return 'class of works';
  // 平湖辅城坳污水资源化利用工程|建成投用, 红坳村搬迁安置房工程|完工: unquoted works finished as a
  // building is are the works of one site (a programme is carried out, a water supply 建成通水).
  if (/(工程|项目)$/.test(mention.surface) && COMPLETED_AFTER.test(text.slice(end, end + 20)))
    return "one site's works";
  if (/(工程|项目)$/.test(mention.surface) && listedAmongSites(sentence, start, end)) return "one site's works";
  // 完成…路网完善工程—埔边南街…新建工程建设, “多站合一”智能化试点——思明变电站建成投产: a dash that
  // names the site or its works after the name (a row of a table of works) makes it one site's.
  if (SITE_AFTER_DASH.test(text.slice(end, end + 24))) return "one site's works";
  // 完成16座|水库除险加固工程: works counted in figures are a class of them.
  if (/\d[座条宗处]$/.test(text.slice(Math.max(0, start - 3), start)) && /工程$/.test(mention.name))
    return 'class of works';
  // 制定…规章制度26件: rules counted in figures are documents.
  if (/^\d+[件部项]/.test(after) && /制度$/.test(mention.name)) return 'documents counted';
  // 完成…入户工程317个: a count in figures after unquoted works counts works of a kind.
  if (/^\d+[个项处座宗条]/.test(after) && /(工程|项目)$/.test(mention.name) && !/[”"]$/.test(mention.surface))
    return 'class of works';
  // 重大事项向|省委请示报告制度, 向|国家部委申报…试点: a name read from the object of 向 starts
  // inside the clause; 对标 (one word the segmenter does not know) names a benchmark.
  const before = text[start - 1] === '向' ? taggedWordEndingAt(sentence, start) : undefined;
  if (before?.word === '向' && before.tag === 'p' && text[start] !== '“') return 'object of 向';
  if (text.slice(start - 1, start + 1) === '对标') return 'object of 对标';
  return null;
}

/** A campaign named by its count (八大示范行动, “六项”行动): a qualifier of its own goes first. */
const COUNTED_NAME = /^[“"]?[一二三四五六七八九十两]+(大|项(?=行动|工程|计划))/;
/** A level of government or its party committee or government, as one word (市, 区委, 省政府). */
const OWNER = /^(国务院|党中央|中央|[省市区县](委|政府)?)$/;
const NOT_QUALIFIER = new Set(['p', 'c', 'uj', 'ul', 'd', 'ad', 'm', 'r', 'x', 'q', 'f']);

/**
 * Start of the qualifier before a counted campaign (“双碳”建设|八大示范行动, 治安整治|“六大专项”
 * 行动, 文明城市创建|九大提升行动): nouns, quoted words and a verb right after a noun, back to
 * the clause's verb; `start` itself when there is none or the words run on past 12 characters.
 */
function qualifierStart(sentence: Sentence, start: number): number {
  const { text } = sentence;
  let at = start;
  while (start - at <= 12) {
    if (text[at - 1] === '”') {
      const open = text.lastIndexOf('“', at - 1);
      // “三大提升计划”“十大攻坚工程”: a quoted programme before is another package, not a qualifier.
      if (open < 0 || at - open > 8 || /(计划|工程|行动)”$/.test(text.slice(open, at))) return start;
      at = open;
      continue;
    }
    const word = taggedWordEndingAt(sentence, at);
    if (!word || !/^[\u4e00-\u9fff]+$/.test(word.word)) break;
    if (CLAUSE_WORD.test(word.word) || PROGRAM_VERBS.test(word.word)) break;
    // 对接市|创新战略“十大专项行动计划”, 落实区委|作风提升“十大行动”: the body or level that owns the
    // package is not of its name.
    if (OWNER.test(word.word)) break;
    // 全面完成|街道“十大工程”: a verb with its manner, read as one phrase, is the clause's.
    if (word.tag === 'l' && ACTION_VERBS.test(word.word)) break;
    // 三个领域|“十大”攻坚行动, 各街道|“十大工程”, 3-4个市|“十大行动计划”项目: after a count or 各
    // the words name a class.
    if (/^(m|q|r)$/.test(word.tag) || /^(等|各|个)/.test(word.word)) return start;
    // 人才强省建设“五大工程”, 绿美广东生态建设“六大行动”: a word the tagger does not know (强省, 绿美)
    // runs on the name like a noun.
    if (word.tag !== 'x' && (NOT_QUALIFIER.has(word.tag) || word.tag.startsWith('u'))) break;
    if (word.tag === 'v' || word.tag === 'vd') {
      const before = taggedWordEndingAt(sentence, at - word.word.length);
      // 开展…等创新|发展“五大行动”: a verb after no noun may open the name or end the clause's
      // object; where the name opens is unsure.
      // 经济社会发展提质|增效“七大计划”: a word the tagger does not know before the verb is a noun of
      // the name as well.
      // 实施|推动经济社会高质量发展“七大计划”: right after the verb that runs the package, a verb
      // opens its name.
      if (before !== undefined && PROGRAM_VERBS.exec(before.word)?.[0] === before.word && word.word.length === 2) {
        at -= word.word.length;
        break;
      }
      const noun =
        before !== undefined &&
        (NOUNS.test(before.tag) || (before.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(before.word)));
      if (!noun && text[at - word.word.length - 1] !== '”') return start;
    }
    at -= word.word.length;
  }
  // 污染防治、…“三大攻坚战”: the last of the fields listed is not the package's own.
  if (start - at > 12 || text[at - 1] === '、') return start;
  // 实施好|高质量发展“七大计划”, 落实好市|…: 好 completes the clause's verb, and the level after it
  // owns the package; neither is of its name.
  return at + (/^好[省市区县]?/.exec(text.slice(at, start))?.[0].length ?? 0);
}

/**
 * Start of an unquoted name over a noun and its verb right before it (多点触发|监测预警机制,
 * 区域协调|发展战略机制): the verb is no clause's when a noun opens the object before it.
 */
function subjectVerbStart(sentence: Sentence, start: number): number {
  const verb = taggedWordEndingAt(sentence, start);
  if (verb?.tag !== 'v' || verb.word.length !== 2 || PROGRAM_VERBS.test(verb.word)) return start;
  const clauseVerb = ACTION_VERBS.exec(verb.word)?.[0] === verb.word || LEFT_STOPS.includes(verb.word);
  if (clauseVerb && !NOMINAL_VERBS.test(verb.word)) return start;
  const noun = taggedWordEndingAt(sentence, start - 2);
  if (!noun || !/^(n|m|nz|j)$/.test(noun.tag) || !/^[\u4e00-\u9fff]{2,4}$/.test(noun.word)) return start;
  // 全面|推开, 全力|争取: an adverb the tagger reads as a noun.
  if (CLAUSE_WORD.test(noun.word) || /^(全[面力部体市省区])$/.test(noun.word)) return start;
  // The noun opens the object: the clause's verb or a stop stands before it.
  const before = taggedWordEndingAt(sentence, start - 2 - noun.word.length);
  const opens = !before || before.tag === 'x' || PROGRAM_VERBS.test(before.word) || ACTION_VERBS.test(before.word);
  return opens ? start - 2 - noun.word.length : start;
}

/** Verbs a rule is carried out or issued with, inside a system's name (重大政策落实|督查问责机制). */
const CARRIED_OUT = /^(落实|出台|实施|执行)$/;
const OBJECT_WORDS = /^(n|nz|nt|vn|j|a|l)$/;

/**
 * Start of a system's name over what it is carried out on (建立|重大政策落实|督查问责机制, 健全|重大
 * 决策出台|前向人大报告制度, 建立|规范性文件实施|效果评估制度): a verb of carrying out that stands
 * after nouns right after the clause's verb is the name's, not the clause's; `start` otherwise.
 */
function carriedOutStart(sentence: Sentence, start: number, name: string): number {
  const verb = taggedWordEndingAt(sentence, start);
  if (!/(制度|机制)$/.test(name) || !verb || !CARRIED_OUT.test(verb.word)) return start;
  let at = start - verb.word.length;
  for (let n = 0; n < 4 && start - at <= 10; n++) {
    const word = taggedWordEndingAt(sentence, at);
    if (!word || !/^[\u4e00-\u9fff]+$/.test(word.word)) break;
    // The clause's verb before the object: the name opens right after it.
    if (n > 0 && (PROGRAM_VERBS.exec(word.word)?.[0] === word.word || ACTION_VERBS.exec(word.word)?.[0] === word.word))
      return at;
    if (!OBJECT_WORDS.test(word.tag) || CLAUSE_WORD.test(word.word)) return start;
    at -= word.word.length;
  }
  return start;
}

/**
 * A mention with the qualifier before it in its name: a counted campaign's, a quoted name's, a
 * noun and its verb. A quoted name keeps its key, so that it is one programme with the quote alone.
 */
function withQualifier(sentence: Sentence, mention: ProgramMention): ProgramMention {
  const start = mention.start - sentence.start;
  const counted = COUNTED_NAME.test(mention.surface);
  const quoted = /^[“"]/.test(mention.surface);
  // “十四五”规划: a plan's owner is the report's place, and a five-year plan is named by its period.
  if (quoted && !counted && !/规划(纲要)?$/.test(mention.name))
    return withQuotedQualifier(
      sentence,
      mention,
      Math.min(quotedQualifierStart(sentence, start), campaignVerbStart(sentence, start, mention.name)),
    );
  if (!counted && mention.surface !== mention.name) return mention;
  const from = counted
    ? qualifierStart(sentence, start)
    : Math.min(subjectVerbStart(sentence, start), carriedOutStart(sentence, start, mention.name));
  if (from === start) return mention;
  const surface = sentence.text.slice(from, mention.end - sentence.start);
  const name = surface.replace(/[“”"]/g, '');
  const aliases = mention.aliases.filter((a) => a.length > 4);
  return { ...mention, key: programKey(name), name, surface, start: sentence.start + from, aliases };
}

/** Verbs a campaign against something is named with, and the manner of running it (联合整治). */
const CAMPAIGN_VERB = /^(联合|集中)?(整治|打击|清理|整顿|清查)$/;

/**
 * Start of a quoted campaign's name over the verb it is named with (开展|联合整治“保健”市场乱象百日
 * 行动): right after the clause's running verb, the verb against its object is the campaign's own.
 */
function campaignVerbStart(sentence: Sentence, start: number, name: string): number {
  if (!/(行动|攻坚战)$/.test(name)) return start;
  let at = start;
  for (let n = 0; n < 2; n++) {
    const word = taggedWordEndingAt(sentence, at);
    if (!word || !CAMPAIGN_VERB.test(sentence.text.slice(at - word.word.length, start))) break;
    at -= word.word.length;
  }
  const run = taggedWordEndingAt(sentence, at);
  return at < start && run !== undefined && PROGRAM_VERBS.exec(run.word)?.[0] === run.word ? at : start;
}

/** The quoted mention with the words from `from` before it in its name, under its own key. */
function withQuotedQualifier(sentence: Sentence, mention: ProgramMention, from: number): ProgramMention {
  const start = mention.start - sentence.start;
  if (from === start) return mention;
  const qualifier = sentence.text.slice(from, start);
  const surface = `${qualifier}${mention.surface}`;
  const aliases = [...new Set([mention.name, ...mention.aliases])];
  return { ...mention, name: `${qualifier}${mention.name}`, surface, start: sentence.start + from, aliases };
}

/**
 * Two undertakings joined: A建设和B工程, A政策和B制度, A先行工作和B试点, A备案要求和B制度, A体制和B体制改革,
 * A综合改革试验和B改革试点 (not
 * A建设与B融合机制, A制度及其…).
 */
const JOINED = /^(.+?(?:建设|改革|制度|体制|工程|行动|试点|试验|政策|工作|要求))[和与及](?!其)(.{4,})$/;

/** The second of two undertakings a name joins (…示范区建设和|…机制改革), or the mention itself. */
function lastOfJoined(sentence: Sentence, mention: ProgramMention): ProgramMention {
  const joined = mention.surface === mention.name ? JOINED.exec(mention.name) : null;
  if (!joined || /(融合|衔接|联动|结合|协同)[^和与及]*$/.test(mention.name)) return mention;
  // 重点工作及|时通报制度: a 及 inside a word (及时) joins nothing.
  if (!isWordBoundary(sentence, mention.start - sentence.start + (joined[1]?.length ?? 0) + 1)) return mention;
  const name = joined[2] ?? '';
  // …政策和|长效管理机制: a second part that names no mechanism of its own is the first's.
  const head = /(改革|机制|制度|试点|工程|行动)$/.exec(name)?.[0] ?? '';
  if (notUnquotedName(name.slice(0, name.length - head.length), head)) return mention;
  const start = mention.end - name.length;
  return { ...mention, key: programKey(name), name, surface: name, start, aliases: [] };
}

/** A phase of works folded into its programme: 供水入户五期工程 is a part of 供水入户工程. */
function phaseFolded(mention: ProgramMention): ProgramMention {
  const name = withoutPhase(mention.name);
  return name === mention.name ? mention : { ...mention, key: programKey(name), name, aliases: [] };
}

/**
 * A name without the round it is in (新一轮|供给侧结构性改革): 新一轮 says the programme is run
 * again, not which; null when nothing of a name is left (新一轮|改革).
 */
function withoutRound(mention: ProgramMention): ProgramMention | null {
  const round = /^(新一轮|又一轮|新一批)/.exec(mention.surface)?.[0];
  if (!round) return mention;
  const surface = mention.surface.slice(round.length);
  const name = mention.name.startsWith(round) ? mention.name.slice(round.length) : mention.name;
  if (name.replace(/[“”"]/g, '').length < 5) return null;
  return { ...mention, key: programKey(name), name, surface, start: mention.start + round.length, aliases: [] };
}

/** The mentions of a sentence the words around them keep, each with its full qualifier. */
export function inContext(sentence: Sentence, mentions: ProgramMention[]): ProgramMention[] {
  const kept = mentions.filter((m) => !outOfPlace(sentence, m));
  const named = kept.map((m) => withQualifier(sentence, lastOfJoined(sentence, m)));
  // “无废”建设|六大提升行动: a quoted qualifier is no programme of its own once in the name.
  const grown = named.filter((m, i) => m !== kept[i]);
  const whole = named.filter((m) => !grown.some((g) => g !== m && g.start <= m.start && m.end <= g.end));
  // The whole name is judged once its qualifier is in it: 交通整治“五大专项”行动 names one.
  return whole
    .map(withoutRound)
    .filter((m): m is ProgramMention => m !== null && !notAProgram(m.name, /[“"]/.test(m.surface)))
    .map(phaseFolded);
}
