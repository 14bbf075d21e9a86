// Quoted program names: “…” marked as a named undertaking by a head after it (“放管服”改革,
// “1+6+31+N”群众诉求服务平台 is a platform, not one), by a head of its own (“法治建设年”), or
// by a verb that runs it (推行“最多跑一次”). Slogans, codes, honours, brands and places in
// quotes name no programme.

import nodejieba from 'nodejieba';
import { matchesOf } from '../text-utils.js';
import { PROGRAM_HEADS } from '../vocabulary.js';
import { namesPackage } from './program-kinds.js';
import { type ProgramMention, programKey, programMention } from './program-mention.js';
import { AWARD, NEGATION, OFFENCE } from './program-names.js';
import { quotedQualifierStart } from './quoted-qualifier.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordAt } from './tokens.js';

/** Verbs that start or run a programme named in quotes after them (开展“…”, 推行“…”). */
const QUOTE_VERBS =
  /(开展|实施|推行|推进|深化|落实|建立|构建|启动|开设|推广|探索|开通|完善|健全|深入推进|持续推进|持续开展|全面推行|全面实施|全面推进|组织开展|扎实开展|扎实推进|积极推进|大力推进|实行|创建|争创)$/;
const QUOTE_RUN = /(?:[“"][^“”"\n]{2,25}[”"]、?)+/g;
const QUOTE = /[“"]([^“”"\n]{2,25})[”"]/g;
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;
/** Heads after a quote that make it a programme; 品牌, 平台 name brands and platforms. */
const QUOTED_HEADS = [
  ...PROGRAM_HEADS.filter((h) => !['品牌', '平台'].includes(h)),
  '建设',
  '整治',
  '工作',
  '监管',
  '政策',
  // “2468”总体工作思路: a line of work numbered by its parts (a code only; see below).
  '工作思路',
  '发展思路',
  // “336”发展战略, “45797”工作任务: a strategy or a set of tasks numbered by its parts (a code only).
  '发展战略',
  '工作任务',
  // “2+3+7”工作部署, “2416”具体部署, “一体两翼三支撑”战略框架, “7090”攻坚任务: a deployment, a
  // framework or a set of tasks a committee numbers by its parts (a code or a count only; see below).
  '工作部署',
  '具体部署',
  '总体部署',
  '战略部署',
  '工作安排',
  '战略框架',
  '攻坚任务',
  // “三外协同”组合拳, “四稳”“四保”组合拳: a package of measures dealt together under its name.
  '组合拳',
  // “八五”普法: the publicity of law of a five-year period is a campaign of its own.
  '普法',
  // “学习贯彻…推进法治政府建设”专题培训班: a course of study a government runs under a name.
  '专题培训班',
  '培训班',
  '研讨班',
  '读书班',
];
/** Heads of a deployment, a framework or a set of tasks numbered by its parts (“2416”具体部署). */
const DEPLOYMENT = /^(工作部署|具体部署|总体部署|战略部署|工作安排|战略框架|攻坚任务)$/;
/** Heads that are also verbs or the first word of a noun: 服务, 管理, 监管. */
const WEAK_HEADS = /^(服务|管理|监管)$/;
/** 体系 heads a system of rules or services (“1+5”行政执法制度体系), not of industries or places. */
const SYSTEM_OF = /(制度|政策|服务|治理|工作|管理|执法|监管|责任|预案|指挥|监督|考核|保障)$/;
/**
 * A quoted name that is a programme by its own last word (“法治建设年”, “孔雀计划”, “一网通办”,
 * “交通大会战”, “秋冬攻势”, a policy made per unit “一企一策”), a
 * system named with 制 (“河长制”, “街区制”, “首办负责制”) among them; a state's principle (“一国两制”),
 * a kind of rule (体制, 编制, 法制) or a verb ending in 制 (控制, 定制) is none.
 */
const OWN_HEAD =
  /(行动|工程|计划|改革|攻坚战|保卫战|会战|攻势|一[\u4e00-\u9fff]一策|整治|试点|创建|规划|机制|制度|模式|工作法|建设年|提升年|攻坚年|突破年|落实年|[\u4e00-\u9fff]{2}[^周百千万十\d少青老童成]年|一次|一件事|一网通|办理|办|活动|[\u4e00-\u9fff](?<![体建定订两机编控限管抑研克压节强专法税学])制)$/;
/** Places, facilities, platforms, apps and titles: 示范区, 中心, APP, 系统, 单位 … */
const THING =
  /(周|节|论坛|大会|博览会|展|大赛|赛|区|城|湾区|城区|城市|中心|平台|系统|APP|App|app|单位|集体|先进|品牌|名片|地标|园|馆|港|谷|基地|大厦|广场|公园|号|圈层|高地|之城|之都|标杆|样板|窗口|标准|经验|大脑|中枢|底座|驾驶舱|一张图|专区|专栏|驿站|门户|通道|设施|室)$/;
/** What is built, not run: 总部大厦建设, 发展走廊建设, 一河六圈三带建设. */
const BUILDING =
  /(队伍|设施|点|大厦|医院|学校|中学|小学|幼儿园|走廊|廊道|园|楼|馆|堂|站|路|桥|隧道|带|圈|片区|中心|基地)$/;
/** True when what a name says is built (…大厦建设, 国际生物谷建设) is a thing, not an undertaking. */
export function isBuiltThing(object: string): boolean {
  return BUILDING.test(object) || /(谷|港|湾区|广场|公园|大道)$/.test(object);
}

/** What a slogan in quotes is of: 落实“四个不摘”要求, 以“经营城市”理念. */
const IDEAS =
  /^(?!战略(部署|框架))(评选|评比|系列|要求|理念|精神|思想|战略|目标|思路|格局|标准|方针|口号|称号|荣誉|重要论述|总要求)/;
/** A count opening a slogan (“四个不摘”, “一河四走廊”, “三强化三覆盖”): a name only with its head. */
const COUNTED =
  /^[一二三四五六七八九十两双百千万]+(?:[个大张项条类化]|[^一二三四五六七八九十]{1,3}[一二三四五六七八九十两双])/;
/** Verbs that open a task said in quotes, whose object is the programme (“深化…改革”). */
const TASK_VERB =
  /^(深化|推进|推动|完善|加快|加强|健全|开展|实施|落实|建立|构建|打造|提升|优化|坚持|全面|持续|深入|扎实|大力)/;
/** A code of figures and signs (“1+6+4”, “12.20”, “5+1+N”): a name only with its head. */
const CODE = /^[\p{N}A-Za-z+＋.．·\-—－×%％\s]+$/u;
/**
 * Heads a run of quoted names shares, each name taking it (“A”“B”计划 is A计划 and B计划); 建设 is
 * not one: “A”“B”建设 may build places (“湾区东大门”“西部门户”建设).
 */
const RUN_HEAD = /^(专项行动|行动计划|行动|工程|计划|改革|机制|制度|试点|活动)$/;
const SHARED_HEAD = /^等?(专项执法行动|专项行动|专项整治|系列活动|活动|行动|工程|计划|改革)(?!品牌)/;

/**
 * A count of the parts of one series after its quoted name (“学理论、悟思想、见行动”八个方面系列活动):
 * the quote names the series, however many parts it has.
 */
const SERIES_AFTER = /^[一二三四五六七八九十]+(个方面|个|项|大)系列(活动|行动)/;

/** Two words joined by + (互联网+政务服务, 网格+创城): a means and the work it serves. */
const JOINED_MODEL = /^[\u4e00-\u9fff]{2,6}[+＋][\u4e00-\u9fff]{2,8}$/;

/**
 * True for two to four parts that each open with who or where (a noun) and end with what is done
 * (a verb): 前台受理、后台分类审核, 企业吹哨、部门报到; slogans open with their verb (学理论、悟思想)
 * or end in a quality or a place (罗湖更美丽, 工作在广东).
 */
function procedureParts(core: string): boolean {
  const parts = core.split('、');
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.every((part) => {
    const words = nodejieba.tag(part);
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || words.length < 2 || part.length < 4) return false;
    const doer = /^(n|nz|s|j|vn)$/.test(first.tag) && first.word.length >= 2;
    return doer && (last.tag === 'v' || (last.tag === 'x' && last.word.length === 2));
  });
}

/** A service window after its quoted name (“办不成事”反映窗口, “跨省通办”专窗). */
const WINDOW = /^(反映|服务|受理|综合受理|帮办|代办|办事)?(窗口|专窗)/;
/** Verbs that set a window up, in the clause before its name. */
const WINDOW_SET_UP = /(设立|开设|设置|开通|建立|推行)/;

/** How far a programme reached, said right after its name (“三项制度”全覆盖, …监管全面覆盖). */
const REACH = /^(全覆盖|全面覆盖|全落地|全面落地)/;

/** “七进”, “八进”: a count and 进, into so many kinds of places (机关, 乡村, 社区, 学校…). */
const SPREAD = /^[一二三四五六七八九十]+进$/;

/** A service model named by how a matter is handled (“跨省通办”, “一件事一次办”, “秒批”). */
const SERVICE_MODEL = /^[^“”"、]{2,12}(通办|一次|一件事|一网通|办理|办|秒批)$/;
/** A count and one character abbreviating several things (双区, 两区, 三城). */
const ABBREVIATED = /^[一二两三四五六七八九十双]{1,2}[\u4e00-\u9fff]$/;
/** Hubs of functions counted (“五个中心”, “两个高地”): what a city is built into, not facilities. */
const COUNTED_HUBS = /^[一二两三四五六七八九十]+个(中心|高地|枢纽)$/;

/**
 * Verbs in the clause before a quoted strategy that carry it out or take it as the clause's aim
 * (实施“文化+”战略, 落实“双区驱动”战略, 聚焦省委提出的“…”战略).
 */
const STRATEGY_VERBS = /(实施|落实|贯彻|推进|践行|聚焦|围绕|融入|坚持)/;

/**
 * True when a strategy is named by the quote ending at `end`: 战略 follows and ends the phrase
 * (“四个全面”战略布局, “两区四高地”战略目标 are a layout and an aim), and a
 * verb of the clause before the quote carries it out. A code of figures (“3815”战略) or a
 * slogan-like phrase (“大孵化器”战略, “走出去”战略) is the strategy's own name.
 */
function namesStrategy(sentence: Sentence, start: number, end: number): boolean {
  // 战略示范工程, 战略组合: a word after 战略 makes it a qualifier of what that word names.
  if (!/^战略([^\u4e00-\u9fff]|[和与及]|$)/.test(sentence.text.slice(end, end + 3))) return false;
  return STRATEGY_VERBS.test(clauseBefore(sentence.text, start));
}

/**
 * A package of batches counted (“四个一批”: sign, start, finish and plan a batch of projects each;
 * “五个一批” of poverty relief): one programme of work however it is counted, and whatever noun
 * after it says what it is (…路径, …项目管理, …措施).
 */
const BATCHES = /^[一二两三四五六七八九十]个一批$/;

/**
 * A loan a government offers under a name (“税银贷”, “信易贷”, “园区贷”): a programme of finance
 * where the clause before it offers, grants or widens it; a loan that is a fraud (打掉“套路贷”…,
 * 变相校园贷、“套路贷”) is fought, not run.
 */
const LOAN = /^[^、\s]{1,6}贷$/;
const LOAN_OFFERED = /(推出|推广|设立|办理|发放|开展|丰富|拓展|扩展|扩大|上线|用好|落实|实施|创新|首创|试点)/;
const LOAN_FOUGHT = /(打掉|打击|整治|防范|查处|治理|取缔|校园贷|犯罪)/;

/** Verbs of an honour: what follows them in the clause is its title (获评全国…试点地区). */
export const HONOUR_BEFORE = /(获评|荣获|评为|授予|命名为|跻身)[^，。；：“”]{0,12}$/;
/** 工作先进单位, 表现突出单位: a work named before these is an honour's field. */
export const HONOUR_AFTER = /^(工作)?(表现突出|先进|优秀|突出贡献)?(单位|集体|个人|称号)/;

/** The clause before offset `at`: back to the last comma, full stop or colon. */
export function clauseBefore(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf('：', at - 1), text.lastIndexOf('；', at - 1));
  return text.slice(from + 1, at);
}

function headAfter(sentence: Sentence, from: number): string | null {
  const { text } = sentence;
  const rest = text.slice(from, from + 12);
  const stop = rest.search(/[，。；：、“”《》,;:的之等]/);
  const window = stop < 0 ? rest : rest.slice(0, stop);
  const candidates: string[] = [];
  for (const head of QUOTED_HEADS) {
    const at = window.indexOf(head);
    if (at < 0 || at > 8) continue;
    const candidate = window.slice(0, at + head.length);
    // 挑战, 青年, 工程建设项目, 连续4年: a head inside a word or after a figure heads nothing.
    if (!isWordBoundary(sentence, from + candidate.length)) continue;
    if (head.length === 1 && !isWordBoundary(sentence, from + at)) continue;
    // “17+2”战|新产业: a one-character head ends a name only where the clause goes on with a verb,
    // a particle or a joiner, or stops.
    // So does a head that is also a verb or a noun's first word (“…”企业服务|小程序, “…”服务|专班).
    if ((head.length === 1 || WEAK_HEADS.test(head)) && !clauseGoesOn(sentence, from + candidate.length)) continue;
    if (/[\d０-９]$/.test(window.slice(0, at))) continue;
    if (head === '体系' && at > 0 && !SYSTEM_OF.test(window.slice(0, at))) continue;
    // “十三五”时期新区管委会工作: 工作 heads a name only right after the work it names.
    if (head === '工作' && at > 4) continue;
    // “两新”政策, “双减”政策: a policy is named by the quote right before it; “…”产业扶持政策 is
    // the policy of a field the quote qualifies.
    // “1+N+S”政策|操作规程: the clause goes on after the policy, or the policy qualifies a noun.
    if (head === '政策' && (at > 0 || !clauseGoesOn(sentence, from + 2))) continue;
    // “5个100%”成为政务服务, “光明荟”累计接待服务: a verb between the quote and the head ends the name.
    if (at > 0 && clauseWordBetween(sentence, from, from + at)) continue;
    candidates.push(candidate);
  }
  // The nearest head that ends the noun phrase ends the name: “1+2”工作|要求 heads nothing.
  candidates.sort((a, b) => a.length - b.length);
  // “2+6+6”工作|安排: a deployment's head is read whole, though its first word heads names too.
  const deployment = candidates.find((c) => DEPLOYMENT.test(c) && !nounFollows(sentence, from + c.length));
  return deployment ?? candidates.find((c) => !nounFollows(sentence, from + c.length)) ?? null;
}

/** True when the clause stops at `at` or goes on with a verb, an adverb, a preposition, a particle or a joiner. */
function clauseGoesOn(sentence: Sentence, at: number): boolean {
  if (REACH.test(sentence.text.slice(at))) return true;
  const word = taggedWordAt(sentence, at);
  return !word || !/^[\u4e00-\u9fff]/.test(word.word) || /^(v|vd|d|ad|p|u[a-z]*|c)$/.test(word.tag);
}

/** “…”三年行动, “…”建设五年计划, “…”百日行动: the time a campaign runs is a part of its name. */
function yearsOfAction(sentence: Sentence, at: number): number {
  return /^([一二三四五六七八九十两]+年|百日)(?=行动|计划|攻坚)/.exec(sentence.text.slice(at, at + 8))?.[0].length ?? 0;
}

/** True when a noun goes on after offset `at`, so what ends there is no name's end. */
function nounFollows(sentence: Sentence, at: number): boolean {
  const word = taggedWordAt(sentence, at);
  // 清单 alone is tagged an adjective: “…”服务|清单 names a list, “…”工作|总基调 a tone.
  const listed =
    /^(清单|名录|名单|总基调|基调|主基调)/.test(sentence.text.slice(at, at + 3)) || yearsOfAction(sentence, at) > 0;
  const noun = /^n/.test(word?.tag ?? '') || ['vn', 'q'].includes(word?.tag ?? '') || listed;
  return !!word && /^[\u4e00-\u9fff]/.test(word.word) && noun;
}

const CLAUSE_TAGS = new Set(['v', 'vd', 'd', 'ad', 'p', 'c', 'r', 'uj', 'ul', 'uz', 'ug', 'm']);
const LINK_TAGS = new Set(['p', 'c', 'r', 'uj', 'ul', 'uz', 'ug']);
/** Verbs that say what a thing does or reached, never a word of a programme's name. */
const PREDICATES =
  /^(指|是指|成为|累计|提高|实现|取得|获得|达到|形成|推动|带动|助力|提供|覆盖|打造|建成|入选|荣获|获评|接待|惠及|吸引|走进|走出|走向|落地|开展|实施|实行|推进|进行|落实|落到|做好|做到|纳入|列入|评选|评比|时期|期间|以来|作为|加快)$/;

/**
 * True when the words between a quote and a head read as a clause (“光明荟”累计接待服务,
 * “5个100%”成为政务服务), not as the rest of a name (“四个一”应急响应机制).
 */
function clauseWordBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let at = from + yearsOfAction(sentence, from); at < to; ) {
    const word = taggedWordAt(sentence, at);
    if (!word || at + word.word.length > to) return false;
    if (LINK_TAGS.has(word.tag) || PREDICATES.test(word.word)) return true;
    if (at === from && ['d', 'ad', 'm'].includes(word.tag)) return true;
    at += word.word.length;
  }
  return false;
}

