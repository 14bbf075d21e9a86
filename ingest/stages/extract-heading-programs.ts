// Headings name the program or area their section is about: 二是数字政府建设率先突破 (a name
// then how it went), 四是全面推进政务公开, 打造法治化营商环境 (an initiating verb then the name), 二是“…服务圈”实现
// 新发展 (a quoted subject). Reads such names from the headings that hold no program already,
// and finds where the text names them again.

import nodejieba from 'nodejieba';
import { groupBy } from '../../graph/group-by.js';
import { normalizeName } from '../text-utils.js';
import type { ProgramMention } from './extract-programs.js';
import { programKey } from './extract-programs.js';
import { GENERIC_BUILDING } from './program-context.js';
import { notAProgram } from './program-kinds.js';
import { isBuiltThing } from './quoted-programs.js';
import { opensWithVerb } from './split-clauses.js';
import type { Sentence } from './split-sentences.js';

const NUMBER = /^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])/;
const ADVERB = /^(?:深入|全面|持续|积极|大力|扎实|稳步|着力|进一步|不断|切实|认真|多措并举|加快|努力|严格|有序)*/;
const INITIATING = /^(?:建立健全|推进|深化|实施|推行|落实|开展|完善|健全|做好|抓好|强化|加强|打造|优化|营造|参与)/;
/** Qualities an aim is said by: 一流营商环境, 优质营商环境. */
const QUALITY =
  /^(?:国际|世界|全国)?(?:一流|优质|良好|最优|更优|最佳|更好|优良|优越|高效|便捷|公平|稳定|透明|宽松|舒心|安心|放心|满意)/;
/** Words that open what a heading says of its subject: 率先突破, 持续优化, 谱写新篇章 … */
const PREDICATE =
  /^(?:率先|全面|持续|进一步|不断|顺利|深入|更加|取得|实现|形成|谱写|呈现|走深走实|落地|倒逼|成为|迈上|开创|展现|稳步|有序|扎实|加快|提质|提速|再上|跃上|成效|见效|有力|显著|明显|日益|逐步|普遍|基本|初步|卓有成效|得到|获得|高效|纵深|创新升级)/;
/** Heads that make a noun phrase an initiative. */
// 体系 is left out: 消防安全体系逐步完善 says how a field stands, not which programme runs.
// 全面依法治市: the rule of law over a place is the programme of that place's whole government.
// 重点领域立法: the lawmaking of a field.
// 乡村振兴稳步推进: the revitalization of a field, which a work report heads a section with.
const HEAD =
  /(?:建设|改革|制度|机制|模式|行动|工程|督察|公开|试点|营商环境|依法治[国省市区县州镇]|立法|振兴|[^建设]工作)$/;
const GENERIC = /各项|各类|相关|有关|任务|水平|能力|项目建设$|^(?:制度|机制|体制|工作|体系|改革)/;

function candidate(name: string, afterVerb = false): boolean {
  if (name.length < 4 || name.length > 20 || !HEAD.test(name) || GENERIC.test(name)) return false;
  // 营商环境进一步优化: the climate for business said alone is an aim; a place's, a tax's or the
  // rule's that shapes it (法治化营商环境) names the work on it.
  if (name === '营商环境') return false;
  if (GENERIC_BUILDING.test(name)) return false;
  if (/[，。；：、的等]/.test(name)) return false;
  // 重大民生工程, 十大人才工程: a class of works, or a count of them, is none of them.
  if (/^(重大|重点|[一二三四五六七八九十百]+大)/.test(name) && /(工程|项目|行动)$/.test(name)) return false;
  // 国际生物谷建设全面提速: a place or building being built is no programme.
  if (name.endsWith('建设') && isBuiltThing(name.slice(0, -2))) return false;
  // 行政复议和行政应诉工作: two areas joined, no one initiative.
  if (/[和与及]/.test(name)) return false;
  if (!afterVerb && opensWithVerb(name)) return false;
  // A name starts with a noun (确保…, 将…, 40个…, 2025年… do not), has no pronoun (自身), and
  // a bare 建设/改革/工作 needs two words before it (政府建设, 重点改革 name no one initiative).
  const words = nodejieba.tag(name);
  if (/^(?:v|vd|d|ad|m|q|r|p|c|t|u|f)$/.test(words[0]?.tag ?? '')) return false;
  // 全力以赴|推动城乡建设: an idiom of manner before a running verb opens a clause (土壤污染|防治, an
  // idiom to the tagger too, names what is done).
  if (words[0]?.tag === 'i' && /^(推动|推进|打造|实施|开展|加快|抓好|做好|深化|落实|建设)$/.test(words[1]?.word ?? ''))
    return false;
  if (words.some((w) => w.tag === 'r')) return false;
  return !(/(?:建设|改革|工作)$/.test(name) && words.length < 3);
}

