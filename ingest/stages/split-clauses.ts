// Cuts a sentence into clauses at its top-level commas (not inside quotes, titles or brackets),
// and groups the clauses into actions: a group starts where a new verb phrase starts (an action
// verb after adverbs, or a named subject), leading adverbials (2021年，按照…要求，) join the
// action after them, and results and purposes (实现…，确保…，精简率…) join the action before.

import { codeSet } from '../text-utils.js';
import { ACTION_VERBS, WORK_VERBS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';

export interface Clause {
  start: number;
  /** End of the clause text, before its comma. */
  end: number;
  text: string;
}

/** What each code unit does to the clause scan: opens or closes a bracket, or cuts a clause. */
const OPENS = 1;
const CLOSES = 2;
const CUTS = 3;
const ROLE = new Uint8Array(0x10000);
for (const code of codeSet('“‘《（(「『〈【[')) ROLE[code] = OPENS;
for (const code of codeSet('”’》）)」』〉】]')) ROLE[code] = CLOSES;
for (const code of codeSet('，,；;：:')) ROLE[code] = CUTS;

/** The clauses of a sentence, with offsets into the document text. */
export function splitClauses(sentence: Sentence): Clause[] {
  const clauses: Clause[] = [];
  const { text } = sentence;
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const role = ROLE[code];
    if (role === OPENS) depth++;
    else if (role === CLOSES) depth = Math.max(0, depth - 1);
    else if (code === 0x22) depth = depth > 0 ? depth - 1 : depth + 1;
    else if (depth === 0 && role === CUTS) {
      pushClause(clauses, sentence, from, i);
      from = i + 1;
    }
  }
  pushClause(clauses, sentence, from, text.length);
  return clauses;
}

/**
 * Adds the clause [from, to) of the sentence without its outer spaces and punctuation, if any text
 * is left. A function of the module, not a closure made per sentence: the loader names each
 * closure bound to a const on every call (esbuild's keepNames), which costs more than the push.
 */
function pushClause(clauses: Clause[], sentence: Sentence, from: number, to: number): void {
  const { text } = sentence;
  let a = from;
  let b = to;
  while (a < b && /[\s\u3000]/.test(text[a] ?? '')) a++;
  while (b > a && /[\s\u3000。；;！!？?，,：:]/.test(text[b - 1] ?? '')) b--;
  if (b > a) clauses.push({ start: sentence.start + a, end: sentence.start + b, text: text.slice(a, b) });
}

/** Adverbs and connectives that may stand before the verb of a clause. */
const ADVERBS =
  /^(?:积极稳妥|积极|全面|大力|持续|深入|进一步|不断|切实|认真|严格|扎实|稳步|有序|着力|加快|努力|主动|率先|首次|同时|并且|并|还|亦|也|均|都|已经|已|先后|相继|定期|逐步|重点|集中|及时|高标准|高质量|常态化|多措并举|共同|广泛|全力|坚决|精心|纵深|再|又|专题|统一|依法依规|依法|正式|继续|坚持|注重|全年|共|累计|分别|陆续|一并|首批|探索|创新性地|创新)+/;

/** Verbs that say what a clause achieves or aims at, not a new action. */
const RESULT =
  /^(?:实现|达到|达|确保|做到|保证|使|让|从而|进而|为|以便|以|累计|共计|其中|同比|较|比|占|惠及|覆盖|获得|获|得到|受到|取得|有效|切实|提供|促进|推动形成)/;

/** Prepositions that open an adverbial (按照…要求，针对…，在…基础上，). */
const PREPOSITION = /^(?:按照|根据|依据|依照|围绕|聚焦|针对|对照|通过|依托|结合|对|在|从|经|随着|面对|基于|为了|为)/;

const VERB_WORDS = new Set(
  [ACTION_VERBS, WORK_VERBS]
    .flatMap((verbs) => verbs.source.replace(/^\(|\)\$$/g, '').split('|'))
    .filter((w) => !ADVERBS.test(w) && !PREPOSITION.test(w) && !RESULT.test(w)),
);

/** True when the clause, after its adverbs, opens with an action verb. */
export function opensWithVerb(text: string): boolean {
  const rest = text.replace(ADVERBS, '');
  for (let n = 4; n >= 2; n--) if (VERB_WORDS.has(rest.slice(0, n))) return true;
  return false;
}

export interface ClauseGroup {
  start: number;
  end: number;
  clauses: Clause[];
}

/**
 * Groups clauses into actions. `subjectAt(offset)` says whether a named body starts at an
 * offset (its clause then opens a new action: 区司法局定期召集…).
 */
export function groupClauses(clauses: Clause[], subjectAt: (offset: number) => boolean): ClauseGroup[] {
  const groups: ClauseGroup[] = [];
  let leading: Clause[] = [];
  for (const [i, clause] of clauses.entries()) {
    const last = i === clauses.length - 1;
    const rest = clause.text.replace(ADVERBS, '');
    const opens = subjectAt(clause.start) || (opensWithVerb(clause.text) && !RESULT.test(rest));
    // 列入常务会议的议题，均按照…: a noun phrase before the next clause is that clause's topic.
    const topic = /的[^，的、]{1,4}$/.test(clause.text) && !/[了过]/.test(clause.text);
    const adverbial =
      !opens && (PREPOSITION.test(rest) || /^(?:\d{4}年|今年|去年|近年|全年|此外|另外)/.test(clause.text));
    if ((topic || adverbial) && !last) {
      leading.push(clause);
      continue;
    }
    const previous = groups.at(-1);
    if (!previous || leading.length > 0 || opens) {
      const members = [...leading, clause];
      groups.push({ start: members[0]?.start ?? clause.start, end: clause.end, clauses: members });
      leading = [];
      continue;
    }
    previous.clauses.push(clause);
    previous.end = clause.end;
  }
  return groups;
}
