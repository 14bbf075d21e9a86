// The words right before a quoted programme name that say whose or of what it is (安全生产|“1+6+N”
// 运行机制, 政务服务|“光速办”), read on nodejieba's words; never past the clause's verb or a word the
// phrase may go on from.

import { ACTION_VERBS, LEFT_STOPS, LEVELS, PROGRAM_VERBS } from '../vocabulary.js';
import { NOMINAL_VERBS } from './program-names.js';
import type { Sentence } from './split-sentences.js';
import { taggedWordAt, taggedWordEndingAt } from './tokens.js';

/**
 * Words of the clause before a name's qualifier (counted or quoted): its verb, adverb or a particle
 * (办理, 锚定 read as nouns: 锚定|“45797”工作任务).
 */
export const CLAUSE_WORD =
  /^(列入|纳入|打好|打响|打赢|发起|推出|加快|完成|全面|深入|扎实|大力|着力|积极|持续|进一步|组织|围绕|聚焦|锚定|办理)$/;
/** Parts of speech of the words of a noun phrase, as the tagger reads them. */
export const NOUNS = /^(n|nz|ns|nr|nrfg|nt|j|vn|l)$/;

/** Adverbs, claims and verbs of building the tagger reads as nouns (严格执行, 首创, 新建). */
const CLAUSE_OPENING =
  /^(严格|积极|全面|深入|大力|持续|不断|稳步|扎实|加快|着力|切实|认真|精心|坚决|依法|广泛|努力|主动|率先|首创|首推|首次|新建|新开工|新增)/;

/** True for a word that is the clause's verb or adverb, never a qualifier of a name after it. */
function clauseWord(word: string): boolean {
  // 圆满完成, 全力推进: a verb of the clause with its manner, read as one word.
  const verb = (ACTION_VERBS.exec(word)?.[0]?.length ?? 0) >= 2 && !NOMINAL_VERBS.test(word.slice(-2));
  return (
    verb || CLAUSE_WORD.test(word) || CLAUSE_OPENING.test(word) || PROGRAM_VERBS.test(word) || LEFT_STOPS.includes(word)
  );
}

/** A party committee or a government of a level (省委, 市委, 区政府, 县人民政府, 中共某区委). */
const WHOSE_BODY = new RegExp(`^(中共)?[\\u4e00-\\u9fff]{0,6}[${LEVELS}](委|党委|政府|人民政府)$`);

/** Words a qualifier read leftwards may stop at: particles, conjunctions, counts, adverbs. */
const BOUNDARY_TAGS = /^(p|c|u[a-z]*|m|q|r|d|ad)$/;

/**
 * Start of the nouns right before a quoted name that say whose or of what it is (风险隐患点|“身份
 * 证”体系, 安全生产|“1+6+N”运行机制, 政务服务|“光速办”, and the work it does for them: 产业人才引进|
 * “1+6”行动): back to the clause's verb, a particle or
 * a punctuation mark, and opening with a noun, not a verb the tagger reads as one (评估|“…”). `start`
 * itself when there are none, one character only, more than 10, or when the reading stops where
 * the phrase may go on (大|科学装置, 孵化育成|体系, 24|小时, 经营性建设|用地) or a conjunct shares
 * it (优校、|优制, 功能与|环境).
 */
export function quotedQualifierStart(sentence: Sentence, start: number): number {
  // 公安服务事项|“办不成”反映窗口: the matters a service takes are what it handles, not whose it is.
  if (taggedWordEndingAt(sentence, start)?.word === '事项') return start;
  let at = start;
  for (let word = taggedWordEndingAt(sentence, at); word && start - at <= 10; word = taggedWordEndingAt(sentence, at)) {
    const work = at === start && workOnObject(sentence, at, word.word);
    const noun = NOUNS.test(word.tag) || work || nounSuffix(sentence, at, word);
    if (!/^[\u4e00-\u9fff]+$/.test(word.word) || !noun || clauseWord(word.word)) break;
    // …企业试点|发展“…”: 试点 inside is the clause's verb (to pilot), not a qualifier's word.
    if (word.word === '试点') return start;
    at -= word.word.length;
  }
  if (start - at > 10 || !endsClausePart(sentence, at)) return start;
  for (let first = taggedWordAt(sentence, at); first?.tag === 'vn' && at < start; first = taggedWordAt(sentence, at))
    at += first.word.length;
  // 省委|“2+3+7”工作部署, 区委|“双推进”: a committee or a government before the name is who set it, an
  // agency of its own, not a word of the name.
  if (WHOSE_BODY.test(sentence.text.slice(at, start))) return start;
  return start - at < 2 ? start : at;
}

/**
 * True for one character the tagger reads as a count or measure that ends a noun after a noun
 * (风险隐患点, 困难户, 监测点): with no numeral before it, it is the noun's last character.
 */
function nounSuffix(sentence: Sentence, at: number, word: { word: string; tag: string }): boolean {
  if (!/^(m|q)$/.test(word.tag) || !/^[^一二两三四五六七八九十百千万亿几多半数每各个第]$/.test(word.word)) return false;
  return /^(n|nz|vn)$/.test(taggedWordEndingAt(sentence, at - 1)?.tag ?? '');
}

/** Kinds of work a programme does for its object, which the tagger reads as verbs (人才|引进). */
const OBJECT_WORK = /^(引进|培育|培养|引育|招引|孵化|帮扶)$/;

/** True for a work right before a quoted name and after its object (产业人才|引进|“1+6”行动). */
function workOnObject(sentence: Sentence, at: number, word: string): boolean {
  return OBJECT_WORK.test(word) && /^(n|nz|j|l)$/.test(taggedWordEndingAt(sentence, at - word.length)?.tag ?? '');
}

/**
 * True when the word ending at `at` ends the clause's words before a qualifier: nothing, a
 * punctuation mark, a particle, a count or an adverb, the clause's verb (not 建设 after a noun),
 * or a verb that opens the clause (推出|社区…).
 */
function endsClausePart(sentence: Sentence, at: number): boolean {
  const ch = sentence.text[at - 1] ?? '';
  if (/[\p{N}A-Za-z、和与及]/u.test(ch)) return false;
  const word = taggedWordEndingAt(sentence, at);
  if (!word || !/^[\u4e00-\u9fff]/.test(word.word) || BOUNDARY_TAGS.test(word.tag)) return true;
  const before = taggedWordEndingAt(sentence, at - word.word.length);
  if (clauseWord(word.word)) return !(NOUNS.test(word.tag) && NOUNS.test(before?.tag ?? ''));
  if (!/^(v|vd)$/.test(word.tag)) return false;
  return !before || !/^[\u4e00-\u9fff]/.test(before.word) || /^(d|ad)$/.test(before.tag) || clauseWord(before.word);
}
