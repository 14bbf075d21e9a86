// Documents the text says were issued: a title in 《》 right after an issuing verb is a document
// whatever its ending (印发《规范性文件履行程序》), and so is an unquoted name ending in a document
// type right after one (研究制定X工作方案和Y评分细则, 推动出台X条例). Adds only what the title
// reader did not find.

import nodejieba from 'nodejieba';
import { groupBy } from '../../graph/group-by.js';
import { matchesOf, normalizeName } from '../text-utils.js';
import { PUBLICATION, REGULATION_TYPES } from '../vocabulary.js';
import type { RegulationMention } from './extract-regulations.js';
import { documentType, regulationName } from './extract-regulations.js';
import type { Sentence } from './split-sentences.js';

/** One issuing verb or a run of them (制定印发, 研究制定出台). */
const VERB = '(?:(?:研究制定|制定出台|制定|印发|出台|发布|颁布|修订|编制|起草|编印)(?:了|并印发|实施)?)+';
const QUOTED = new RegExp(`${VERB}《([^《》\\n]{2,60})》`, 'g');
/**
 * Types too generic to read an unquoted name by: 目录 and 计划 name lists and plans of anything,
 * 政策 any policy (出台差异化的产业政策), 建议 and 安排 are common words; treaties are cited in 《》.
 */
const UNQUOTED_TYPES = REGULATION_TYPES.filter(
  (t) => !/^(?:清单|目录|计划|制度|规划|意见|决定|通知|标准|政策|建议|安排|通告|公告|批复|协定|条约|公约)$/.test(t),
);
/** A government's plan of lawmaking (立法计划, 立法工作计划, 规章制定计划) is a document, though 计划 alone is not. */
const LAWMAKING_PLANS = ['立法工作计划', '立法计划', '规章制定计划'];
/** A plan of a year's work (法治政府建设年度重点工作安排) is a document, though 安排 alone is not. */
const WORK_PLANS = ['重点工作安排', '工作安排'];
/**
 * A list drawn up or issued (制定法治政府建设责任清单, 发布基本公共服务清单, 编制政府部门权责清单) is a
 * document: it lists the duties, powers, services or measures of a field; a list kept as a way of
 * working (清单管理, 负面清单模式, 清单制度) is a programme's and is read elsewhere.
 */
const LISTS = ['清单'];
const TYPE = [...LAWMAKING_PLANS, ...WORK_PLANS, ...LISTS, ...UNQUOTED_TYPES]
  .map((t) => t.replace(/[()（）]/g, '\\$&'))
  .join('|');
// 编制2021年省人民政府立法计划: the year a plan is for opens its name; 出台PPP管理办法: so may a Latin
// abbreviation.
const NAME = `(?:\\d{4}年度?)?(?:[A-Za-z]{2,8}[\\u4e00-\\u9fff]{2}|[\\u4e00-\\u9fff][\\u4e00-\\u9fff0-9—\\-]{3})[\\u4e00-\\u9fff0-9—\\-]{0,25}?(?:${TYPE})`;
// 制定行政权责清单及其运行管理办法: 及其 joins a document and its own rules in one title.
const UNQUOTED = new RegExp(
  `${VERB}(${NAME})(?:(?:和|、|及(?!其)|与)(${NAME}))?(?=[，。；、和与以等]|及(?!其)|$)`,
  'g',
);
const GENERIC = /^(?:相关|有关|各项|工作|实施|配套|具体|专项|年度|本|该|新|的|和|并|及|与)|\d[家个项件]|等|系列/;

/** A set of rules named by the body that laid them down and their count (中央八项规定, 省委十项规定). */
const COUNTED_RULES = /(?:中共中央|中央|[省市区县]委)[一二三四五六七八九十]+项规定/g;

/**
 * A policy package named by its count of articles: quoted (“科技创新20条”, 优化营商环境“57条”,
 * “低空10条”“金融10条”) wherever it is cited, unquoted only right after an issuing verb
 * (出台助企纾困18条举措, 制定实施30条防汛避险救灾硬措施). A count after a noun of counting
 * (整改措施12条, 任务清单37条) is a figure, not a title.
 */
const ARTICLES = '(?:(?<![\\d.])\\d{1,2}|[一二三四五六七八九十]{1,3})条';
const PACKAGE_TAIL = '(?:政策措施|硬?措施|举措)?';
const QUOTED_PACKAGE = new RegExp(`“([^“”，。；、]{0,24}?${ARTICLES}${PACKAGE_TAIL})”`, 'g');
const UNQUOTED_PACKAGE = new RegExp(
  `(?:出台|制定|印发|发布|推出)(?:实施|了)?(${ARTICLES}[\\u4e00-\\u9fff]{2,14}?(?:措施|举措)|[\\u4e00-\\u9fff]{2,16}?${ARTICLES}${PACKAGE_TAIL})(?=[，。；、和及等]|$)`,
  'g',
);
/**
 * A package named by a short quoted word and its count after the quote, perhaps a new round of it
 * (推出…惠企政策“福企”十一条、“福企”新十条): a name where its clause issues or carries it out. The
 * count is in words: a count in figures after a quote counts things (打通“断头路”2条).
 */