/** True when `after` opens with 等 and a kind of thing (等特色公交线, 等名优产品), not of programme. */
function kindAfter(after: string): boolean {
  const kind = /^等([^，。；、“”]{1,12})(?=[，。；、]|$)/.exec(after)?.[1];
  return kind !== undefined && (THING.test(kind) || /(线|线路|产品)$/.test(kind));
}

/** True when the whole text is one idiom (成语 or set phrase) to the tagger. */
function isIdiom(core: string): boolean {
  const words = nodejieba.tag(core);
  return words.length === 1 && (words[0]?.tag === 'i' || words[0]?.tag === 'l');
}

/**
 * True when the quote modifies the noun after it (落实“过紧日子”要求, 开通“追光巴士”线路,
 * “1+4+5”产业扶持政策): the programme, if any, is that noun's, and no head names it.
 */
function modifiesNoun(sentence: Sentence, end: number): boolean {
  const next = sentence.text[end] ?? '';
  if (REACH.test(sentence.text.slice(end))) return false;
  if (!/[\u4e00-\u9fffA-Za-z]/.test(next) || /[等和与及、]/.test(next)) return false;
  if (IDEAS.test(sentence.text.slice(end))) return true;
  const word = taggedWordAt(sentence, end);
  return !word || !CLAUSE_TAGS.has(word.tag);
}

