// Finds named initiatives: quoted names that a program head or an initiating verb marks as one,
// unquoted noun phrases ending in a head (…改革, …机制), and focus areas (聚焦X。/ 围绕X、Y等).

import nodejieba from 'nodejieba';
import { groupBy } from '../../graph/group-by.js';
import { literalFinder, normalizeName } from '../text-utils.js';
import { ACTION_VERBS, BODY_WORK, COUNT_BEFORE, LEFT_STOPS, PROGRAM_HEADS, PROGRAM_VERBS } from '../vocabulary.js';
import { longestSpans, type Mention } from './extract-agencies.js';
import { insideTitle, keepRecurringTitleTerms, mergeExtendedNames, mergeShortReforms } from './program-merges.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, nextBoundary, stopEndsAt, taggedWordAt } from './tokens.js';

export interface ProgramMention extends Mention {
  kind: 'Program';
  aliases: string[];
  /** Quoted inside a document title: kept only when the name recurs outside titles. */
  inTitle?: boolean;
}

/** Verbs that start or run a programme named in quotes after them (开展“…”, 推行“…”). */
const QUOTE_VERBS =
  /(开展|实施|推行|推进|深化|落实|建立|构建|启动|开设|推广|探索|开通|完善|健全|深入推进|持续推进|持续开展|全面推行|全面实施|全面推进|组织开展|扎实开展|扎实推进|积极推进|大力推进|实行)$/;
