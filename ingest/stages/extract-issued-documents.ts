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

const VERB = '(?:研究制定|制定出台|制定|印发|出台|发布|颁布|修订|编制|起草|编印)(?:了|并印发|实施)?';
const QUOTED = new RegExp(`${VERB}《([^《》\\n]{2,60})》`, 'g');
/**
 * Types too generic to read an unquoted name by: 清单, 目录 and 计划 name lists and plans of anything,
 * 政策 any policy (出台差异化的产业政策), 建议 and 安排 are common words; treaties are cited in 《》.
 */
const UNQUOTED_TYPES = REGULATION_TYPES.filter(
  (t) => !/^(?:清单|目录|计划|制度|规划|意见|决定|通知|标准|政策|建议|安排|通告|公告|批复|协定|条约|公约)$/.test(t),
);
const TYPE = UNQUOTED_TYPES.map((t) => t.replace(/[()（）]/g, '\\$&')).join('|');
const NAME = `[\\u4e00-\\u9fff][\\u4e00-\\u9fff0-9—\\-]{3,28}?(?:${TYPE})`;
const UNQUOTED = new RegExp(`${VERB}(${NAME})(?:(?:和|、|及|与)(${NAME}))?(?=[，。；、和及与以等]|$)`, 'g');
const GENERIC = /^(?:相关|有关|各项|工作|实施|配套|具体|专项|年度|本|该|新|的|和|并|及|与)|\d[家个项件]|等|系列/;

/** A set of rules named by the body that laid them down and their count (中央八项规定, 省委十项规定). */
const COUNTED_RULES = /(?:中共中央|中央|[省市区县]委)[一二三四五六七八九十]+项规定/g;

/** Up to a claim of a first (全国首个, 全省首份), which precedes a title without being part of it. */
const FIRST_CLAIM = /^.*首(?:个|份|部|套)/;

/** A name starts with a noun or a place, not a verb, an adverb, a number or a function word. */
function nameLike(name: string): boolean {
  if (name.length < 6 || GENERIC.test(name)) return false;
  // 措施 names a document only as 若干措施, 政策措施, 20条措施.
  if (/措施$/.test(name) && !/(?:若干|政策|条)措施$/.test(name)) return false;
  return !/^(?:v|vd|vn|d|ad|p|c|u|r|m|q|f)$/.test(nodejieba.tag(name)[0]?.tag ?? '');
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

export function extractIssuedDocuments(sentences: Sentence[], found: RegulationMention[]): RegulationMention[] {
  const more: RegulationMention[] = [];
  const bySentence = groupBy(found, (r) => r.sentence);
  for (const sentence of sentences) {
    const { text } = sentence;
    if (!/[制印出发颁修编起规]/.test(text)) continue;
    const here = [...(bySentence.get(sentence.index) ?? [])];
    const taken = (start: number, end: number) => here.some((r) => r.start < end && start < r.end);
    const add = (m: RegulationMention) => {
      more.push(m);
      here.push(m);
    };
    for (const match of matchesOf(QUOTED, text)) {
      const title = match[1] ?? '';
      const start = sentence.start + (match.index ?? 0) + match[0].length - title.length - 2;
      if (PUBLICATION.test(title) || taken(start, start + title.length + 2)) continue;
      add(mention(title, `《${title}》`, start, sentence));
    }
    for (const match of matchesOf(COUNTED_RULES, text)) {
      const start = sentence.start + (match.index ?? 0);
      if (!taken(start, start + match[0].length)) add(mention(match[0], match[0], start, sentence));
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
        if (!nameLike(title) || taken(start, start + title.length)) continue;
        add(mention(title, title, start, sentence));
      }
    }
  }
  return more.sort((a, b) => a.start - b.start);
}