/** Why a quoted core is no programme's name by itself, or null. */
export function notQuotedName(core: string): string | null {
  if (CODE.test(core) || (core.match(/[\u4e00-\u9fff]/g) ?? []).length < 2) return 'code';
  // “谁执法谁普法”, “住有宜居”, “开门搞改革”: a principle, an aim or a motto is no programme.
  if (/^谁.+谁/.test(core) || /^[\u4e00-\u9fff]有[\u4e00-\u9fff]{2}$/.test(core)) return 'slogan';
  if (/[搞抓促谋]改革$/.test(core)) return 'slogan';
  // “试点”向“示范”升级: a head alone names no programme.
  if (/^(试点|示范|工程|行动|计划|改革|机制|制度|模式|活动|大?会战|攻势|攻坚战)$/.test(core)) return 'bare head';
  if (COUNTED.test(core) && !OWN_HEAD.test(core)) return 'counted slogan';
  // “三年行动计划”: a plan named by its length alone names no plan.
  if (/^[一二三四五六七八九十两\d]+年(行动)?(计划|行动|规划|方案)$/.test(core)) return 'generic plan';
  // “海事18条”: a numbered set of policies is a document.
  if (/[\d一二三四五六七八九十]条$/.test(core)) return 'a document';
  // “一场攻坚战”: one of a kind, counted, names none.
  if (/^一场/.test(core)) return 'a count';
  // “十大产业”, “五大突破”: a count of aims is none of them; “三大攻坚战”, “九大工程” name a package.
  if (/^[一二三四五六七八九十百千]+大[\u4e00-\u9fff]{2,4}$/.test(core) && !namesPackage(core)) return 'a count';
  // “完善企业服务体系”, “深化国际船舶登记制度改革”: a clause in quotes is a task.
  if (TASK_VERB.test(core)) return 'a task';
  // “快、准、狠”, “居住在港澳、工作在广东”, “活力广东·时尚湾区”: a run of slogans.
  // “马上办、网上办、就近办”: a run of service models is one.
  const parts = core.split(/[、·•\s+＋\-－—]/);
  if (parts.length > 1 && !parts.every((part) => OWN_HEAD.test(part))) return 'slogan list';
  if (THING.test(core) && !OWN_HEAD.test(core)) return 'place, facility or title';
  return null;
}

