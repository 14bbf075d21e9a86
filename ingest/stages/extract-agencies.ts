// Finds party and government bodies: national bodies by name, relative names (区政府, 市委)
// resolved against the document's jurisdiction, and full names read leftwards from a body suffix.

import nodejieba from 'nodejieba';
import { matchesOf, stripQuotes } from '../text-utils.js';
import { LEVELS } from '../vocabulary.js';
import { countedAfter, isClassName, pluralBefore } from './agency-class.js';
import { listedAsCompany } from './agency-contexts.js';
import { classInContext, hasAnchor, unitOfInstitution } from './agency-generic.js';
import { agencySpans, type Span } from './agency-spans.js';
import type { Jurisdiction } from './read-metadata.js';
import { agencyKey, resolveAgency } from './resolve-agency.js';
import type { Sentence } from './split-sentences.js';
import { continuesWrappedCell } from './table-cells.js';

export interface Mention {
  kind: 'Agency' | 'Program' | 'Regulation';
  key: string;
  name: string;
  surface: string;
  start: number;
  end: number;
  sentence: number;
}

export interface AgencyMention extends Mention {
  kind: 'Agency';
  jurisdiction: string;
  /** Surface forms this mention adds as aliases besides `surface`. */
  aliases: string[];
}

export { agencyKey, resolveAgency } from './resolve-agency.js';

/** Keeps the longest of overlapping spans. */
export function longestSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last && span.start < last.end) {
      if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span;
      continue;
    }
    kept.push(span);
  }
  return kept;
}

/**
 * Agency mentions of a document, resolved against its jurisdiction.
 * @param author the body that wrote the report (its own bodies are named by its head: 局党组)
 */
export function extractAgencies(
  text: string,
  sentences: Sentence[],
  jurisdiction: Jurisdiction,
  author = '',
): AgencyMention[] {
  const mentions: AgencyMention[] = [];
  const spans = sentences.map((sentence) => longestSpans(agencySpans(sentence)));
  const companies = new Set([...companyHeads(text), ...companiesByContext(text, sentences, spans)]);
  for (const [i, sentence] of sentences.entries()) {
    for (const span of spans[i] ?? []) {
      const surface = text.slice(span.start, span.end);
      if (companies.has(stripQuotes(surface))) continue;
      // 社区党委, 6个专业委员会: a class of bodies, not one body.
      if (isClassName(surface) || pluralBefore(text.slice(sentence.start, span.start))) continue;
      if (countedAfter(text.slice(span.end)) || unitOfInstitution(surface)) continue;
      // 人力\n资源局: the tail of a table cell wrapped over two lines names no body of its own.
      if (continuesWrappedCell(text, span.start)) continue;
      const generic = classInContext(sentence.text, span.start - sentence.start, span.end - sentence.start);
      for (const part of splitCompound(surface, span.start)) {
        const resolved = resolveAgency(part.resolveAs ?? part.surface, jurisdiction, author);
        if (resolved.unresolved) continue;
        const plain = stripQuotes(part.surface);
        // A name with no place or owner of its own, in a sentence that makes it a kind of body.
        if (generic && resolved.jurisdiction !== '' && resolved.name === plain && !hasAnchor(plain)) continue;
        mentions.push({
          kind: 'Agency',
          key: agencyKey(resolved.name, resolved.jurisdiction),
          name: resolved.name,
          surface: stripQuotes(part.surface),
          start: part.start,
          end: part.start + part.surface.length,
          sentence: sentence.index,
          jurisdiction: resolved.jurisdiction,
          aliases: resolved.aliases,
        });
      }
    }
  }
  mergeLevelVariants(mentions);
  mergeOwnedShortForms(mentions);
  // 理论学习中心组 with no owner in the report is no one body.
  return mentions.filter((m) => !UNOWNED.test(m.name));
}

/** What follows a company's or a group's name (招商局集团, …有限公司, …科技园). */
const COMPANY =
  /([\u4e00-\u9fff]{2,6}(?:局|委|院|所|中心))(?=集团|(?:股份|控股)?有限公司|控股|股份|工业区|科技园|产业园|智慧城)/g;

/**
 * Names the report lists with firms or has build its works (招商局、中国电信…, 招商局代建…): there
 * and wherever else the report writes them, the names are the company's.
 */
function companiesByContext(text: string, sentences: Sentence[], spans: Span[][]): Set<string> {
  const names = new Set<string>();
  for (const [i, sentence] of sentences.entries()) {
    for (const span of spans[i] ?? []) {
      if (listedAsCompany(sentence, span.start - sentence.start, span.end - sentence.start))
        names.add(stripQuotes(text.slice(span.start, span.end)));
    }
  }
  return names;
}

/**
 * Names the report also writes as the head of a company's name (招商局 of 招商局集团): there
 * the name is the company's, wherever the report writes it.
 */
