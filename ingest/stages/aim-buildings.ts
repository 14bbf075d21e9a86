// Building programmes named by an aim and a place (平安北京建设, 健康广东建设, 智慧城市建设), and
// the building of a system that opens its clause with its progress (社会信用体系建设加快推进).
// The aims of a government (法治政府建设, 数字政府建设) are left to the other rules.

import { type ProgramMention, programMention } from './program-mention.js';
import { clauseVerb } from './program-names.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary, taggedWordAt, taggedWordEndingAt } from './tokens.js';

/** Aims a place is built towards. */
const AIM_PLACE_BUILDING = /(平安|健康|法治|美丽|智慧|数字|幸福|清廉|书香|韧性)([\u4e00-\u9fff]{2,4}?)建设/g;
/** Words of an honour's title after the building (…建设实践案例, …建设示范区). */
const TITLE_AFTER = /^(实践|案例|典型|示范|先进|优秀)/;
/** A place: one the tagger knows, the country, or a city or district as such. */
const PLACE_WORDS = /^(中国|城市|城区)$/;

/**
 * The aim-and-place building programmes of a sentence: 扎实推进健康北京建设 → 健康北京建设; none
 * when the building goes on into a longer name (智慧城市建设运营模式改革) or the aim is part of a
 * word before it (公共卫生|健康…).
 */
export function aimBuildings(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  if (!text.includes('建设')) return found;
  AIM_PLACE_BUILDING.lastIndex = 0;
  for (let m = AIM_PLACE_BUILDING.exec(text); m !== null; m = AIM_PLACE_BUILDING.exec(text)) {
    const start = m.index;
    const place = start + (m[1]?.length ?? 0);
    const end = start + m[0].length;
    AIM_PLACE_BUILDING.lastIndex = start + 1;
    if (!isWordBoundary(sentence, start) || !isWordBoundary(sentence, place) || !isWordBoundary(sentence, end - 2))
      continue;
    if (!isPlace(sentence, place, end - 2)) continue;
    // 韧性|健康城区建设, 民生|幸福城市建设: a word that describes the name before it is its own.
    const before = taggedWordEndingAt(sentence, start);
    if (before && /^[\u4e00-\u9fff]/.test(before.word) && /^(n|nz|ns|a|an|b|vn)$/.test(before.tag)) continue;
    // …建设运营模式改革, …建设示范区: the building opens a longer name.
    const next = taggedWordAt(sentence, end);
    if (next && /^[\u4e00-\u9fff]/.test(next.word) && /^(n|vn|nz|l)/.test(next.tag)) continue;
    // 入选美丽中国建设实践案例: the building names an honour's title.
    if (TITLE_AFTER.test(text.slice(end, end + 2))) continue;
    const name = m[0];
    found.push(programMention(name, name, sentence.start + start, sentence, []));
  }
  return found;
}

/** True when the words from `from` to `to` are one place: 北京, 粤港澳大湾区 (split) is not. */
function isPlace(sentence: Sentence, from: number, to: number): boolean {
  const word = taggedWordAt(sentence, from);
  if (!word || from + word.word.length !== to) return false;
  return word.tag === 'ns' || PLACE_WORDS.test(word.word);
}

/** A system's building as the subject of its clause, with its progress after it. */
const SYSTEM_BUILDING =
  /(?:^|[，。；：—])([^，。；：、“”（）—\d]{2,12}体系建设)(?=(加快|扎实|稳步|深入|全面|有序|顺利|纵深)推进|取得[^，。；]{0,4}进展|成效(显著|明显))/g;

/**
 * The building of a system that opens its clause and is said to progress (社会信用体系建设加快推进,
 * 现代化产业体系建设取得重要进展); none when a verb opens the clause (加快|…体系建设).
 */
export function systemBuildings(sentence: Sentence): ProgramMention[] {
  const { text } = sentence;
  const found: ProgramMention[] = [];
  if (!text.includes('体系建设')) return found;
  SYSTEM_BUILDING.lastIndex = 0;
  for (let m = SYSTEM_BUILDING.exec(text); m !== null; m = SYSTEM_BUILDING.exec(text)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    const first = taggedWordAt(sentence, start);
    if (!first || !isWordBoundary(sentence, start) || /^(v|d|ad|p|c|r)$/.test(first.tag) || clauseVerb(first.word))
      continue;
    found.push(programMention(name, name, sentence.start + start, sentence, []));
  }
  return found;
}
