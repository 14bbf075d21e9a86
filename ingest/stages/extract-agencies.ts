// Finds party and government bodies: national bodies by name, relative names (区政府, 市委)
// resolved against the document's jurisdiction, and full names read leftwards from a body suffix.

import { normalizeName, stripQuotes } from '../text-utils.js';
import { LEVELS, NATIONAL_BODIES, RELATIVE_BODIES } from '../vocabulary.js';
import { agencySpans } from './agency-spans.js';
import { type Jurisdiction, splitUnits } from './read-metadata.js';
import type { Sentence } from './split-sentences.js';

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

/** The unit of the jurisdiction a level character refers to (区 → 延庆区), or ''. */
function unitFor(level: string, jurisdiction: Jurisdiction): string {
  for (let i = jurisdiction.units.length - 1; i >= 0; i--) {
    const unit = jurisdiction.units[i] ?? '';
    if (unit.endsWith(level)) return unit;
  }
  return '';
}

interface Resolved {
  name: string;
  jurisdiction: string;
  aliases: string[];
}

/** Resolves a surface form against the jurisdiction: 区政府常务会议 → 延庆区政府常务会议. */
export function resolveAgency(surface: string, jurisdiction: Jurisdiction): Resolved {
  const plain = stripQuotes(surface).replace(/常务会$/, '常务会议');
  const national = NATIONAL_BODIES[plain];
  if (national) return { name: national, jurisdiction: '', aliases: [] };
  if (/^(中央|全国|国家|最高)/.test(plain)) return { name: plain, jurisdiction: '', aliases: [] };
  // 北京市延庆区人民政府 → 延庆区人民政府: the upper units of the jurisdiction are an alias.
  let local = plain;
  const units = jurisdiction.units;
  for (let i = 0; i < units.length - 1; i++) {
    const upper = units.slice(0, i + 1).join('');
    const next = units[i + 1] ?? '';
    if (local.startsWith(upper) && local.slice(upper.length).startsWith(next)) {
      local = local.slice(upper.length);
      break;
    }
  }
  const fullUnit = units.find((u) => u.length > 1 && local.startsWith(u) && local.length > u.length);
  const level = plain[0] ?? '';
  if (plain === '两办') {
    const lowest = jurisdiction.units.at(-1) ?? '';
    const short = lowest.slice(-1);
    return {
      name: `${lowest}两办`,
      jurisdiction: jurisdiction.region,
      aliases: [`${short}委办公室`, `${short}政府办公室`],
    };
  }
  const unit = fullUnit ?? (LEVELS.includes(level) ? unitFor(level, jurisdiction) : '');
  if (unit) {
    const rest = fullUnit ? local.slice(fullUnit.length) : plain.slice(1);
    for (const body of RELATIVE_BODIES) {
      const match = body.surface.exec(rest);
      if (!match) continue;
      const base = body.canonical(unit);
      const tail = rest.slice(match[0].length);
      // A body of an upper unit (市委 in a district's report) belongs to that unit.
      const scope = units.slice(0, units.indexOf(unit) + 1).join('') || unit;
      if (tail === '') {
        const aliases = [`${unit}${match[0]}`, plain];
        if (scope !== unit) aliases.push(body.canonical(scope));
        return { name: base, jurisdiction: scope, aliases };
      }
      const short = `${unit}${match[0] === '人民政府' ? '政府' : match[0]}`;
      return { name: `${short}${tail}`, jurisdiction: scope, aliases: [] };
    }
    if (fullUnit) return { name: local, jurisdiction: jurisdiction.region, aliases: local === plain ? [] : [plain] };
    if (!/^(级|域|内|外|属|县|镇)/.test(rest)) {
      return { name: `${unit}${rest}`, jurisdiction: jurisdiction.region, aliases: [] };
    }
  }
  return { name: plain, jurisdiction: jurisdiction.region, aliases: [] };
}

/** Node key of an agency: national and fully named bodies by name, local ones by region too. */
export function agencyKey(name: string, jurisdiction: string): string {
  const normalized = normalizeName(name);
  const lastUnit = splitUnits(jurisdiction).at(-1) ?? jurisdiction;
  if (jurisdiction === '' || normalized.includes(normalizeName(lastUnit))) return `Agency:${normalized}`;
  return `Agency:${normalizeName(jurisdiction)}/${normalized}`;
}

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

/** Agency mentions of a document, resolved against its jurisdiction. */
export function extractAgencies(text: string, sentences: Sentence[], jurisdiction: Jurisdiction): AgencyMention[] {
  const mentions: AgencyMention[] = [];
  for (const sentence of sentences) {
    for (const span of longestSpans(agencySpans(sentence))) {
      const surface = text.slice(span.start, span.end);
      for (const part of splitCompound(surface, span.start)) {
        const resolved = resolveAgency(part.surface, jurisdiction);
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
  return mentions;
}

/** 区委区政府 standing alone is two bodies; as the head of a longer name it is one. */
function splitCompound(surface: string, start: number): { surface: string; start: number }[] {
  const pair = new RegExp(`^([${LEVELS}]委)([${LEVELS}](?:人民)?政府)$`).exec(surface);
  if (!pair) return [{ surface, start }];
  const first = pair[1] ?? '';
  return [
    { surface: first, start },
    { surface: pair[2] ?? '', start: start + first.length },
  ];
}

/** Level and scope words a report puts before a kind of body (乡镇街道|综合执法队伍). */
const LEVEL_QUALIFIER = /^(乡镇街道|街道乡镇|街乡镇|乡镇|街道|街乡|区级|市级|县级|镇级|村级|基层|各级|各)$/;

/**
 * 乡镇街道综合执法队伍 and 综合执法队伍 in one report are one kind of body: a name that is another
 * name of the report with a level word before it becomes that body, its own form an alias.
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

/** The start of a name that says which body a unit belongs to. */
const OWNER = new RegExp(`(^|[${LEVELS}])(委|政府|人民政府|人大常委会|政协)$|^中共.+委$`);