function companyHeads(text: string): Set<string> {
  const heads = new Set<string>();
  for (const match of matchesOf(COMPANY, text)) {
    const name = match[1] ?? '';
    // The shortest tail that is a name of its own (引进招商局集团 → 招商局).
    for (let i = name.length - 3; i >= 0; i--) heads.add(name.slice(i));
  }
  return heads;
}

/**
 * 区卫生计生局建筑工务局, 区环保水务局区建筑工务局: cells of a table run together, two bureaus. A
 * bureau's own unit (生态环境局|南山管理局, 公安局|第一分局) starts with a place or an ordinal.
 */
function twoBureaus(surface: string): string | null {
  const inner = /^(.{3,12}?局)(.{3,12}局)$/.exec(surface);
  const rest = inner?.[2] ?? '';
  if (!inner || /^(第|直属|分|派出)/.test(rest)) return null;
  const head = nodejieba.tag(rest)[0];
  return head && !['ns', 'nr', 'nrt', 'f', 's', 'm'].includes(head.tag) ? (inner[1] ?? null) : null;
}

/** One body of a compound name; `resolveAs` when its name is not written out on its own. */
export interface CompoundPart {
  surface: string;
  start: number;
  resolveAs?: string;
}

/** 大鹏新区党工委管委会: an area's party committee and its administration, two bodies of one place. */
const AREA_PAIR = /^(.{2,10}?)(党工委)(管委会|管理委员会)$/;

/** 区委区政府 standing alone is two bodies; as the head of a longer name it is one. */
export function splitCompound(surface: string, start: number): CompoundPart[] {
  const area = AREA_PAIR.exec(surface);
  if (area) {
    const place = area[1] ?? '';
    const committee = `${place}${area[2]}`;
    const administration = area[3] ?? '';
    return [
      { surface: committee, start },
      { surface: administration, start: start + committee.length, resolveAs: `${place}${administration}` },
    ];
  }
  // 区委区政府, 深圳市委市政府, 盐田区委盐田区人民政府: a party committee, then a government.
  const pair = COMMITTEE_AND_GOVERNMENT.exec(surface);
  const bureaus = pair ? null : twoBureaus(surface);
  if (bureaus)
    return [{ surface: bureaus, start }, ...splitCompound(surface.slice(bureaus.length), start + bureaus.length)];
  if (!pair) return [{ surface, start }];
  const first = pair[1] ?? '';
  return [
    { surface: first, start },
    { surface: pair[2] ?? '', start: start + first.length },
  ];
}

/** 区委区政府, 深圳市委市政府: a party committee, then a government. */
const COMMITTEE_AND_GOVERNMENT = new RegExp(
  `^((?:中共)?[\\u4e00-\\u9fff]{0,8}?[${LEVELS}]委)([\\u4e00-\\u9fff]{0,8}?[${LEVELS}](?:人民)?政府)$`,
);

/**
 * Level and scope words before a kind of body: administrative levels (区, 乡镇, 街道, 社区, 村),
 * X级, 各级, 基层, 各, in any combination (乡镇街道, 区级, 市区两级).
 */
const LEVEL_QUALIFIER = new RegExp(`^(?:[${LEVELS}]+|街道?|社区|村|[${LEVELS}村]+[两三四]?级|各级|基层|各)+$`);

/**
 * A name that is another body name of the report with level words before it (乡镇街道 + 综合执法队伍,
 * 区级 + 公共法律服务中心) names the same kind of body: it becomes that body, its own form an alias.
 */
function mergeLevelVariants(mentions: AgencyMention[]): void {
  const byName = new Map(mentions.map((m) => [m.name, m]));
  for (const m of mentions) {
    for (const [name, base] of byName) {
      if (name.length < 4 || name === m.name || !m.name.endsWith(name)) continue;
      if (!LEVEL_QUALIFIER.test(m.name.slice(0, m.name.length - name.length))) continue;
      m.aliases = [...m.aliases, m.name];
      m.name = base.name;
      m.key = base.key;
      break;
    }
  }
}

/**
 * 理论中心组 after 区委理论中心组 in one report is that body named without its owner: a name that
 * ends exactly one longer name of the report whose extra start is a body (区委, 区政府) joins it.
 */
function mergeOwnedShortForms(mentions: AgencyMention[]): void {
  const names = [...new Set(mentions.map((m) => m.name))];
  for (const m of mentions) {
    if (m.name.length < 4) continue;
    const owners = names.filter((n) => n !== m.name && n.endsWith(m.name) && OWNER.test(n.slice(0, -m.name.length)));
    const owner = owners.length === 1 ? mentions.find((x) => x.name === owners[0]) : undefined;
    if (!owner) continue;
    m.aliases = [...m.aliases, m.name];
    m.name = owner.name;
    m.key = owner.key;
  }
}

const UNOWNED = /^(党组)?理论(学习)?中心组$/;

/** The start of a name that says which body a unit belongs to. */
const OWNER = new RegExp(`(^|[${LEVELS}])(委|政府|人民政府|人大常委会|政协)$|^中共.+委$`);