const NEGATION = /(不搞|不|杜绝|避免|防止|严禁|禁止|反对|克服|摒弃)$/;
const QUOTE_RUN = /(?:[“"][^“”"\n]{2,25}[”"]、?)+/g;
const QUOTE = /[“"]([^“”"\n]{2,25})[”"]/g;
// 体系 is left out: unquoted, …产业体系, …公园体系 are what a plan aims at more often than a programme.
const UNQUOTED_HEADS = ['改革', '机制', '制度', '专项行动', '行动', '活动', '工程', '攻坚战', '保卫战', '试点'];
const GENERIC_CORE =
  /^(工作|长效|常态化|相关|有关|各项|管理|考核|这一|该|新|体制|各类|一系列|多项|系列|配套|本|此|上述|监督|保障|责任|制度|机制|工作制度|工作机制)$/;
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;
// Program key: normalized, 制度/机制 variants one, a reform without its classifier (…体制改革 = …改革).
export function programKey(name: string): string {
  const normalized = normalizeName(name);
  const reform = /^(.+?)(体制机制|体制|制度|机制)改革$/.exec(normalized);
  const subject = reform?.[1] ?? '';
  if (subject.length >= 2 && !/^(体制|制度|机制)$/.test(subject)) return `Program:${subject}改革`;
  return `Program:${normalized.replace(/(制度|机制)$/, '机制')}`;
}

function headAfter(sentence: Sentence, from: number): string | null {
  const { text } = sentence;
  const rest = text.slice(from, from + 12);
  const stop = rest.search(/[，。；、“”《》,;的之等]/);
  const window = stop < 0 ? rest : rest.slice(0, stop);
  // The nearest head ends the name.
  let best: string | null = null;
  for (const head of PROGRAM_HEADS) {
    const at = window.indexOf(head);
    if (at < 0 || at > 8) continue;
    const candidate = window.slice(0, at + head.length);
    // 挑战, 青年, 工程建设项目, 连续4年: a head inside a word or after a figure heads nothing.
    if (!isWordBoundary(sentence, from + candidate.length)) continue;
    if (head.length === 1 && !isWordBoundary(sentence, from + at)) continue;
    if (/[\d０-９]$/.test(window.slice(0, at))) continue;
    if (!best || candidate.length < best.length) best = candidate;
  }
  return best;
}

/** True when the whole text is one idiom (成语 or set phrase) to the tagger. */
function isIdiom(core: string): boolean {
  const words = nodejieba.tag(core);
  return words.length === 1 && (words[0]?.tag === 'i' || words[0]?.tag === 'l');
}

/** Words that end like a head but are none (挑战 is no 战, 青年 no 年). */
const NOT_HEAD = /(挑战|作战|实战|奋战|决战|备战|观战|青年|少年|老年|童年|成年|新年|周年|中年|晚年|万年|百年|千年)$/;

function endsWithHead(name: string): boolean {
  if (NOT_HEAD.test(name)) return false;
  return PROGRAM_HEADS.some((head) => name.endsWith(head)) || /(办理|网办|一次|一件事|一网通)/.test(name);
}

function mention(name: string, surface: string, start: number, sentence: Sentence, aliases: string[]): ProgramMention {
  return {
    kind: 'Program',
    key: programKey(name),
    name,
    surface,
    start,
    end: start + surface.length,
    sentence: sentence.index,
    aliases,
  };
}

function quotedPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  const { text } = sentence;
  for (const run of text.matchAll(QUOTE_RUN)) {
    const runStart = run.index ?? 0;
    const runEnd = runStart + run[0].length;
    const before = text.slice(Math.max(0, runStart - 6), runStart);
    const inTitle = text.lastIndexOf('《', runStart) > text.lastIndexOf('》', runStart);
    const afterRun = text.slice(runEnd);
    const sharedHead = /^等?(专项执法行动|专项行动|专项整治|系列活动|活动|行动)/.exec(afterRun);
    const quotes = [...run[0].matchAll(QUOTE)];
    for (const [i, quote] of quotes.entries()) {
      const core = (quote[1] ?? '').trim();
      // “先审查，后审议”原则: two short clauses before a head are one rule, else punctuation ends it.
      const rule =
        i === quotes.length - 1 &&
        /^[^，]{2,5}，[^，]{2,5}$/.test(core) &&
        /^(原则|制度|机制)/.test(text.slice(runEnd));
      if (SENTENCE_PUNCT.test(core.replace(/、/g, '')) && !rule) continue;
      const start = runStart + (quote.index ?? 0);
      const isLast = i === quotes.length - 1;
      if (inTitle) {
        // A quoted name inside a title (《“以案释法”汇编》) is an initiative when the text names
        // it elsewhere too; the check happens once the whole document is read.
        found.push({ ...mention(core, quote[0], sentence.start + start, sentence, []), inTitle: true });
        continue;
      }
      const head = isLast ? headAfter(sentence, runEnd) : null;
      const initiated = QUOTE_VERBS.test(before);
      if (!head && !initiated && !sharedHead && !endsWithHead(core)) continue;
      // 不搞“胡子工程”: what the text rejects is no programme.
      if (NEGATION.test(before)) continue;
      // “六型”, “4+1”: a short code names a program only with its head.
      if (!head && !sharedHead && core.length <= 3 && !endsWithHead(core)) continue;
      // “海誓山盟”: an idiom in quotes is a slogan.
      if (!head && isIdiom(core)) continue;
      const aliases: string[] = [];
      let name = core;
      let surface = quote[0];
      if (head) {
        // A short code (放管服, 十四五) is named with its head; a full name stands alone.
        if (core.length <= 3) name = `${core}${head}`;
        aliases.push(`“${core}”${head}`, `${core}${head}`, core);
        surface = `${quote[0]}${head}`;
      }
      found.push(mention(name, surface, sentence.start + start, sentence, aliases));
    }
  }
  return found;
}

/** True when a verb of the clause ends at `at` as a word of its own (not 保障 in 住房保障房). */
function verbEndsAt(sentence: Sentence, at: number): boolean {
  const before = sentence.text.slice(Math.max(0, at - 4), at);
  const verb = PROGRAM_VERBS.exec(before) ?? ACTION_VERBS.exec(before);
  // 专项整治, 专项治理: after 专项 a verb names the action.
  if (verb === null || /专项$/.test(sentence.text.slice(0, at - verb[0].length))) return false;
  return isWordBoundary(sentence, at - verb[0].length);
}

/** Start of an unquoted name ending at headStart, or -1 when a quote mark ends it. */
function leftExtent(sentence: Sentence, headStart: number, max: number): number {
  const { text } = sentence;
  let at = headStart;
  while (at > 0 && headStart - at < max) {
    const version = /\d+(?:\.\d+)?版$/.exec(text.slice(Math.max(0, at - 12), at));
    if (version) {
      at -= version[0].length;
      continue;
    }
    const ch = text[at - 1] ?? '';
    if (ch === '”' || ch === '"') return -1;
    if (!/[\u4e00-\u9fff]/.test(ch)) break;
    // 合法性审查|制度, 执法监督|机制: the verb right before a head is what the head is of.
    const stop = stopEndsAt(sentence, at, LEFT_STOPS, at === headStart ? 1 : 4);
    if (stop || (at < headStart && verbEndsAt(sentence, at))) break;
    // 1,000余场次体育赛事活动: a count in figures ends the name; 三项制度, 百日攻坚 are names.
    const count = COUNT_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    if (count && /\d/.test(count[0])) break;
    at--;
  }
  return at;
}

const VERB_TAGS = new Set(['v', 'vd', 'd', 'ad']);
const OFFENCE = /(违法|犯罪|走私|偷渡|诈骗|赌博|传销|邪教|恐怖|非法|涉黑|涉恶|黄赌毒|破坏|分裂|渗透|颠覆)/;
/** Parts of speech an unquoted name never starts with: the clause's verb, adverb or particle. */
const NOT_FIRST = new Set(['v', 'vd', 'd', 'ad', 'p', 'c', 'uj', 'ul', 'r', 'm', 'q', 'f']);

/** Moves a name's start past the verbs and adverbs of its clause (理顺|公用事业价格补贴机制). */
function skipLeadingVerbs(sentence: Sentence, start: number, headStart: number): number {
  let at = start;
  for (let word = taggedWordAt(sentence, at); word && at + word.word.length < headStart; ) {
    // 跨区域, 防汛: a one-character verb is a prefix of the name, not the clause's verb.
    const long = word.word.length >= 2;
    // 执法案卷评查活动: a kind of government work opens a name as a noun would.
    const verbal =
      (NOT_FIRST.has(word.tag) && (long || !VERB_TAGS.has(word.tag)) && !BODY_WORK.test(word.word)) ||
      ((word.tag === 'vn' || word.tag === 'l') && long && ACTION_VERBS.test(word.word));
    if (!verbal) break;
    at += word.word.length;
    word = taggedWordAt(sentence, at);
  }
  return at;
}

function unquotedPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  const { text } = sentence;
  for (const head of UNQUOTED_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const end = at + head.length;
      if (/[\u4e00-\u9fff]/.test(text[end] ?? '') && !/^(的|和|与|及|等|为|在|，)/.test(text.slice(end))) {
        // …改革顺利落地: a name that is the subject of its clause ends before the adverb or verb.
        const next = taggedWordAt(sentence, end);
        const subject = next && ['d', 'ad', 'v', 'p'].includes(next.tag) && isWordBoundary(sentence, end);
        if (!subject && !/^(工作|落实|体系|建设(?!项目))/.test(text.slice(end))) continue;
      }
      // 挑战, 工程建设项目, 行动力: the head ends inside a word.
      if (!(isWordBoundary(sentence, end) || /^工作/.test(text.slice(end))) || insideTitle(text, at)) continue;
      let start = leftExtent(sentence, at, 14);
      if (start < 0) continue;
      // 以…为重点的|现代学校管理制度: what stands before 的 describes the name.
      const particle = text.lastIndexOf('的', at);
      if (particle >= start) start = particle + 1;
      start = skipLeadingVerbs(sentence, nextBoundary(sentence, start), at);
      const core = text.slice(start, at);
      if (core.length < 3 || GENERIC_CORE.test(core) || /^[的了着是和与及]/.test(core)) continue;
      if (/各项|各类|相关|有关|一系列|多项|这些|上述|等/.test(core) || text[start - 1] === '等') continue;
      // 违法犯罪活动, 走私活动: what the government fights is no programme of its own.
      if (head === '活动' && OFFENCE.test(core)) continue;
      const name = text.slice(start, end);
      found.push(mention(name, name, sentence.start + start, sentence, []));
    }
  }
  return found;
}