const NAMED_COUNT = /“([\u4e00-\u9fff]{2,4})”(新?[一二三四五六七八九十]{1,3}条)(?![\u4e00-\u9fff])/g;
const ISSUED_IN_CLAUSE = /(?:出台|制定|印发|发布|推出|实施|落实|兑现)[^，。；：]*$/;

/**
 * A plan or scheme approved (国土空间总体规划获批, …空间规划纲要正式获批, 广东国土空间规划获国务院批复) is a
 * document: the clause's subject, from the clause's start or the verb that sought the approval
 * (推动, 争取, 支持) to its type. A plan of a numbered line (云巴1号线规划), of several joined (…规划及
 * 三年行动方案) or of a class (…等…用地规划方案) is none.
 */
const APPROVED =
  /(?:^|[，。；：、])([\u4e00-\u9fff]{2,36}?(?:规划纲要|规划|方案))(?:正式)?(?=获批|获得批复|获[\u4e00-\u9fff]{2,6}批复)/g;
const APPROVAL_LEAD = /^(?:[一二三四五六七八九十]是)?(?:推动|争取|支持|促成|力争|确保|实现|积极|全力)*(?:新一轮|新编)?/;

/** The words before a quoted count that name it (优化营商环境“57条”), from the verb or the comma. */
const PACKAGE_LEAD =
  /(?:出台|制定|印发|发布|推出|实施|落实|贯彻|[、，；和与]|及(?!时))(?:实施|落实|了)?([\u4e00-\u9fff]{2,16})$/;
const COUNTING_NOUN = /(?:措施|举措|清单|任务|问题|事项|建议|意见|条款|规定|工作|政策)$/;
/** Verbs and adverbs that cite or issue a package, before its name (及时出台, 用足用好, 深入实施). */
const CITING =
  /^(?:在|及时|率先|深入|全面|认真|严格|抓好|用足用好|对标|出台|制定|印发|发布|推出|实施|落实|贯彻|执行|了)+/;
const COUNT_TAIL = new RegExp(`${ARTICLES}${PACKAGE_TAIL}$`);
const COUNT_HEAD = /^[\d一二三四五六七八九十]+条/;

/**
 * The name of a package of articles: words naming its subject and the count. Measures that say
 * which before a quoted count name one (稳岗措施“30条”, 惠企措施“100条”); 措施12条 counts them.
 */
function packageName(lead: string, quoted: string): string | undefined {
  const subject = lead + quoted.replace(COUNT_TAIL, '');
  const namedMeasures =
    lead !== '' && /^[\u4e00-\u9fff]{2,}(措施|举措)$/.test(lead) && !/^(整改|工作|具体|相关)/.test(lead);
  // “促消费9条和16条” names two packages at once; 出口退税周转金贴息等“19条措施” a class.
  if (
    !/[\u4e00-\u9fff]{2}/.test(subject.replace(/版/g, '')) ||
    (COUNTING_NOUN.test(subject) && !namedMeasures) ||
    /等|条[和及]/.test(subject)
  )
    return undefined;
  return lead + quoted;
}

/** Up to a claim of a first (全国首个, 全省首份), which precedes a title without being part of it. */
const FIRST_CLAIM = /^.*首(?:个|份|部|套)/;

/**
 * A list that is a document lists the rules, duties or services of a field: not a roster of firms,
 * projects, uses or people (招商目标企业清单, 合作项目清单, 招商引资清单, 场景创新应用清单), nor an
 * inventory of what was found (温室气体排放清单, 风险隐患清单), nor the whole of something (政务公开全清单).
 */
const ROSTER = /(?:企业|项目|场景|应用|单位|人员|人才|名单|招商引资|排放|隐患|风险|[全总])清单$/;
/** Two documents under one name (政府职能转移目录和购买服务事项清单): a list is read alone. */
const TWO_DOCUMENTS = /(?:目录|清单|办法|方案|规划)(?:和|及|与)/;

/** A name starts with a noun or a place, not a verb, an adverb, a number or a function word. */
function nameLike(name: string): boolean {
  // 年度法治政府建设工作要点: the year's, unnumbered, opens a name as a year does.
  const bare = name.replace(/^年度/, '');
  if (bare.length < 6 || GENERIC.test(bare.replace(/^[A-Za-z]+/, ''))) return false;
  // 措施 names a document only as 若干措施, 政策措施, 20条措施.
  if (/措施$/.test(name) && !/(?:若干|政策|条)措施$/.test(name)) return false;
  if (/清单$/.test(name) && (ROSTER.test(name) || TWO_DOCUMENTS.test(name))) return false;
  const words = nodejieba.tag(name.replace(/^\d{4}年度?/, ''));
  return !/^(?:v|vd|vn|d|ad|p|c|u|r|m|q|f)$/.test(words[0]?.tag ?? '');
}

