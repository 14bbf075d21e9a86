// Finds named initiatives: quoted names that a program head or an initiating verb marks as one,
// unquoted noun phrases ending in a head (…改革, …机制), and focus areas (聚焦X。/ 围绕X、Y等).

import { groupBy } from '../../graph/group-by.js';
import { normalizeName } from '../text-utils.js';
import { ACTION_VERBS, COUNT_BEFORE, LEFT_STOPS, PROGRAM_HEADS, PROGRAM_VERBS } from '../vocabulary.js';
import { longestSpans, type Mention } from './extract-agencies.js';
import type { Sentence } from './split-sentences.js';
import { stopEndsAt } from './tokens.js';

export interface ProgramMention extends Mention {
  kind: 'Program';
  aliases: string[];
  /** Quoted inside a document title: kept only when the name recurs outside titles. */
  inTitle?: boolean;
}

const QUOTE_RUN = /(?:[“"][^“”"\n]{2,25}[”"]、?)+/g;
const QUOTE = /[“"]([^“”"\n]{2,25})[”"]/g;
const UNQUOTED_HEADS = ['改革', '机制', '制度', '专项行动', '行动', '活动', '工程', '体系', '攻坚战', '保卫战', '试点'];
const GENERIC_CORE =
  /^(工作|长效|常态化|相关|有关|各项|管理|考核|这一|该|新|体制|各类|一系列|多项|系列|配套|本|此|上述|监督|保障|责任|制度|机制|工作制度|工作机制)$/;
const SENTENCE_PUNCT = /[，。；：！？,;:!?]/;

/** Program key: normalized, with the 制度/机制 variants of a name made one. */
/** Words that say what kind of reform it is, not which: 执法领域改革 and 行政执法体制改革 are one. */
const REFORM_QUALIFIERS = /领域|体制|机制|制度|行政|方面/g;

/**
 * Program key: normalized, with the 制度/机制 variants of a name made one, and a reform keyed by
 * what it reforms (its name without the qualifiers above).
 */
export function programKey(name: string): string {
  const normalized = normalizeName(name);
  const reform = /^(.+)改革$/.exec(normalized);
  if (reform) {
    const subject = (reform[1] ?? '').replace(REFORM_QUALIFIERS, '');
    if (subject.length >= 2) return `Program:${subject}改革`;
  }
  return `Program:${normalized.replace(/(制度|机制)$/, '机制')}`;
}

function headAfter(text: string, from: number): string | null {
  const rest = text.slice(from, from + 12);
  const stop = rest.search(/[，。；、“”《》,;的之]/);
  const window = stop < 0 ? rest : rest.slice(0, stop);
  // The nearest head ends the name.
  let best: string | null = null;
  for (const head of PROGRAM_HEADS) {
    const at = window.indexOf(head);
    if (at < 0 || at > 8) continue;
    const candidate = window.slice(0, at + head.length);
    if (!best || candidate.length < best.length) best = candidate;
  }
  return best;
}

function endsWithHead(name: string): boolean {
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
      if (SENTENCE_PUNCT.test(core.replace(/、/g, ''))) continue;
      const start = runStart + (quote.index ?? 0);
      const isLast = i === quotes.length - 1;
      if (inTitle) {
        // A quoted name inside a title (《“以案释法”汇编》) is an initiative when the text names
        // it elsewhere too; the check happens once the whole document is read.
        found.push({ ...mention(core, quote[0], sentence.start + start, sentence, []), inTitle: true });
        continue;
      }
      const head = isLast ? headAfter(text, runEnd) : null;
      const initiated = i === 0 && PROGRAM_VERBS.test(before);
      if (!head && !initiated && !sharedHead && !endsWithHead(core)) continue;
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
    const before = text.slice(Math.max(0, at - 4), at);
    if (stopEndsAt(sentence, at, LEFT_STOPS) || PROGRAM_VERBS.test(before) || ACTION_VERBS.test(before)) break;
    // 1,000余场次体育赛事活动: a count and its measure word end the name.
    if (COUNT_BEFORE.test(text.slice(Math.max(0, at - 8), at))) break;
    at--;
  }
  return at;
}

function insideTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

function unquotedPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  const { text } = sentence;
  for (const head of UNQUOTED_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      const end = at + head.length;
      if (/[\u4e00-\u9fff]/.test(text[end] ?? '') && !/^(的|和|与|及|等|为|在|，)/.test(text.slice(end))) {
        if (!/^(工作|建设|落实|体系)/.test(text.slice(end))) continue;
      }
      if (insideTitle(text, at)) continue;
      const start = leftExtent(sentence, at, 14);
      if (start < 0) continue;
      const core = text.slice(start, at);
      if (core.length < 3 || GENERIC_CORE.test(core) || /^[的了着是和与及]/.test(core)) continue;
      if (/各项|各类|相关|有关|一系列|多项|这些|上述/.test(core) || text[start - 1] === '等') continue;
      const name = text.slice(start, end);
      found.push(mention(name, name, sentence.start + start, sentence, []));
    }
  }
  return found;
}

