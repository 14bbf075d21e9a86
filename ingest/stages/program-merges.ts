// What makes two program mentions of one report one programme: a quoted title term kept only
// when the text names it elsewhere, a name extended by a word, a reform said shortly.

import type { Mention } from './extract-agencies.js';
import type { ProgramMention } from './extract-programs.js';
import { programKey } from './program-mention.js';
import type { Sentence } from './split-sentences.js';

/** True when offset `at` of the text stands inside 《》. */
export function insideTitle(text: string, at: number): boolean {
  return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
}

/** Keeps a quoted term of a title only when the text also names it outside titles. */
export function keepRecurringTitleTerms(found: ProgramMention[], sentences: Sentence[]): void {
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

const EXTENDING_HEAD = /^(改革|试点|工程|行动|计划|建设|机制|制度|创建)$/;

/** 冬奥会筹办举办 is 冬奥会筹办 with a word more: one program, the longer form an alias. */
export function mergeExtendedNames(found: ProgramMention[]): void {
  const names = [...new Set(found.map((m) => m.name))].sort((a, b) => a.length - b.length);
  for (const m of found) {
    const base = names.find(
      (n) =>
        n.length >= 3 &&
        n !== m.name &&
        m.name.startsWith(n) &&
        m.name.length - n.length <= 2 &&
        // 土地供应制度改革 reforms 土地供应制度: a head added names another programme.
        !EXTENDING_HEAD.test(m.name.slice(n.length)),
    );
    if (!base) continue;
    const target = found.find((x) => x.name === base);
    if (!target) continue;
    m.aliases = [...m.aliases, m.name];
    m.key = target.key;
    m.name = target.name;
  }
}

/**
 * In one report, a reform named by the tail of another reform's subject is that reform said
 * shortly (执法领域改革 after 行政执法体制改革): it joins the longer name when only one fits.
 */
export function mergeShortReforms(found: ProgramMention[]): void {
  const subjects = new Map<string, ProgramMention>();
  for (const m of found) {
    const subject = reformSubject(m.key);
    // 家具产业供给侧结构性改革工程 is a works of one industry: its key ends in 改革, its name does
    // not, and the reform said shortly beside it (供给侧结构性改革) is the whole country's.
    if (subject && m.name.endsWith('改革')) subjects.set(subject, subjects.get(subject) ?? m);
  }
  for (const m of found) {
    const subject = reformSubject(m.key);
    if (!subject || subject.length < 2) continue;
    const longer = [...subjects.keys()].filter((s) => s !== subject && s.endsWith(subject));
    const target = longer.length === 1 ? subjects.get(longer[0] ?? '') : undefined;
    if (!target) continue;
    m.aliases = [...m.aliases, m.name];
    m.key = target.key;
    m.name = target.name;
  }
}

/** What a reform's key says it reforms (执法 of 执法领域改革), or '' for other programmes. */
function reformSubject(key: string): string {
  return /^Program:(.+?)(领域)?改革$/.exec(key)?.[1] ?? '';
}

/** A level before a model's title (全国…示范区) and the title's end (…示范区, …示范市). */
const MODEL_LEVEL = /^(全国|全省|全市|国家|省级|市级)/;
const MODEL_TITLE = /示范(区|市|县|镇|街道)$/;
const MODEL_CAMPAIGN = /示范创建(活动|工作)?$/;

/**
 * In one report, the campaign to be named a model of a field (法治政府建设示范创建) is the model's
 * title it strives for (创建“全国法治政府建设示范区”): one programme, named by the title.
 */
export function mergeModelCampaigns(found: ProgramMention[]): void {
  const field = (name: string, end: RegExp) => name.replace(MODEL_LEVEL, '').replace(end, '');
  const titles = new Map<string, ProgramMention>();
  for (const m of found) if (MODEL_TITLE.test(m.name)) titles.set(field(m.name, MODEL_TITLE), m);
  if (titles.size === 0) return;
  for (const m of found) {
    const target = MODEL_CAMPAIGN.test(m.name) ? titles.get(field(m.name, MODEL_CAMPAIGN)) : undefined;
    if (!target) continue;
    m.aliases = [...m.aliases, m.name];
    m.key = target.key;
    m.name = target.name;
  }
}

/** A level of government opening a name: whose the programme is (市县|法治建设督察). */
const OWN_LEVEL = /^(中央|国家|全国|省|市|县|区|自治区|州|乡|镇)/;

/**
 * A program read on from the body that opens its words when a level of its own follows the body
 * (中央依法治国办|市县法治建设督察): the body orders or runs it and is no word of its name; a body
 * without a level after it (区政府|常务会学法制度) is the name's owner and stays. Null for a program
 * inside a body's name (…领导小组), which is that name's. `bodies` are the agency mentions of the
 * program's sentence.
 */
export function outsideBodies(program: ProgramMention, bodies: readonly Mention[]): ProgramMention | null {
  if (bodies.some((a) => a.start <= program.start && program.end <= a.end)) return null;
  const body = bodies.find((a) => a.start <= program.start && program.start < a.end && a.end < program.end);
  // 市委|市政府…: a body after the body is a second owner, not the programme's level.
  if (!body || bodies.some((a) => a.start === body.end)) return program;
  const cut = program.surface.slice(0, body.end - program.start);
  const name = program.name.slice(cut.length);
  if (!program.name.startsWith(cut) || /[“”"]/.test(cut) || name.length < 4 || !OWN_LEVEL.test(name)) return program;
  const surface = program.surface.slice(cut.length);
  return { ...program, key: programKey(name), name, surface, start: body.end, aliases: [] };
}