function mention(name: string, surface: string, start: number, sentence: Sentence): RegulationMention {
  const { name: canonical, aliases } = regulationName(name);
  return {
    kind: 'Regulation',
    key: `Regulation:${normalizeName(canonical)}`,
    name: canonical,
    surface,
    start,
    end: start + surface.length,
    sentence: sentence.index,
    docType: documentType(name) || '文件',
    aliases,
  };
}

/** True when [start, end) overlaps one of the documents found in the sentence. */
function overlapsAny(here: readonly RegulationMention[], start: number, end: number): boolean {
  return here.some((r) => r.start < end && start < r.end);
}

/**
 * Keeps a document found, as one of the sentence's too. Functions of the module rather than
 * closures made per sentence: the loader names each closure bound to a const on every call
 * (esbuild's keepNames).
 */
function keep(more: RegulationMention[], here: RegulationMention[], m: RegulationMention): void {
  more.push(m);
  here.push(m);
}

export function extractIssuedDocuments(sentences: Sentence[], found: RegulationMention[]): RegulationMention[] {
  const more: RegulationMention[] = [];
  const bySentence = groupBy(found, (r) => r.sentence);
  for (const sentence of sentences) {
    const { text } = sentence;
    if (!/[制印出发颁修编起规条批]/.test(text)) continue;
    const here = [...(bySentence.get(sentence.index) ?? [])];
    for (const match of matchesOf(QUOTED, text)) {
      const title = match[1] ?? '';
      const start = sentence.start + (match.index ?? 0) + match[0].length - title.length - 2;
      if (PUBLICATION.test(title) || overlapsAny(here, start, start + title.length + 2)) continue;
      keep(more, here, mention(title, `《${title}》`, start, sentence));
    }
    for (const match of matchesOf(COUNTED_RULES, text)) {
      const start = sentence.start + (match.index ?? 0);
      if (!overlapsAny(here, start, start + match[0].length))
        keep(more, here, mention(match[0], match[0], start, sentence));
    }
    for (const match of matchesOf(QUOTED_PACKAGE, text)) {
      const quoted = match[1] ?? '';
      const at = match.index ?? 0;
      // Only a count in the quotes (优化营商环境“57条”): the words before it from the verb name it.
      const lead = COUNT_HEAD.test(quoted)
        ? (PACKAGE_LEAD.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '').replace(CITING, '')
        : '';
      const name = packageName(lead, quoted);
      const start = sentence.start + at - lead.length;
      if (!name || overlapsAny(here, start, sentence.start + at + match[0].length)) continue;
      keep(more, here, mention(name, text.slice(start - sentence.start, at + match[0].length), start, sentence));
    }
    if (text.includes('批')) {
      for (const match of matchesOf(APPROVED, text)) {
        const clause = match[1] ?? '';
        const name = clause.replace(APPROVAL_LEAD, '');
        const start = sentence.start + (match.index ?? 0) + match[0].indexOf(clause) + clause.length - name.length;
        if (name.length < 6 || /[和及与等]|号线/.test(name) || overlapsAny(here, start, start + name.length)) continue;
        keep(more, here, mention(name, name, start, sentence));
      }
    }
    for (const match of matchesOf(NAMED_COUNT, text)) {
      const at = match.index ?? 0;
      const start = sentence.start + at;
      if (!ISSUED_IN_CLAUSE.test(text.slice(0, at)) || overlapsAny(here, start, start + match[0].length)) continue;
      keep(more, here, mention(`${match[1]}${match[2]}`, match[0], start, sentence));
    }
    if (/出台|制定|印发|发布|推出/.test(text)) {
      for (const match of matchesOf(UNQUOTED_PACKAGE, text)) {
        const title = (match[1] ?? '').replace(CITING, '');
        const at = (match.index ?? 0) + match[0].length - title.length;
        const start = sentence.start + at;
        const name = COUNT_HEAD.test(title) ? title : packageName('', title);
        if (!name || overlapsAny(here, start, start + title.length)) continue;
        keep(more, here, mention(name, title, start, sentence));
      }
    }
    for (const match of matchesOf(UNQUOTED, text)) {
      let offset = (match.index ?? 0) + match[0].length;
      for (const name of [match[2], match[1]]) {
        if (!name) continue;
        const at = text.lastIndexOf(name, offset);
        offset = at;
        // 出台全国首份X白皮书: the claim of a first is said of the document, not part of its title.
        const title = name.replace(FIRST_CLAIM, '');
        const start = sentence.start + at + name.length - title.length;
        if (!nameLike(title) || overlapsAny(here, start, start + title.length)) continue;
        keep(more, here, mention(title, title, start, sentence));
      }
    }
  }
  return more.sort((a, b) => a.start - b.start);
}