/** Verbs that carry out a policy named by its count right before it (做好“四稳”, 抓好“双推进”). */
const COUNTED_POLICY_VERB = /(做好|抓好|落实|推进|实施|深化|推行)$/;
/**
 * A policy abbreviated by counts and the first character of each part (“四稳”, “双推进”, “两降一提”,
 * “一窗两办”): a count opens it, each count followed by one or two characters of what it counts;
 * “四个X” counts ideas or duties (“两个坚持”), not parts of a policy.
 */
const COUNTED_POLICY = /^(?:[一二两三四五六七八九十双多][^一二两三四五六七八九十双多个、\s]{1,2}){1,4}$/;
/** Last characters of counted places, lines, documents and idioms of places: “三区三线”, “两规划两指引”. */
const COUNTED_NOT_POLICY = /[区线带城园心廊轴核镇村则引划书纲馆库图港湾岛]$/;

/**
 * True for a run of quoted counted policies that a verb right before it carries out, alone in its
 * clause (抓好“双推进”，…, 做好“四稳”“四保”，…) or as a task (落实“四保”任务): the abbreviation
 * is the policy's name; one only put into practice (落实“四早”，…) may be a rule of conduct. A layout of places or lines (落实“三区三线”), documents counted (“两规划
 * 两指引”) and a slogan of ideas (“四个意识”) are none; nor is an idiom.
 */
