// Finds named legal and policy documents: titles in 《》 whose ending names a document type,
// minus newspapers and journals. The issuer is linked later, once agencies are known.

import { matchesOf, normalizeName, stripQuotes } from '../text-utils.js';
import { ACTION_VERBS, PUBLICATION, REGULATION_TYPES } from '../vocabulary.js';
import { agreements } from './agreements.js';
import { bareLaws } from './bare-laws.js';
import type { Mention } from './extract-agencies.js';
import type { Sentence } from './split-sentences.js';
import { isWordBoundary } from './tokens.js';

export interface RegulationMention extends Mention {
  kind: 'Regulation';
  docType: string;
  aliases: string[];
}

const TITLE = /《([^《》\n]{2,80})》/g;
const EDITION = /[（(][^（）()]*\d{4}[^（）()]*[）)]$/;

/** The document type a title ends with, or '' when it names none. */
export function documentType(title: string): string {
  const core = title.replace(EDITION, '').replace(/[（(]试行[）)]$|[（(]暂行[）)]$/, '');
  return REGULATION_TYPES.find((type) => core.endsWith(type)) ?? '';
}

/** Canonical name and aliases: 中华人民共和国 and the edition are aliases, not the name. */
/** 深圳市龙华区…办法 is 龙华区…办法: a district's document is keyed without its city. */
const CITY_BEFORE_DISTRICT =
  /^(?:[\u4e00-\u9fff]{2,4}省)?[\u4e00-\u9fff]{2,4}市([\u4e00-\u9fff]{1,4}[区县][\u4e00-\u9fff]{4,})$/;

export function regulationKey(name: string): string {
  const normalized = normalizeName(name);
  return `Regulation:${CITY_BEFORE_DISTRICT.exec(normalized)?.[1] ?? normalized}`;
}

export function regulationName(title: string): { name: string; aliases: string[] } {
  const plain = stripQuotes(title).trim();
  const aliases = new Set<string>([title]);
  let name = plain;
  if (name.startsWith('中华人民共和国') && name.length > 9) {
    aliases.add(name);
    name = name.slice('中华人民共和国'.length);
  }
  const withoutEdition = name.replace(EDITION, '');
  if (withoutEdition !== name && withoutEdition.length >= 4) aliases.add(withoutEdition);
  aliases.delete(name);
  return { name, aliases: [...aliases] };
}

/** Types that name a document on their own, without 《》 (…条例, …实施细则, …工作方案). */
const BARE_TYPE = /(条例|实施细则|细则|实施办法|办法|规定|工作方案|实施方案|方案|纲要|规程|法)$/;

/** Verbs that make the noun phrase after them a document: it is drawn up, issued or applied. */
const DOCUMENT_VERB =
  /(制定|出台|印发|修订|新修订|颁布|起草|编制|发布|实施|施行|贯彻|执行|按照|依照|根据|依据|学习|宣传|宣贯|研究制定|推动出台)$/;

/** Openings that make a phrase a kind of document, not one document (工作方案, 相关配套规定). */
const GENERIC_DOCUMENT = /^(的|发展|规划|总体|工作|实施|相关|有关|配套|专项|具体|各项|各类|管理|若干|应急|新|本|该|此)/;

/**
 * Documents named without 《》: a phrase ending in a document type on a word boundary, right
 * after a verb that draws up, issues or applies it (制定…重点工作方案和…评分细则, 新修订行政处罚法),
 * or right before 立法/草案 (推进…促进条例立法工作).
 */
function bareTitles(sentence: Sentence): { start: number; end: number; title: string }[] {
  const { text } = sentence;
  const found: { start: number; end: number; title: string }[] = [];
  const typeEnd = /(条例|细则|办法|规定|方案|纲要|规程|法)(?=[^\u4e00-\u9fff]|和|及|以及|等|立法|草案|要求|的|$)/g;
  for (const match of matchesOf(typeEnd, text)) {
    const end = (match.index ?? 0) + match[0].length;
    if (!isWordBoundary(sentence, end) || text.lastIndexOf('《', end) > text.lastIndexOf('》', end)) continue;
    let start = end - match[0].length;
    let opened = false;
    while (start > 0 && end - start < 26 && /[\u4e00-\u9fff]/.test(text[start - 1] ?? '')) {
      const before = text.slice(Math.max(0, start - 6), start);
      if (isWordBoundary(sentence, start)) {
        opened = DOCUMENT_VERB.test(before) || /(和|及|以及)$/.test(before);
        if (opened || ACTION_VERBS.test(before)) break;
      }
      start--;
    }
    const title = text.slice(start, end);
    const lawmaking = /^(立法|草案)/.test(text.slice(end));
    if (!(opened || lawmaking) || title.length < 5 || !BARE_TYPE.test(title) || GENERIC_DOCUMENT.test(title)) continue;
    // …法 is a law only as one word of the segmenter's (行政处罚法), not 方法, 办法 inside a phrase.
    if (/法$/.test(title) && !/(处罚|许可|强制|复议|诉讼|保护|促进|管理|安全|治安|条例)法$/.test(title)) continue;
    found.push({ start, end, title });
  }
  return found;
}

export function extractRegulations(text: string, sentences: Sentence[]): RegulationMention[] {
  const mentions: RegulationMention[] = [];
  for (const sentence of sentences) {
    const named = [...bareLaws(sentence), ...agreements(sentence)].map((l) => ({ ...l, title: l.name }));
    for (const bare of [...bareTitles(sentence), ...named]) {
      const { name, aliases } = regulationName(bare.title);
      const start = sentence.start + bare.start;
      mentions.push({
        kind: 'Regulation',
        key: regulationKey(name),
        name,
        surface: bare.title,
        start,
        end: start + bare.title.length,
        sentence: sentence.index,
        docType: documentType(bare.title),
        aliases,
      });
    }
    for (const match of matchesOf(TITLE, sentence.text)) {
      const title = match[1] ?? '';
      if (PUBLICATION.test(title)) continue;
      const docType = documentType(title);
      if (!docType) continue;
      const { name, aliases } = regulationName(title);
      const start = sentence.start + (match.index ?? 0);
      mentions.push({
        kind: 'Regulation',
        key: regulationKey(name),
        name,
        surface: text.slice(start, start + match[0].length),
        start,
        end: start + match[0].length,
        sentence: sentence.index,
        docType,
        aliases,
      });
    }
  }
  return mentions;
}
