// Places a report in China's administrative divisions: the unit it is about (a province, a city,
// a district or county, or a new area run by a 管委会) and the chain of units above it, from the
// names it gives in its title, file name, opening and signature, checked against the gazetteer.

import { chainOf, type Division, divisionsNamed, divisionsOfLevel, findDivisions, shortName } from '../gazetteer.js';
import { matchesOf } from '../text-utils.js';

export type UnitLevel = 'province' | 'city' | 'county' | 'area';

export interface Jurisdiction {
  /**
   * The whole chain, e.g. 广东省深圳市宝安区 or 北京市延庆区; 中国 for a national report (国务院);
   * empty when no place was found.
   */
  region: string;
  /** Administrative units from the top, e.g. ["广东省", "深圳市", "宝安区"]; empty for national. */
  units: string[];
  /** The level of each unit; `area` is a new area run by a 管委会 (大鹏新区). */
  levels: UnitLevel[];
  /** GB/T 2260 code of the lowest unit the gazetteer knows (for a new area: its city). */
  code: string;
}

export const NO_JURISDICTION: Jurisdiction = { region: '', units: [], levels: [], code: '' };
export const NATIONAL: Jurisdiction = { region: '中国', units: [], levels: [], code: '' };

/** What follows a place name when it names the author of a report, in running text. */
const GOVERNMENT_AFTER =
  /^(人民政府|政府|管委会|管理委员会|党工委|人民代表大会|第[一二三四五六七八九十]+届|[一二三四五六七八九十]+届人大)/;
/** A new area run by a 管委会, as its reports name it: 大鹏新区管委会, 光明新区2017年工作报告. */
const NEW_AREA = /([\u4e00-\u9fff]{2})新区(?=管委会|管理委员会|党工委|工作|政府|人民政府|\d|[（(_]|$)/g;
const NATIONAL_AUTHOR = /^国务院|代表国务院/;

/** One source of place names: its text, and whether any name in it counts or only a government's. */
export interface PlaceSource {
  text: string;
  /** True for a title or file name; false for running text (opening, signature). */
  heading: boolean;
}

interface Candidate {
  division: Division;
  /** Index of the first source it was named in. */
  source: number;
  /** How many names of the sources are this division or a unit above it. */
  support: number;
}

function rank(level: Division['level']): number {
  return level === 'county' ? 3 : level === 'city' ? 2 : 1;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0 && count < 1000; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** How often a division's chain is named in the text by short name (深圳, 广东): for ambiguous names. */
function textWeight(division: Division, body: string): number {
  return chainOf(division).reduce((weight, unit) => weight + occurrences(body, shortName(unit.name)), 0);
}

function jurisdictionOf(chain: Division[], area?: string): Jurisdiction {
  const units = chain.map((d) => d.name);
  const levels: UnitLevel[] = chain.map((d) => d.level);
  if (area) {
    units.push(area);
    levels.push('area');
  }
  return { region: units.join(''), units, levels, code: chain.at(-1)?.code ?? '' };
}

/** The city a new area belongs to: the city named beside it, or the city of a district of its name. */
function areaCity(prefix: string, named: Division | null, body: string): Division | null {
  if (named && named.level !== 'province') return named.level === 'city' ? named : named.parent;
  const cities = divisionsNamed(`${prefix}区`)
    .map((d) => d.parent)
    .filter((d): d is Division => d !== null && (named === null || chainOf(d).includes(named)));
  if (cities.length > 0) return cities.sort((a, b) => textWeight(b, body) - textWeight(a, body))[0] ?? null;
  // Else the city the report names most often (深圳 in every report of 大鹏新区).
  let best: { city: Division; count: number } | null = null;
  for (const city of divisionsOfLevel('city')) {
    const count = occurrences(body, shortName(city.name));
    if (count >= 3 && count > (best?.count ?? 0)) best = { city, count };
  }
  return best?.city ?? null;
}

/**
 * The jurisdiction of a report from its place sources, in order of trust (front-matter region,
 * title, file name, opening, signature), with the whole text to break ties between divisions
 * of the same name (南山区 of 深圳市 and of 鹤岗市).
 */
export function placeReport(sources: PlaceSource[], body = ''): Jurisdiction {
  const candidates = new Map<string, Candidate>();
  const named: Division[][] = [];
  let area: { prefix: string; source: number } | null = null;
  for (const [index, { text, heading }] of sources.entries()) {
    for (const mention of findDivisions(text)) {
      if (!heading && !GOVERNMENT_AFTER.test(text.slice(mention.end))) continue;
      named.push(mention.divisions);
      for (const division of mention.divisions) {
        if (!candidates.has(division.code)) candidates.set(division.code, { division, source: index, support: 0 });
      }
    }
    for (const match of matchesOf(NEW_AREA, text)) {
      const prefix = match[1] ?? '';
      if (divisionsNamed(`${prefix}新区`).length > 0) continue;
      if (!heading && !/^(管委会|管理委员会|党工委)/.test(text.slice((match.index ?? 0) + match[0].length))) continue;
      area ??= { prefix, source: index };
    }
  }
  for (const candidate of candidates.values()) {
    const chain = chainOf(candidate.division);
    candidate.support = named.filter((divisions) => divisions.some((d) => chain.includes(d))).length;
  }
  const best = [...candidates.values()].sort(
    (a, b) =>
      rank(b.division.level) - rank(a.division.level) ||
      b.support - a.support ||
      a.source - b.source ||
      textWeight(b.division, body) - textWeight(a.division, body),
  )[0];
  if (area && best?.division.level !== 'county') {
    const city = areaCity(area.prefix, best?.division ?? null, body);
    if (city) return jurisdictionOf(chainOf(city), `${area.prefix}新区`);
  }
  if (best) return jurisdictionOf(chainOf(best.division));
  if (sources.some(({ text }) => NATIONAL_AUTHOR.test(text))) return NATIONAL;
  return NO_JURISDICTION;
}

/** The jurisdiction of a place written in full, e.g. a front-matter `region: 深圳市南山区`. */
export function placeNamed(region: string): Jurisdiction {
  if (/^(中国|全国|中华人民共和国)$/.test(region)) return NATIONAL;
  return placeReport([{ text: region, heading: true }]);
}