function runsCountedPolicy(quotes: readonly RegExpMatchArray[], before: string, after: string): boolean {
  if (!COUNTED_POLICY_VERB.test(before)) return false;
  const cores = quotes.map((q) => (q[1] ?? '').trim());
  const abbreviated = cores.every((core) => ABBREVIATED.test(core));
  // 落实“四早”“四集中”，…: what is put into practice alone may be a rule of conduct; as a task it is run.
  const task = abbreviated && /^任务/.test(after);
  if (!task && (!/^[，。；]/.test(after) || before.endsWith('落实'))) return false;
  return cores.every(
    (core) => COUNTED_POLICY.test(core) && core.length <= 6 && !COUNTED_NOT_POLICY.test(core) && !isIdiom(core),
  );
}

/**
 * True for a series of slogans: three or more quoted words of four characters that share their
 * first two, with nothing after them that names what they are (协同推进“首善发展”“首善治理”
 * “首善文明”，…): aims a report sets itself; a head after the run (“梧桐凤凰”、…三大工程) names them.
 */
/** Heads that make a quoted word a programme's name of its own (“清源行动”). */
const PROGRAM_END = /(行动|工程|计划|活动|改革|试点)$/;

function sloganSeries(cores: readonly string[], after: string): boolean {
  if (cores.length < 3 || !/^[，。；！]/.test(after)) return false;
  const prefix = cores[0]?.slice(0, 2) ?? '';
  return cores.every((core) => /^[\u4e00-\u9fff]{4}$/.test(core) && core.startsWith(prefix) && !PROGRAM_END.test(core));
}