const FOCUS = /(?:聚焦|围绕)([\u4e00-\u9fff、]{2,24}?)(?=[。，]|等(?:重点领域|领域|重点|方面|关键))/g;
const FOCUS_END = /(建设|治理|优化|改革|攻坚|防控|保护|整治|振兴|创建)$/;

function focusPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  for (const match of sentence.text.matchAll(FOCUS)) {
    const whole = match[1] ?? '';
    // 聚焦X。 standing as a sentence of its own is a heading that names an area.
    const opening = /^([（(]?[一二三四五六七八九十\d]+[)）、.．]?|[一二三四五六七八九十]是)?$/.test(
      sentence.text.slice(0, match.index ?? 0),
    );
    const terminal = opening && sentence.text[(match.index ?? 0) + match[0].length] === '。';
    let offset = (match.index ?? 0) + 2;
    for (const part of whole.split('、')) {
      const start = sentence.start + offset;
      offset += part.length + 1;
      if (part.length < 2 || /问题|环节|领域|工作$|重点$|目标$|中心$|大局$|任务$/.test(part)) continue;
      // Sectors and aims listed after 聚焦/围绕 (产业链, 项目实施) are no programs: a focus area
      // names a work of government (…治理, …改革, …防控), or stands alone as a heading.
      if (!FOCUS_END.test(part) && !(terminal && !whole.includes('、'))) continue;
      const first = taggedWordAt(sentence, start - sentence.start);
      if (first && NOT_FIRST.has(first.tag)) continue;
      found.push(mention(part, part, start, sentence, []));
    }
  }
  return found;
}

/** Program mentions of a document: each rule, then every other place a found name recurs. */
export function extractPrograms(sentences: Sentence[]): ProgramMention[] {
  const found: ProgramMention[] = [];
  for (const sentence of sentences) {
    const quoted = [...quotedPrograms(sentence), ...focusPrograms(sentence)];
    const unquoted = longestSpans(unquotedPrograms(sentence)).filter(
      (u) => !quoted.some((q) => q.start < u.end && u.start < q.end),
    );
    found.push(...quoted, ...unquoted);
  }
  keepRecurringTitleTerms(found, sentences);
  mergeExtendedNames(found);
  mergeShortReforms(found);
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
