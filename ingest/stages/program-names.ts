// Judgments on an unquoted program name read leftwards from its head: where it really starts
// (past a cut figure, over a 与/和 before it, over the verb a campaign is named with) and whether
// what is left names one undertaking (not 经营管理机制, 体育竞赛活动, 香蜜湖街道试点).

import nodejieba from 'nodejieba';
import { ACTION_VERBS, BODY_WORK, LEFT_STOPS, PROGRAM_VERBS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';
import { type TaggedWord, taggedWordAt, taggedWordEndingAt } from './tokens.js';

/** Words that say what kind of work a mechanism does but not which: 经营管理机制, 工作机制. */
const GENERIC_WORDS = new Set(
  (
    '工作 管理 经营 运行 运营 运作 协调 协同 推进 联动 长效 保障 激励 约束 考核 监督 评价 治理 法人 决策 参与 ' +
    '体制 机制 制度 体制机制 安全 服务 发展 建设 创新 合作 共赢 常态 常态化 多元 多元化 综合 统筹 市场化 ' +
    '规范化 标准化 制度化 动态 调整 落实 责任 内部 整体 基本 基础 有效 高效 良性 科学 配套 相应 专项 日常 ' +
    '差异化 分级 负责 统一 培育 民生 关键性 重要 领域 关键 环节 关键环节 重点领域 政府 系统 经济 社会 城区 城市 区域 生态环保 综合性 协商 项目 项目建设 重点 重大 主要 现代 新型 长远 一体化 全面 全 各级 组织 执行 实施 改革 管控 防控 应对 处置 响应 应急 ' +
    // 常态化沟通协作机制, 正向激励机制, 协同共治机制: manner words name no mechanism of their own.
    '沟通 协作 正向 监管 共 治 化 共治 共建 共享 基础性 全局性 根本性 系统性 ' +
    // 政企沟通机制, 公共安全管控机制, 帮扶协作机制, 生态环保制度: a broad party or domain says no more.
    '政企 公共 公共安全 帮扶 市场 量化 生态 环保 精准 便捷 ' +
    // 社区治理机制, 综合治理机制, 长效稳定支持机制, 常态化联络机制, 托底保障机制: a scope or a manner alone.
    '社区 综合治理 稳定 支持 联络 托底 ' +
    // 省级统筹协调机制, 区级管理制度: a level of government says whose, not which.
    '国家级 省级 市级 区级 县级 镇级 ' +
    // 统筹指挥机制, 应急调度机制: directing and dispatching are every body's work.
    '指挥 调度'
  ).split(' '),
);
const COUNT = /^[一二三四五六七八九十百千两双]+[个大项场条类张]/;
/**
 * Words a name never opens with: parts (部分工作机制), pronouns, a clause's 使/为/把, 申报 (a pilot
 * applied for), what is done with a programme (获批|…试点, 列为|…试点, 推出|…制度, 增加|…工程), and
 * an ordinal but one before a noun (第二批…, not 第一议题制度).
 */
const NOT_OPENING =
  /^(获批|列为|推出|展开|增加|涉及|关于|部分|个别|局部|少数|一些|某些|有的|其他|其它|全部|所有|多方|各方|这|那|使|让|为|把|将|对|以(?![\u4e00-\u9fff]代)|向|在|从|有|又|既|即|并|而|但|试点|申报|丰富|促进|鼓励|引导|支持|运行|复制|全国复制|打[实好赢响造牢]|防止|避免|杜绝|不搞|禁止|严禁|更多|更加|更具|认真|所谓|健全|完善|建立|深化|推进|新形势下|指|即|第(?![一二三四五六七八九十](?![批个次期届轮项类年季部阶名位家座条件])[\u4e00-\u9fff])|更深层次|深层次|全力以赴|发展中|改革[^开创])/;
/** Activities of a kind, not one named activity: 群众性文体活动, 体育竞赛活动, 主题活动. */
const ACTIVITY_CLASS =
  /(群众性|主题|系列|品牌|文化|文体|体育|公益|庆祝|交流|对接|推介|促消费|消费|招商|调研|经济|生产|科研|健身|志愿|义工|慈善|救助|宣传|纪念|竞赛|赛事|节庆|文艺|高端|高品质|公共|民俗|特色|研学|帮扶|慰问|走访|联谊|展览|展示|演出|考察|洽谈|签约)/;
/** Activities a government names and runs: 法治街道创建活动, 执法案卷评查活动, 学法活动. */
const NAMED_ACTIVITY = /(创建|学法|普法|评查|旁听|建议|专项|示范|整治|清理|评选|检查|督查|攻坚|竞赛|提升)/;
/** Verbs of a clause, never inside a name: 坚定不移推进改革, 地彰显中国特色社会主义制度. */
const CLAUSE_VERBS = new Set(
  '用于 期盼 需要 寻求 抓好 做好 抓实 做实 推进 推动 深化 倒逼 加快 实施 开展 落实 彰显 提供 坚持 实现 确保 坚定不移 全面深化 持续 不断 迈出 取得 解决 得到 适应 主动 有 采取 树立 依靠 通过 运用 谋划 策划 部署 抓住 深化改革 全面深化改革 抓 要 靠 要靠 在于 入选 理顺 把握 准确把握 化为 撬动 推开 全国推开 健全 包括 主要包括'.split(
    ' ',
  ),
);
/** What the government fights: 违法犯罪活动, 走私活动 are no programmes of its own. */
export const OFFENCE = /(违法|犯罪|走私|偷渡|诈骗|赌博|传销|邪教|恐怖|非法|涉黑|涉恶|黄赌毒|破坏|分裂|渗透|颠覆)/;
/** Places, parts of a place and bodies: with 试点 they name where a pilot runs, not the pilot. */
const PLACE_END =
  /(街道|社区|区|市|县|镇|村|片区|地区|口岸|园区|新区|合作区|城|省|自治区|沿海|境内|部门|单位|机关|系统|服务中心)$/;
/** Generic classes of construction: 在建工程, 主体工程, 配套工程. */
const WORKS_CLASS = /(在建|主体|配套|附属|其他|其它|及|民生|基础设施|市政|重点|重大|新建|续建)$/;
/** Parts of speech an unquoted name never starts with: the clause's verb, adverb or particle. */
export const NOT_FIRST = new Set(['v', 'vd', 'd', 'ad', 'i', 'p', 'c', 'uj', 'ul', 'r', 'm', 'q', 'f']);

const CONJUNCTION = /[与和及同、]$/;

/** Manners a mechanism is run in, not what it is of: 市场化, 多元, 长效, 动态, 全新, 快速. */
const MANNER_FIRST = /^(常态化|长效|全新|市场化|多元化|多元|快速|动态)$/;

/** Verbs that also name a kind of work after a noun (科技创新, 企业服务, 区域协调, 产业引导). */
export const NOMINAL_VERBS = /^(创新|服务|发展|管理|保障|监督|运行|协调|审查|保护|执行|引导)$/;

/** Verbs of an award before a name: 获评“全国文明单位”, 获评全市治污保洁工程“先进单位”. */
export const AWARD = /(获评|获得|荣获|评为|评选为|授予|入选|被评|获批|称号|荣誉|跻身|成为|打造成|建成)$/;

/** 不搞“胡子工程”, 防止出现半拉子工程: what the text rejects is no programme. */
export const NEGATION =
  /(不能搞|不得|不搞|不|杜绝|遏制|避免|防止|严禁|禁止|反对|克服|摒弃|防止出现|避免出现|杜绝出现)$/;

/** Why an unquoted core (the name without its head) names no programme, or null. */
export function clauseIn(text: string): boolean {
  return nodejieba.cut(text).some((w) => CLAUSE_VERBS.has(w));
}

/**
 * True for a broad field and generic kinds of work after it (住房|保障机制, 信息|共享机制,
 * 投资|监管|工作机制, 人才|评价|激励机制): they name a field's mechanism, not one of its own.
 * A field of four characters or more says which (行政复议|体制机制, 双向|转诊机制 is not generic),
 * and so does a campaign's building (平安|建设|协调机制). A core with a conjunct (督察和|考核工作)
 * is read on over it and judged whole.
 */
function fieldMechanism(words: readonly string[]): boolean {
  const [field = '', second = ''] = words;
  if (words.length < 2 || field.length > 3 || (second === '建设' && words.length > 2)) return false;
  return words.slice(1).every((w) => GENERIC_WORDS.has(w));
}

export function notUnquotedName(core: string, head: string): string | null {
  // 要携手|行动: a modal 要 opens a clause.
  if (NOT_OPENING.test(core)) return 'opens like a clause';
  const coreWords = nodejieba.cut(core);
  if (coreWords[0] === '要') return 'opens like a clause';
  // 街道十大|工程, 提质系列|工程: a count or series of undertakings is none of them.
  if (/([一二三四五六七八九十百千两双]+[个大类]|系列)$/.test(core)) return 'class of works';
  // 全市最大|…执法行动, 首例|…: a record claimed for one undertaking is no part of its name.
  if (/这一|这些|那些|之一|唯一|首个|首家|首批|首例|最大|一批|一系列/.test(core)) return 'pronoun';
  // 全域化工程、社会化工程, 先导性工程, 标志性改革: a bare quality names no undertaking.
  if (/^[\u4e00-\u9fff]{2}[化性]$/.test(core)) return 'generic kind of work';
  // 招投标领域|制度: the rules of a field name none of them.
  // 社会事业领域改革: the reforms of a field are a class of them, too.
  if (core.endsWith('领域')) return 'generic field of work';
  // 七大重点|改革: a count of generic works names none of them (三项|制度 is one name).
  const counted = core.replace(COUNT, '');
  // Most cores hold no count: their words are cut once.
  const words = (counted && counted !== core ? nodejieba.cut(counted) : coreWords).filter(
    (w) => !/^[和与及、]$/.test(w),
  );
  // 坚定不移推进|改革, 以问题倒逼|改革: a clause's verb inside makes the head its object.
  // 稳妥促|改革, 开门搞|改革: a verb right before 改革 makes it the clause's object.
  if (words.some((w) => CLAUSE_VERBS.has(w)) || (head === '改革' && /[搞抓促谋]$/.test(core))) return 'clause';
  if (counted && words.every((w) => GENERIC_WORDS.has(w))) return 'generic kind of work';
  if (head === '机制' && /^[^和与及、，]+$/.test(core) && fieldMechanism(words)) return 'generic kind of work';
  // 市场化|投融资机制, 长效|管护机制, 多元|调解机制: a manner and one act say how, not whose or which.
  if (/(机制|制度)$/.test(head) && words.length === 2 && MANNER_FIRST.test(words[0] ?? ''))
    return 'generic kind of work';
  // 经济工作机制, 维权工作机制: one word of a field before 工作 names no mechanism of its own.
  // 意识形态工作责任制, 信访工作责任制: a field's work is what a system of responsibility is for.
  const generic = (words.length <= 2 && words.at(-1) === '工作') || /^[\u4e00-\u9fff]{2}工作$/.test(core);
  if (generic && head !== '责任制') return 'generic field of work';
  // 民法典宣传月活动, 宪法宣传周活动: a month or week of publicity for one named thing is a campaign.
  const season = /^[\u4e00-\u9fff]{2,}宣传[月周]$/.test(core);
  if (head === '活动' && !season && (ACTIVITY_CLASS.test(core) || !NAMED_ACTIVITY.test(core)))
    return 'class of activities';
  if (head === '试点' && PLACE_END.test(core)) return 'a place';
  // 坑梓龙田社区率先|试点: an adverb before the head makes it the clause's verb.
  // 美丽城市建设贵在|行动, 以…科教城为|试点: a name never ends in a preposition or copula before its head.
  if (/^(d|ad|p)$/.test(nodejieba.tag(core).at(-1)?.tag ?? '') || /[在于为]$/.test(core)) return 'opens like a clause';
  // 违法犯罪专项行动: a campaign is against an offence, named with its verb (打击…).
  if (/行动$/.test(head) && OFFENCE.test(core) && !/^(打击|整治|严打|扫|惩治|防范|预防|治理|查处)/.test(core))
    return 'an offence';
  // 绿道网设施完善工程—西乡片区|工程 names one part of a project; 工程建设工程 names none.
  // 重大水利|工程, 大型安居|工程: a scale and one field name a class of works.
  // 景观提升|工程, 综合改造|工程: a field and a kind of works alone name works of that kind.
  const scaled =
    /^(重大|重点|大型|骨干)[\u4e00-\u9fff]{2}$/.test(core) ||
    /^[\u4e00-\u9fff]{2}(提升|整治|改造|治理|修复|美化|改善|升级)$/.test(core);
  if (head === '工程' && (scaled || WORKS_CLASS.test(core) || (core.split(/[—－]/).at(-1) ?? '').includes('工程')))
    return 'class of works';
  return null;
}

const CLAUSE_ADVERBS = /^(全面|进一步|努力|积极|持续|不断|稳步|扎实|深入|大力|着力|纵深|全力|切实|加快|坚持)$/;

/** True for a verb the clause runs a name with (推进, 完善), not one a name is made of (开办, 节能). */
export function clauseVerb(word: string): boolean {
  return ACTION_VERBS.test(word) || PROGRAM_VERBS.test(word) || CLAUSE_VERBS.has(word) || LEFT_STOPS.includes(word);
}

/**
 * True when the word at `at` modifies the noun after it rather than opening the clause: an
 * adverb-tagged attribute (开展|永久基本农田…行动, 健全|终身职业技能培训制度) or a verb of the
 * name's own right after the clause's verb (推进|开办企业便利化改革, 推进|节能发电调度试点).
 */
export function modifiesNoun(sentence: Sentence, at: number, word: TaggedWord): boolean {
  const next = taggedWordAt(sentence, at + word.word.length);
  if (!next || !/^(n|vn|nz|l)/.test(next.tag) || word.word.length < 2) return false;
  const before = taggedWordEndingAt(sentence, at);
  // 进一步|理顺, 全面|推开: after an adverb the verb is the clause's own.
  if (!before || /^(d|ad)$/.test(before.tag) || CLAUSE_ADVERBS.test(before.word) || !clauseVerb(before.word))
    return false;
  return word.tag === 'd' || word.tag === 'ad' || (word.tag === 'v' && !clauseVerb(word.word));
}

/** Adverbs of a clause the tagger reads as such: never the first word of a name. */
const MANNER =
  /^(依法|逐步|共同|同步|率先|全力|统一|继续|同时|一起|联合|集中|及时|主动|广泛|重点|专门|定期|长期|首次|陆续|分别|再次|相继|更加|加大)$/;

/** True when a word the tagger reads as a verb or adverb may open a name (低保, 守信, 西部). */
function nameWord(word: TaggedWord): boolean {
  if (clauseVerb(word.word) || CLAUSE_ADVERBS.test(word.word) || MANNER.test(word.word)) return false;
  // 执行好, 防止: a verb with its result or a word a name never opens with.
  if (/好$/.test(word.word) || NOT_OPENING.test(word.word)) return false;
  if (word.tag === 'f') return /^[东南西北][部侧]$/.test(word.word);
  return word.word.length >= 2 && /^(v|vd|a|ad|d|l|i)$/.test(word.tag);
}

/**
 * True when the words from `start` to `at`, right after the clause's verb (加快|西部出海…工程,
 * 完善|低保准入…机制), belong to the name: none is a verb or adverb of a clause itself.
 */
export function leadsName(sentence: Sentence, start: number, at: number): boolean {
  const verb = taggedWordEndingAt(sentence, start);
  if (!verb || !(PROGRAM_VERBS.test(verb.word) || /^(加快|健全|完善|建立|实施|开展|推进)$/.test(verb.word)))
    return false;
  for (let from = start; from < at; ) {
    const word = taggedWordAt(sentence, from);
    if (!word || !(nameWord(word) || (from > start && qualifierWord(word)))) return false;
    from += word.word.length;
  }
  return true;
}

/**
 * True for a verb or adverb that goes on a qualifier a name word opened (拔尖|创新…机制,
 * 相对|集中…试点), though it would be a clause's word in first place; never a running verb.
 */
function qualifierWord(word: TaggedWord): boolean {
  if (word.word.length < 2 || !/^(v|vd|d|ad)$/.test(word.tag)) return false;
  return !CLAUSE_VERBS.has(word.word) && !PROGRAM_VERBS.test(word.word) && !CLAUSE_ADVERBS.test(word.word);
}

/**
 * True when a name after 的 is two acts joined (…项目的|发现和纠偏机制): without the object
 * before 的 it names no mechanism of its own.
 */
export function actsWithoutObject(sentence: Sentence, start: number, at: number): boolean {
  const core = sentence.text.slice(start, at);
  if (sentence.text[start - 1] !== '的' || !/^[\u4e00-\u9fff]{2}[和与及][\u4e00-\u9fff]{2}$/.test(core)) return false;
  const acts = [taggedWordAt(sentence, start), taggedWordAt(sentence, start + 3)];
  return acts.every((w) => w !== undefined && w.word.length === 2 && /^(v|vn)$/.test(w.tag));
}

/** True when the name read leftwards was cut at a figure or Latin letter (8|号线一期工程). */
export function cutAtFigure(text: string, start: number): boolean {
  return /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/.test(text[start - 1] ?? '');
}

/**
 * Start of a name over the conjunct before it (行业协会商会与|行政机关脱钩改革, 区政府和|街道
 * 法律专务制度): `leftOf(at)` reads the conjunct leftwards from the 与/和; a conjunct that ends
 * in a head of its own (A改革和B改革) is a programme of its own and is left out.
 */
export function overConjunct(
  text: string,
  start: number,
  leftOf: (at: number) => number,
  heads: readonly string[],
): number {
  if (!CONJUNCTION.test(text.slice(0, start))) return start;
  const left = leftOf(start - 1);
  // 省与|市县…划分改革: a level of government is a conjunct of one character.
  if (left < 0 || (start - 1 - left < 2 && !/^[省市区县]$/.test(text.slice(left, start - 1)))) return start;
  const conjunct = text.slice(left, start - 1);
  if (heads.some((h) => conjunct.endsWith(h)) || /[，、；。]/.test(conjunct)) return start;
  // 健全|与国际友城交流合作机制: a verb before 与 is the clause's, not a conjunct.
  if (new RegExp(`^${ACTION_VERBS.source}`).test(conjunct) || PROGRAM_VERBS.test(conjunct)) return start;
  return left;
}

/** Verbs a campaign or mechanism is named with: 打击侵犯知识产权专项行动, 防范化解劳资纠纷机制. */
const OBJECT_VERBS =
  /^(维护|打击|侵犯|防范|化解|降低|提升|提高|改善|清理|清除|消除|预防|惩治|遏制|减少|关爱|帮扶|保护|规范|优化|破除|携手|整治|净化)$/;

/** 实施降低|物流成本行动: the verbs between the running verb and a campaign are its name's. */
export function overCampaignVerb(sentence: Sentence, start: number, runs: RegExp, openClause = false): number {
  let from = start;
  for (let n = 0; n < 2; n++) {
    const word = taggedWordEndingAt(sentence, from);
    if (!word || !OBJECT_VERBS.test(word.word)) break;
    from -= word.word.length;
  }
  const before = sentence.text.slice(Math.max(0, from - 4), from);
  // 打好|化解…攻坚战; a task line that opens with the campaign's verb (优化调整…行动).
  const run = runs.test(before) || /(打好|打赢|打响|抓好|做好)$/.test(before);
  if (from === start || !(run || (openClause && /(^|[，。；：、\s])$/.test(before)))) return start;
  const next = taggedWordAt(sentence, start);
  // 化解|信访积案专项行动: the object may be a word the tagger reads as a verb.
  return next && (/^(n|v|a|z|i|l)/.test(next.tag) || OBJECT_VERBS.test(next.word)) ? from : start;
}

/** A name without the footnote markers and spaces a report sets in it (“五清”[17]专项行动). */
export function withoutNotes(name: string): string {
  return name.replace(/\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|\s+/g, '');
}

/** Verbs and manners of building the tagger reads as nouns: 动工|建设, 高标准|建设. */
const BUILD_MANNER = /(开工|动工|施工|高标准|高质量|高水平|高起点|高规格|同步|统筹|谋划|加快|全面|集中|重点)$/;

/**
 * True when 建设 or 更新 ending at `at` inside a name is part of a noun (集体经营性建设|用地,
 * 城乡建设|绿色低碳行动), not the clause's verb (加快建设|…, 全面建设|…).
 */
export function nominalStop(sentence: Sentence, at: number, headStart: number): boolean {
  if (at >= headStart || !/(建设|更新)$/.test(sentence.text.slice(at - 2, at))) return false;
  const word = taggedWordEndingAt(sentence, at);
  if (word === undefined || !/^(n|nz|l|j|vn)$/.test(word.tag)) return false;
  const next = taggedWordAt(sentence, at);
  // 法治政府建设|示范创建活动: a field's 建设 is what a model or pilot of it shows.
  if (next === undefined || !(/^(n|nz|vn|ns|l)$/.test(next.tag) || /^(示范|试点)$/.test(next.word))) return false;
  if (word.word.length > 2)
    return (
      !/^(积极|全面|深入|大力|持续|不断|稳步|扎实|加快|着力|切实|加强|开工|动工|新开工)/.test(word.word) &&
      !BUILD_MANNER.test(word.word.slice(0, -2))
    );
  // 动工|建设, 高标准|建设: what the tagger reads as a noun may be the clause's verb or manner.
  const noun = taggedWordEndingAt(sentence, at - 2);
  // 生态文明|建设: the tagger reads some nouns as a person's name (nr); 平安|建设 as an adjective.
  return noun !== undefined && /^(n|nz|ns|nt|nr|j|a)$/.test(noun.tag) && !BUILD_MANNER.test(noun.word);
}

/** Nouns a kind of work is of inside a name (行政|执法协调监督, 社会|治安防控): fields, not bodies. */
const FIELD_TAGS = /^(n|nz)$/;

/** A kind of work inside a run (执法, 协调, 监督): never a verb that runs a programme (推进, 实施). */
function runWord(word: TaggedWord): boolean {
  return /^(v|vn)$/.test(word.tag) && BODY_WORK.test(word.word) && !PROGRAM_VERBS.test(word.word);
}

/**
 * True when the verb ending at `at` is one of a run of two or more kinds of work between a field's
 * noun and a noun (行政|执法|协调|监督|工作|体系建设试点): the run names the work the name is of, not
 * the clause's action; a verb that runs a programme (推进, 实施) ends the run, and a body before it
 * (区政府|协调…) is the clause's subject.
 */
export function workRunAt(sentence: Sentence, at: number): boolean {
  let verbs = 0;
  let from = at;
  let left = taggedWordEndingAt(sentence, from);
  for (; left && runWord(left) && verbs < 5; left = taggedWordEndingAt(sentence, from)) {
    verbs++;
    from -= left.word.length;
  }
  if (verbs === 0 || !left || !FIELD_TAGS.test(left.tag) || left.word.length < 2) return false;
  // 全面|建设示范创建活动: an adverb or a verb of the clause the tagger reads as a noun.
  if (CLAUSE_ADVERBS.test(left.word) || clauseVerb(left.word)) return false;
  if (/(政府|党委|机关|部门|单位|[局委厅办])$|^(年度|全年|当年|今年|明年|近年)$/.test(left.word)) return false;
  let to = at;
  let right = taggedWordAt(sentence, to);
  for (; right && runWord(right) && verbs < 6; right = taggedWordAt(sentence, to)) {
    verbs++;
    to += right.word.length;
  }
  return verbs >= 2 && right !== undefined && FIELD_TAGS.test(right.tag);
}