export function quotedPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  const { text } = sentence;
  for (const run of matchesOf(QUOTE_RUN, text)) {
    const runStart = run.index ?? 0;
    const runEnd = runStart + run[0].length;
    const before = text.slice(Math.max(0, runStart - 6), runStart);
    // 以三大“攻坚工程”为抓手: a count before the quote makes it a class of programmes.
    // 实施一批“小而美”民生项目: a class of undertakings, none of them named.
    if (/(?<!第)(一批|系列|各类|若干|多个|一些)$/.test(before)) continue;
    // 210项“…通办”事项, 119个“…一件事”重点事项: what is counted are the matters a service model
    // takes; the model is named.
    const matters = SERVICE_MODEL.test(run[0].replace(/[“”"]/g, '')) && /^(重点|高频)?事项/.test(text.slice(runEnd));
    // 757件“…”工作, 98条“…”道路整治: items counted are works of a kind, not one programme.
    if (
      AWARD.test(before) ||
      NEGATION.test(before) ||
      (/[一二三四五六七八九十两\d]+[大项个类件条]$/.test(before) && !matters)
    )
      continue;
    // 获评全省“三防”工作表现突出单位: a name in an honour's title is the honour's.
    if (HONOUR_BEFORE.test(clauseBefore(text, runStart))) continue;
    // “未来少年”300名, 创建“示范社区”12个: a count after the quote counts people or titles;
    // “双十工程”10所 counts what a programme builds.
    const counted = /^\d+[名个家所人批]/.test(text.slice(runEnd));
    if (counted && !OWN_HEAD.test(run[0].replace(/[“”"]/g, ''))) continue;
    // 落实“谁执法谁普法”的普法责任制: quotes before 的 say what the noun after is like.
    // A campaign year (“质量提升年”的部署) is named before 的 too.
    const attribute = text[runEnd] === '的' && !/年$/.test(run[0].replace(/[“”"、]/g, ''));
    const inTitle = text.lastIndexOf('《', runStart) > text.lastIndexOf('》', runStart);
    const creating = /(创建|争创)$/.test(before);
    const sharedHead = SHARED_HEAD.exec(text.slice(runEnd));
    const quotes = matchesOf(QUOTE, run[0]);
    if (
      sloganSeries(
        quotes.map((q) => (q[1] ?? '').trim()),
        text.slice(runEnd),
      )
    )
      continue;
    // “六稳”“六保”工作, “两重”“两新”政策: abbreviations run before one head each take it.
    // “凤凰英才”“卓越工程师”计划, “放管服”“证照分离”改革: names run before a programme's head
    // are so many programmes of that head; a name with a head of its own keeps it.
    // “雷霆”系列专项行动: a series of campaigns under one quoted name is run as one.
    const ideas = IDEAS.test(text.slice(runEnd)) && !/^系列(专项行动|行动)/.test(text.slice(runEnd));
    const runHead = !run[0].endsWith('、') && !ideas ? headAfter(sentence, runEnd) : null;
    const sharesHead =
      quotes.length > 1 &&
      (quotes.every((q) => ABBREVIATED.test((q[1] ?? '').trim())) || (runHead !== null && RUN_HEAD.test(runHead)));
    for (const [i, quote] of quotes.entries()) {
      const core = (quote[1] ?? '').trim();
      const isLast = i === quotes.length - 1;
      // “先审查，后审议”原则: two short clauses before a head are one rule, else punctuation ends it.
      const rule = isLast && /^[^，]{2,5}，[^，]{2,5}$/.test(core) && /^(原则|制度|机制)/.test(text.slice(runEnd));
      if (SENTENCE_PUNCT.test(core.replace(/、/g, '')) && !rule) continue;
      const start = runStart + (quote.index ?? 0);
      if (inTitle && core.length >= 4 && !notQuotedName(core)) {
        // A quoted name inside a title (《“以案释法”汇编》) is an initiative when the text names
        // it elsewhere too; the check happens once the whole document is read.
        found.push({ ...programMention(core, quote[0], sentence.start + start, sentence, []), inTitle: true });
      }
      if (inTitle) continue;
      // “增量”、服务“存量”: a run that ends in 、 has no head after it.
      const head = isLast || (sharesHead && !OWN_HEAD.test(core)) ? runHead : null;
      // “光速办”品牌: a service model named as a brand is still the model.
      const branded = isLast && /^(品牌|平台)/.test(text.slice(runEnd)) && OWN_HEAD.test(core);
      if (head && !branded) {
        // “1+10+N”行动计划, “家文化”一站式服务体系: the name runs to the head; the quoted part
        // keys it, so that a later bare “1+10+N” is the same programme.
        // “法治建设年”活动: a quoted name that ends in a head of its own is the whole name.
        const classifier = /^(活动|行动|系列行动|工程|计划|工作|建设)$/.test(head);
        // “四稳”“四保”组合拳: the package is named by its quote; 组合拳 says only that it is one.
        const full =
          (classifier && OWN_HEAD.test(core) && !CODE.test(core)) || head === '组合拳' ? core : `${core}${head}`;
        // “面积约1平方公里、…”原则: a run of clauses before a head is a rule's wording.
        if (/[、\s]/.test(core) && /(原则|工作|建设|项目|年|体系)$/.test(head)) continue;
        // “十三五”发展思路, “片区统筹”思路: a line of work in words is a slogan; a code of figures
        // numbers the parts of one (“2468”总体工作思路).
        if (/思路$/.test(head) && !CODE.test(core)) continue;
        // “高端引领、创新驱动”发展战略, “稳经济”工作任务: a strategy or a task in words is an aim;
        // one numbered by its parts (“336”, “一芯两核多支点”) or a field joined to others (“文化+”)
        // is named.
        // A code of industrial clusters (“5+1+N”集群梯次发展战略) counts sectors, not parts of a plan.
        const numbered = CODE.test(core) || COUNTED.test(core) || /[+＋]$/.test(core);
        if (/(发展战略|工作任务)$/.test(head) && (!numbered || head.includes('集群'))) continue;
        // “2+3+7”工作部署, “一体两翼三支撑”战略框架: a deployment or a framework is named by the
        // count of its parts; one said in words (“稳增长”工作部署) is the deployment of an aim.
        // Said right after the quote only: “12+6”产业集群战略部署 deploys clusters of industries.
        const deployed = /(部署|工作安排|战略框架|攻坚任务)$/.test(head);
        if (deployed && (!DEPLOYMENT.test(head) || !(CODE.test(core) || COUNTED.test(core)))) continue;
        // “三外协同”组合拳, “四早”组合拳: a package counted by its parts; a list of its measures
        // (“建、租、购”组合拳, “补贴+减免”组合拳) names none.
        if (
          /组合拳$/.test(head) &&
          (head !== '组合拳' || !(/^[一二三四五六七八九十两双]/.test(core) && !/[、\s+＋]/.test(core)))
        )
          continue;
        // 普法 heads only a five-year period's campaign (“七五”普法), not a group it is for.
        if (head === '普法' && !/^[一二三四五六七八九十]五$/.test(core)) continue;
        // “153010”原则, “1+2”工作, “1+5+7”政策: a code names an undertaking only with a head that says which.
        if (CODE.test(core) && /(原则|工作|项目|服务|年|政策)$/.test(head)) continue;
        // “八个方面”工作: a count of areas of work is none of them.
        if (head === '工作' && (/^[一二三四五六七八九十两]+个/.test(core) || core.endsWith('方面'))) continue;
        if (HONOUR_AFTER.test(text.slice(runEnd + head.length))) continue;
        // “四个全面”建设, 打造“新品质新X”: a counted slogan or a vision of a place being built is an aim.
        // “五个中心”建设: the hubs of functions a city is built into are its programme.
        const hubs = head === '建设' && COUNTED_HUBS.test(core);
        if (head === '建设' && COUNTED.test(core) && !OWN_HEAD.test(core) && !hubs) continue;
        if (/打造$/.test(before) && /^新.+新/.test(core)) continue;
        // 启动“绿色微网”项目20个: projects counted are a class of them; so are those listed
        // before 等 (A园区、B基地等“零能耗”示范项目建设).
        if (head.endsWith('项目') && /^\d+[个项批]/.test(text.slice(runEnd + head.length))) continue;
        if (before.endsWith('等') && /(项目|建设)$/.test(head)) continue;
        // “十四五”重大项目, “十四五”工作: the projects or work of a plan's period; “全覆盖式”监管: a
        // manner of oversight.
        if (/^十[一二三四五六七八九十]五$/.test(core) && /^(重大|重点|工作$)/.test(head)) continue;
        if (core.endsWith('式') && head === '监管') continue;
        const built =
          head.endsWith('建设') && (THING.test(core) || BUILDING.test(core) || BUILDING.test(full.slice(0, -2)));
        // “…试验设施”项目: the project of building a thing is that thing.
        const project = head.endsWith('项目') && (THING.test(core) || BUILDING.test(core));
        const thing = THING.test(full) || full.includes('平台') || built || project;
        // 反对“台独”分裂活动: what the government fights is no programme of its own.
        if (head === '活动' && OFFENCE.test(full)) continue;
        // “双区”建设, “三城”建设: a count and one word abbreviate several undertakings, not one place.
        // “四馆”建设, “双谷”建设: a count of venues or parks is still the building of things.
        // “两带”建设, “一圈”建设: circles and belts of cities are areas developed, as zones are.
        const abbreviated =
          ABBREVIATED.test(core) && full === `${core}建设` && (!isBuiltThing(core) || /[圈带]$/.test(core));
        if (thing && !creating && !abbreviated && !hubs) continue;
        // “十条”政策, “一揽子”政策, “3个20%”政策: a document, a package or a figure is no policy's name.
        if (head === '政策' && (/条$|^一揽子$|[%％]/.test(core) || COUNTED.test(core))) continue;
        const aliases = [`“${core}”${head}`, full, core];
        // “2+6+6”工作部署 and “2+6+6”工作安排 are one deployment, keyed by its code.
        const named = deployed ? `${core}部署` : full;
        const key = CODE.test(core) || core.length <= 3 ? programKey(named) : programKey(core);
        found.push(programMention(full, `${quote[0]}${head}`, sentence.start + start, sentence, aliases, key));
        continue;
      }
      // 推进习近平法治思想“七进”, 宪法“八进”: taking what the words before the quote name into so many
      // kinds of places is a campaign of spreading it, named with those words (program-context.ts).
      const spreading =
        isLast && SPREAD.test(core) && !modifiesNoun(sentence, runEnd) && quotedQualifierStart(sentence, start) < start;
      // 设立公安服务事项“办不成”反映窗口: a window set up to take a kind of matter is a service the
      // government runs, named with the window.
      const window =
        isLast && WINDOW_SET_UP.test(clauseBefore(text, runStart)) ? WINDOW.exec(text.slice(runEnd)) : null;
      if (window && !CODE.test(core) && !COUNTED.test(core)) {
        const full = `${core}${window[0]}`;
        found.push(programMention(full, `${quote[0]}${window[0]}`, sentence.start + start, sentence, [core]));
        continue;
      }
      if (spreading || (isLast && SERIES_AFTER.test(text.slice(runEnd)) && !CODE.test(core))) {
        found.push(programMention(core, quote[0], sentence.start + start, sentence, []));
        continue;
      }
      if (BATCHES.test(core)) {
        found.push(programMention(core, quote[0], sentence.start + start, sentence, []));
        continue;
      }
      const clause = clauseBefore(text, runStart);
      if (LOAN.test(core) && LOAN_OFFERED.test(clause) && !LOAN_FOUGHT.test(clause + core)) {
        found.push(programMention(core, quote[0], sentence.start + start, sentence, []));
        continue;
      }
      if (isLast && namesStrategy(sentence, start, runEnd) && !/[、\s]/.test(core)) {
        const full = `${core}战略`;
        const key = CODE.test(core) || core.length <= 3 ? programKey(full) : programKey(core);
        found.push(programMention(full, `${quote[0]}战略`, sentence.start + start, sentence, [core], key));
        continue;
      }
      if (runsCountedPolicy(quotes, before, text.slice(runEnd))) {
        found.push(programMention(core, quote[0], sentence.start + start, sentence, []));
        continue;
      }
      // 创建“全国文明城市”: a title a place works for is the campaign for it.
      const why = notQuotedName(core);
      // 推行“互联网+政务服务”: a means joined to a field of work, run by the verb before it, is one model.
      // Alone in its clause: among others (“总部+基地”“研发+制造”等…模式) or before a noun (“资本+创新”
      // 双轮驱动) it is one of a kind of models, or what the noun is like.
      // 实现“前台受理、后台分类审核、综合窗口出件”, 实行“重大项目不停工、重点企业不停产”: who or where
      // and what is done, part by part, is one procedure the verb runs.
      const alone = quotes.length === 1 && /^([，。；！]|$)/.test(text.slice(runEnd));
      const joined =
        why === 'slogan list' &&
        alone &&
        ((JOINED_MODEL.test(core) && QUOTE_VERBS.test(before)) ||
          (/(实现|实行|推行|落实|建立)$/.test(before) && procedureParts(core)));
      if (why && !rule && !joined && !(creating && why === 'place, facility or title')) continue;
      // “A”“B”理念: an idea after a run is what every quote of it is; “一网协同”五项机制: one
      // quote before a counted name says what the counted ones are like (“A”“B”三大计划 names them).
      const idea = /^(理念|精神|思想|要求|目标|思路|方针|口号)/.test(text.slice(runEnd));
      const counts = quotes.length === 1 && COUNTED.test(text.slice(runEnd, runEnd + 5));
      if ((isLast || idea) && !branded && !matters && (counts || modifiesNoun(sentence, runEnd))) continue;
      // 把招商作为经济发展的“源动力工程”: a quote after 的 is what something is called.
      if (before.endsWith('的')) continue;
      const initiated = QUOTE_VERBS.test(before) || joined;
      if (attribute && !(initiated && OWN_HEAD.test(core))) continue;
      if (!initiated && !sharedHead && !OWN_HEAD.test(core)) continue;
      // “大站快车”“小镇微巴”等特色公交线: the quotes are things of the kind named after 等.
      if (!sharedHead && !OWN_HEAD.test(core) && kindAfter(text.slice(runEnd))) continue;
      // “六型”: a short quoted word names a program only with its head.
      if (!sharedHead && core.length <= 3 && !OWN_HEAD.test(core)) continue;
      // “海誓山盟”: an idiom in quotes is a slogan.
      if (isIdiom(core)) continue;
      found.push(programMention(core, quote[0], sentence.start + start, sentence, []));
    }
  }
  return found;
}
