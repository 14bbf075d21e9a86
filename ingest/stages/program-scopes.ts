// Which programs a measure belongs to, from where it stands: the programs it names; those the
// first action of its sentence and the action before it name (深化“放管服”改革，推进…，实施…); the focus area it
// falls under (聚焦X。…); the program its paragraph opens with (扎实推进污染防治，…。…); the topic its
// sentence opens with (深化X，…；…); and the program its nearest heading names (二是数字政府建设率先突破。…).

import { appendToGroup, groupBy } from '../../graph/group-by.js';
import { core } from './extract-heading-programs.js';
import type { MeasureSpan } from './extract-measures.js';
import type { ProgramMention } from './extract-programs.js';
import type { SectionSpan } from './split-sections.js';
import type { Sentence } from './split-sentences.js';
import { topicSpan } from './topic-programs.js';

/**
 * True when the sentence opens its paragraph with its focus (聚焦X，…), the paragraph's run-in
 * title before it or not (融入X起势见效。聚焦X，…).
 */
function opensParagraph(text: string, sentences: Sentence[], s: Sentence): boolean {
  if (!/^(聚焦|围绕)/.test(s.text)) return false;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, s.start))) return true;
  const previous = sentences[s.index - 1];
  return (
    previous !== undefined &&
    !previous.heading &&
    /^\s*$/.test(text.slice(lineStart, previous.start)) &&
    /^[^，。；：,\d]{4,14}。$/.test(previous.text)
  );
}

/** Sentences in the scope of a focus area: from 聚焦X。 (or a paragraph opened by 聚焦X，…) to the next focus or the paragraph end. */
function focusScopes(text: string, sentences: Sentence[], programs: ProgramMention[]): Map<number, string[]> {
  const scopes = new Map<number, string[]>();
  for (const program of programs) {
    const s = sentences[program.sentence];
    if (!s || !/^(聚焦|围绕)/.test(text.slice(program.start - 2, program.start))) continue;
    const terminal = /^(聚焦|围绕)[^，。；]+[。；]$/.test(s.text) || opensParagraph(text, sentences, s);
    const paragraphEnd = text.indexOf('\n', s.start);
    for (let i = s.index; i < sentences.length; i++) {
      const next = sentences[i];
      if (!next || (paragraphEnd >= 0 && next.start > paragraphEnd)) break;
      if (i > s.index && /^(聚焦|围绕)/.test(next.text)) break;
      appendToGroup(scopes, i, program.key);
      if (!terminal) break;
    }
  }
  return scopes;
}

/** The sentences after `s` in its paragraph, up to a heading. */
function* restOfParagraph(text: string, sentences: Sentence[], s: Sentence): Generator<Sentence> {
  const paragraphEnd = text.indexOf('\n', s.start);
  for (let i = s.index + 1; i < sentences.length; i++) {
    const next = sentences[i];
    if (!next || next.heading || (paragraphEnd >= 0 && next.start > paragraphEnd)) return;
    yield next;
  }
}

/**
 * Sentences in the scope of a paragraph's topic: a paragraph that opens with a clause running one
 * program (加快打造“轨道上的大湾区”。…, 扎实推进污染防治，…) is that program's, to its end.
 */
function paragraphScopes(text: string, sentences: Sentence[], programs: ProgramMention[]): Map<number, string[]> {
  const scopes = new Map<number, string[]>();
  const bySentence = groupBy(programs, (p) => p.sentence);
  for (const s of sentences) {
    if (s.heading || !/^\s*$/.test(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start))) continue;
    const clauseEnd = s.start + (/^[^，。；：]*/.exec(s.text)?.[0].length ?? 0);
    // The opening clause is the program and the words that run it (a verb, an adverb): no more.
    const topic = (bySentence.get(s.index) ?? []).filter(
      (p) => p.end <= clauseEnd && clauseEnd - s.start - (p.end - p.start) <= 6,
    );
    if (topic.length !== 1) continue;
    for (const next of restOfParagraph(text, sentences, s)) appendToGroup(scopes, next.index, topic[0]?.key ?? '');
  }
  return scopes;
}

/** Subjects and joiners before the running verb of an item: 省委、省政府主要负责同志带头履行X. */
const ITEM_SUBJECT = /我们|我[省市区县州]|(?:党政)?主要负责(?:同志|人)|负责同志|主要领导|[、和及与]/g;

/** Words of an item's title too common to tie it to a program. */
const COMMON_PAIR =
  /^(?:建设|推进|全面|深入|加强|持续|工作|发展|不断|进一|一步|更加|有效|扎实|积极|深化|提升|水平|坚持|落实|强化|完善|健全|取得|成效|明显|显著|改革|创新|服务|管理|体系|机制|制度|优化|高效|质量|能力|政府|法治|依法|行政)$/;

/** True when the program's name shares a word of two characters with the title (认真履行主体责任 | …第一责任人职责). */
function sharesTitleWord(title: string, name: string): boolean {
  for (let i = 0; i + 2 <= title.length; i++) {
    const pair = title.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(pair) && !COMMON_PAIR.test(pair) && name.includes(pair)) return true;
  }
  return false;
}

/**
 * Sentences in the scope of an item's program, in a report on the building of a rule-of-law
 * government, whose items are short and hold to one matter: an item of a paragraph (二是认真履行
 * 主体责任。严格落实…X，…。…) whose first sentence opens with a clause running one program, its doers
 * before it or not, is that program's to the next item.
 */