const FOCUS = /(?:聚焦|围绕)([\u4e00-\u9fff、]{2,24}?)(?=[。，]|等(?:重点领域|领域|重点|方面|关键))/g;
const FOCUS_END = /(建设|治理|优化|筹办|举办|常态化|改革|攻坚|防控|保护|整治|发展|提升|振兴|创建|管理)$/;

function focusPrograms(sentence: Sentence): ProgramMention[] {
  const found: ProgramMention[] = [];
  for (const match of sentence.text.matchAll(FOCUS)) {
    const whole = match[1] ?? '';
    const terminal = sentence.text[(match.index ?? 0) + match[0].length] === '。';
    let offset = (match.index ?? 0) + 2;
    for (const part of whole.split('、')) {
      const start = sentence.start + offset;
      offset += part.length + 1;
      if (part.length < 2 || /问题|环节|领域|工作$|重点$|目标$|中心$|大局$|任务$/.test(part)) continue;
      if (!terminal && !FOCUS_END.test(part) && !whole.includes('、')) continue;
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
  const names = new Map<string, ProgramMention>();
  for (const m of found) {
    const core = m.surface.replace(/[“”"]/g, '');
    if (core.length >= 3 && !names.has(core)) names.set(core, m);
  }
  const seen = new Set(found.map((m) => `${m.start}:${m.key}`));
  if (names.size > 0) {
    const escaped = [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const anyName = new RegExp(escaped.join('|'), 'g');
    const inSentence = groupBy(found, (m) => m.sentence);
    for (const sentence of sentences) {
      const here = inSentence.get(sentence.index) ?? [];
      for (const match of sentence.text.matchAll(anyName)) {
        const first = names.get(match[0]);
        if (!first) continue;
        const start = sentence.start + (match.index ?? 0);
        const covered = here.some((m) => m.start <= start && start < m.end);
        if (covered || seen.has(`${start}:${first.key}`)) continue;
        seen.add(`${start}:${first.key}`);
        found.push({
          ...first,
          surface: match[0],
          start,
          end: start + match[0].length,
          sentence: sentence.index,
          aliases: [],
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Keeps a quoted term of a title only when the text also names it outside titles. */
function keepRecurringTitleTerms(found: ProgramMention[], sentences: Sentence[]): void {
  const recurs = new Map<string, boolean>();
  const outsideTitles = (core: string) =>
    sentences.some((s) => {
      for (let at = s.text.indexOf(core); at >= 0; at = s.text.indexOf(core, at + 1)) {
        if (!insideTitle(s.text, at)) return true;
      }
      return false;
    });
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i];
    if (!m?.inTitle) continue;
    const core = m.name;
    let elsewhere = recurs.get(core);
    if (elsewhere === undefined) {
      elsewhere = outsideTitles(core);
      recurs.set(core, elsewhere);
    }
    if (elsewhere) delete m.inTitle;
    else found.splice(i, 1);
  }
}

/** 冬奥会筹办举办 is 冬奥会筹办 with a word more: one program, the longer form an alias. */
function mergeExtendedNames(found: ProgramMention[]): void {
  const names = [...new Set(found.map((m) => m.name))].sort((a, b) => a.length - b.length);
  for (const m of found) {
    const base = names.find(
      (n) => n.length >= 3 && n !== m.name && m.name.startsWith(n) && m.name.length - n.length <= 2,
    );
    if (!base) continue;
    const target = found.find((x) => x.name === base);
    if (!target) continue;
    m.aliases = [...m.aliases, m.name];
    m.key = target.key;
    m.name = target.name;
  }
}