/** The program a heading part names, with its offset in the part, or null. */
export function headingName(part: string): { name: string; at: number } | null {
  const quoted = /^[“"]([^“”"]{2,25})[”"]/.exec(part);
  if (quoted && PREDICATE.test(part.slice(quoted[0].length))) return { name: quoted[1] ?? '', at: 1 };
  const adverbs = ADVERB.exec(part)?.[0] ?? '';
  const verb = INITIATING.exec(part.slice(adverbs.length))?.[0];
  if (verb) {
    const name = part.slice(adverbs.length + verb.length);
    // 四是做好街巷保洁工作: the work of a field done well is the field, no initiative.
    if (/^(做好|抓好)$/.test(verb) && name.endsWith('工作')) return null;
    // 打造一流营商环境: what is built or bettered, said by its quality, is an aim; by the rule
    // that shapes it (法治化营商环境) a programme.
    if (/^(打造|优化|营造)$/.test(verb) && QUALITY.test(name)) return null;
    return candidate(name, true) ? { name, at: adverbs.length + verb.length } : null;
  }
  for (let k = 3; k < part.length - 1; k++) {
    if (!PREDICATE.test(part.slice(k))) continue;
    const name = part.slice(0, k);
    return candidate(name) ? { name, at: 0 } : null;
  }
  return null;
}

/**
 * Programs named by headings that hold none of the given programs; `topic` is the report's
 * title, whose own subject (法治政府建设 in a report on it) is the report, not a program in it.
 */
export function extractHeadingPrograms(
  sentences: Sentence[],
  programs: ProgramMention[],
  topic: string,
): ProgramMention[] {
  const found: ProgramMention[] = [];
  const withPrograms = new Set(programs.map((p) => p.sentence));
  // 规范性文件合法性审查工作 under a heading is the 合法性审查制度 named elsewhere: one program.
  const known = new Map(programs.filter((p) => suffix(p.name)).map((p) => [suffix(p.name), p]));
  for (const sentence of sentences) {
    if (!sentence.heading || withPrograms.has(sentence.index)) continue;
    const number = NUMBER.exec(sentence.text)?.[0] ?? '';
    let offset = number.length;
    for (const part of sentence.text.slice(number.length).split(/[，,。；：]/)) {
      const hit = headingName(part);
      // A heading names a plan, a class or a facility's works as the text does elsewhere.
      if (hit && !topic.includes(hit.name) && !notAProgram(hit.name)) {
        const start = sentence.start + offset + hit.at;
        found.push({
          kind: 'Program',
          key: programKey(hit.name),
          name: normalizeName(hit.name),
          surface: hit.name,
          start,
          end: start + hit.name.length,
          sentence: sentence.index,
          aliases: [],
        });
        break;
      }
      offset += part.length + 1;
    }
  }
  // The name found elsewhere wins, then a …制度/机制 name, then the shortest.
  const rank = (p: ProgramMention) =>
    (known.get(suffix(p.name)) === p ? 0 : 1000) + (/(?:制度|机制)$/.test(p.name) ? 0 : 100) + p.name.length;
  for (const p of [...found].sort((a, b) => rank(a) - rank(b))) {
    if (suffix(p.name) && !known.has(suffix(p.name))) known.set(suffix(p.name), p);
  }
  for (const p of found) {
    const same = suffix(p.name) ? known.get(suffix(p.name)) : undefined;
    if (same) Object.assign(p, { key: same.key, name: same.name });
  }
  return [...found, ...recurrences(found, sentences, programs)];
}

/** A program's name without its generic head: 合法性审查制度 → 合法性审查. */
export function core(name: string): string {
  return name.replace(/(?:制度|机制|工作|体系)$/, '');
}

/**
 * The last words of what a program is about, by which two namings of it are one program: a
 * reform's classifier (体制改革, 制度改革) says nothing of which reform (社会治理体制改革 is not
 * 办学体制改革), so it is left out; '' when too little is left to tell.
 */
const suffix = (name: string) => {
  const subject = core(name).replace(/(?:体制机制|体制|制度|机制)?改革$/, '');
  return subject.length >= 4 ? subject.slice(-4) : '';
};

/** Other places the text names a heading's program, where no program was found already. */
function recurrences(found: ProgramMention[], sentences: Sentence[], programs: ProgramMention[]): ProgramMention[] {
  const more: ProgramMention[] = [];
  const taken = groupBy([...programs, ...found], (p) => p.sentence);
  for (const first of found) {
    for (const sentence of sentences) {
      for (let at = sentence.text.indexOf(first.surface); at >= 0; at = sentence.text.indexOf(first.surface, at + 1)) {
        const start = sentence.start + at;
        const end = start + first.surface.length;
        const here = taken.get(sentence.index) ?? [];
        if (here.some((p) => p.start < end && start < p.end)) continue;
        const m = { ...first, start, end, sentence: sentence.index, aliases: [] };
        more.push(m);
        here.push(m);
        taken.set(sentence.index, here);
      }
    }
  }
  return more;
}