function itemScopes(
  sentences: Sentence[],
  programs: ProgramMention[],
  agencies: { sentence: number; start: number; end: number }[],
): Map<number, string[]> {
  const scopes = new Map<number, string[]>();
  const bySentence = groupBy(programs, (p) => p.sentence);
  const agenciesIn = groupBy(agencies, (a) => a.sentence);
  for (const s of sentences) {
    const here = bySentence.get(s.index);
    const previous = sentences[s.index - 1];
    const item = s.section;
    if (!here || s.heading || !item || item.level !== 6 || previous?.heading !== true || previous.section !== item)
      continue;
    const clauseEnd = s.start + (/^[^，。；：,]*/.exec(s.text)?.[0].length ?? 0);
    const doers = (agenciesIn.get(s.index) ?? []).filter((a) => a.end <= clauseEnd);
    const topic = here.filter((p) => {
      if (p.end > clauseEnd) return false;
      let lead = s.text.slice(0, p.start - s.start);
      for (const a of doers)
        if (a.end <= p.start) lead = lead.replace(s.text.slice(a.start - s.start, a.end - s.start), '');
      return lead.replace(ITEM_SUBJECT, '').length + (clauseEnd - p.end) <= 6;
    });
    if (topic.length !== 1 || !topic[0] || !sharesTitleWord(item.title, topic[0].name)) continue;
    for (let i = s.index + 1; i < sentences.length; i++) {
      const next = sentences[i];
      if (!next || next.heading || next.section !== item) break;
      appendToGroup(scopes, i, topic[0].key);
    }
  }
  return scopes;
}

/**
 * Sentences in the scope of a sentence's topic: a sentence that opens with a running verb and one
 * program and gives results (深化X，开通3条地铁新线…) is that program's across its semicolons
 * (…；…；…。) while each piece gives a figure too. Plans (no figures) and the next full sentence
 * are left to the other scopes: a chain of plans joins unrelated items as often as related ones.
 */
function topicScopes(text: string, sentences: Sentence[], programs: ProgramMention[]): Map<number, string[]> {
  const scopes = new Map<number, string[]>();
  const bySentence = groupBy(programs, (p) => p.sentence);
  for (const s of sentences) {
    const here = bySentence.get(s.index);
    const span = here && !s.heading ? topicSpan(s) : null;
    if (!here || !span) continue;
    const topic = here.find((p) => p.start === s.start + span.start && p.end === s.start + span.end);
    if (!topic || !/\d/.test(s.text)) continue;
    for (const next of restOfParagraph(text, sentences, s)) {
      const previous = sentences[next.index - 1];
      if (!previous || !/[；;]$/.test(previous.text) || !/\d/.test(next.text)) break;
      appendToGroup(scopes, next.index, topic.key);
    }
  }
  return scopes;
}

/** Programs each section's heading names, by section index. */
function headingPrograms(sentences: Sentence[], programs: ProgramMention[]): Map<number, string[]> {
  const bySection = new Map<number, string[]>();
  for (const program of programs) {
    const s = sentences[program.sentence];
    if (!s?.heading || !s.section) continue;
    const keys = bySection.get(s.section.index) ?? [];
    if (!keys.includes(program.key)) keys.push(program.key);
    bySection.set(s.section.index, keys);
  }
  return bySection;
}

/** Program keys of every measure, in the order of `measures`. */
export function measurePrograms(
  text: string,
  sentences: Sentence[],
  sections: SectionSpan[],
  programs: ProgramMention[],
  measures: MeasureSpan[],
  items?: { agencies: { sentence: number; start: number; end: number }[] },
): string[][] {
  const focus = focusScopes(text, sentences, programs);
  const itemed = items ? itemScopes(sentences, programs, items.agencies) : new Map<number, string[]>();
  const topics = paragraphScopes(text, sentences, programs);
  const opened = topicScopes(text, sentences, programs);
  const headings = headingPrograms(sentences, programs);
  const headed = new Map<string, string>();
  for (const p of programs) {
    const name = core(p.name);
    if (sentences[p.sentence]?.heading && name.length >= 4 && !headed.has(name)) headed.set(name, p.key);
  }
  const inSentence = groupBy(programs, (p) => p.sentence);
  const lead = new Map<number, string[]>();
  let previous: string[] = [];
  return measures.map((m) => {
    const s = m.sentence;
    const named = (inSentence.get(s.index) ?? []).filter((p) => p.start >= m.start && p.end <= m.end).map((p) => p.key);
    // The sentence's first action, and the action just before, scope the actions that follow.
    const carried = m.order > 0 ? [...(lead.get(s.index) ?? []), ...previous] : [];
    if (m.order === 0) lead.set(s.index, named);
    previous = named;
    const keys = new Set([
      ...named,
      ...carried,
      ...(focus.get(s.index) ?? []),
      ...(topics.get(s.index) ?? []),
      ...(opened.get(s.index) ?? []),
      ...(itemed.get(s.index) ?? []),
    ]);
    // 由区司法局进行合法性审查: the bare name of a program a heading names is that program.
    for (const [name, key] of headed) if (m.text.includes(name)) keys.add(key);
    for (let section: SectionSpan | null = s.section; section; ) {
      const found = headings.get(section.index);
      if (found) {
        for (const key of found) keys.add(key);
        break;
      }
      section = section.parent === null ? null : (sections[section.parent] ?? null);
    }
    return [...keys];
  });
}
