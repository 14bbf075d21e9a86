// Resolves a body's name as a report writes it against the report's jurisdiction chain: relative
// names (市委, 区政府, 省人大常委会) become the body of the unit of that level, and every body gets a
// key that is its canonical full name (中共深圳市委, 深圳市宝安区人民政府), so that the same body is
// one node in every report that names it, whatever the level of the report.

import nodejieba from 'nodejieba';
import { BARE_DEPARTMENT, fullDepartmentName, MINISTRY, NOT_BARE_DEPARTMENT } from '../agency-vocabulary.js';
import { chainOf, type Division, findDivisions, shortName } from '../gazetteer.js';
import { normalizeName, stripQuotes } from '../text-utils.js';
import { LEVELS, NATIONAL_BODIES, RELATIVE_BODIES } from '../vocabulary.js';
import type { Jurisdiction } from './place-report.js';
import { splitUnits } from './read-metadata.js';

export interface Resolved {
  /** The name as shown: the body's own unit and body (中共深圳市委, 宝安区人民政府). */
  name: string;
  /** The place the body belongs to, qualified (深圳市宝安区, 深圳市, 广东省); "" for national bodies. */
  jurisdiction: string;
  aliases: string[];
  /** A relative name whose level the report's chain does not have (区委 in a city's report). */
  unresolved: boolean;
}

/** Heads that name the report's own body when they stand alone: 人大常委会 in a district's report. */
const OWN_LEVEL_HEADS =
  /^(人大常委会|人民代表大会常务委员会|人大|政协|纪委监委|(?:人民)?政府(?:常务会议|办公室|党组|法律顾问室|采购中心))$/;
/** Several bodies named by their number (两办, 两院, 四套班子): no one body. */
const COLLECTIVE = /^[两三四五六](办|院|委|会|套班子)$/;

/** The index of the unit of the chain a level character refers to (区 → 延庆区), or -1. */
export function unitFor(level: string, jurisdiction: Jurisdiction): number {
  for (let i = jurisdiction.units.length - 1; i >= 0; i--) {
    const unit = jurisdiction.units[i] ?? '';
    const kind = jurisdiction.levels[i];
    // 省 is a province's level whatever its suffix (自治区); a new area is 新区, never plain 区.
    if (level === '省' && kind === 'province' && !unit.endsWith('市')) return i;
    if (level === '新区' && kind === 'area') return i;
    if (level !== '省' && level !== '新区' && kind !== 'area' && unit.endsWith(level)) return i;
  }
  return -1;
}

/** A unit's name as the full names of its bodies write it: 深圳市宝安区, 深圳市, 广东省. */
function qualifiedUnit(jurisdiction: Jurisdiction, index: number): string {
  const unit = jurisdiction.units[index] ?? '';
  const level = jurisdiction.levels[index];
  if ((level === 'county' || level === 'area') && index > 0) return `${jurisdiction.units[index - 1]}${unit}`;
  return unit;
}

/** A division's qualified name from the gazetteer (区 by its city, 市 alone). */
function qualifiedDivision(division: Division): string {
  const chain = chainOf(division);
  return division.level === 'county' && chain.length > 1
    ? `${chain[chain.length - 2]?.name}${division.name}`
    : division.name;
}

/** The qualified place a full name starts with, preferring divisions within the report's chain. */
function placeOfName(name: string, jurisdiction: Jurisdiction): { unit: string; scope: string } | null {
  const body = name.replace(/^中共/, '');
  const first = findDivisions(body.slice(0, 20))[0];
  if (first?.start !== 0) return null;
  // 深圳市宝安区…: the deepest unit written in full decides.
  let mention = first;
  for (const next of findDivisions(body.slice(first.end, first.end + 12))) {
    if (next.start !== 0) break;
    mention = { ...next, start: first.end, end: first.end + next.end };
  }
  const inChain = (d: Division) => chainOf(d).some((u) => jurisdiction.units.includes(u.name));
  const division = mention.divisions.find(inChain) ?? mention.divisions[0];
  if (!division) return null;
  return { unit: body.slice(0, mention.end), scope: qualifiedDivision(division) };
}

function result(name: string, jurisdiction: string, aliases: string[] = [], unresolved = false): Resolved {
  return { name, jurisdiction, aliases, unresolved };
}

/** Body heads that name nothing when they stand alone: 常委会, 政府. */
const BARE_HEAD = /^(常委会|常务委员会|常务会议|委员会|党委|党组|政府|人民政府|人大常委会|人大|政协)$/;
/** A level character that starts an ordinary word, not a relative name: 市场, 区域, 市级, 市政. */
const NOT_LEVEL = /^.(级|域|内|外|属|县|镇|场|民(?![政宗族])|容|区|政(?![府协务]))/;

/** A unit as running text shortens it before a department: 龙岗区 → 龙岗, 大鹏新区 → 大鹏. */
function unitShort(unit: string): string {
  return unit.endsWith('新区') && unit.length > 3 ? unit.slice(0, -2) : shortName(unit);
}

/**
 * A department written without its level (信访局, 交警大队) or with its unit shortened (龙岗公安分局)
 * is a department of the report's own unit: the lowest one, or the one whose short name it
 * starts with. Names with another place or a person's name in them (香港…局, 规土委福田管理局)
 * are left as written.
 */
function ownDepartment(plain: string, jurisdiction: Jurisdiction): { name: string; scope: string } | undefined {
  const { units } = jurisdiction;
  if (units.length === 0 || !BARE_DEPARTMENT.test(plain) || NOT_BARE_DEPARTMENT.test(plain)) return undefined;
  let index = units.length - 1;
  let rest = plain;
  for (let i = units.length - 1; i >= 0; i--) {
    const short = unitShort(units[i] ?? '');
    if (short !== units[i] && plain.startsWith(short) && plain.length - short.length >= 2) {
      index = i;
      rest = plain.slice(short.length);
      break;
    }
  }
  if (
    LEVELS.includes(rest[0] ?? '') ||
    nodejieba.tag(rest.replace(/(局|委|办|大队|支队|中队|厅)$/, '')).some((t) => PLACE_TAGS.has(t.tag))
  )
    return undefined;
  return { name: `${units[index]}${rest}`, scope: qualifiedUnit(jurisdiction, index) };
}

/** A brigade of a department written without its level (公安分局消防监督管理大队): the department's. */
function departmentUnit(plain: string, jurisdiction: Jurisdiction): { name: string; scope: string } | undefined {
  const parts = /^([\u4e00-\u9fff]{2,6}?局)([\u4e00-\u9fff]{2,10}(?:大队|支队|中队))$/.exec(plain);
  const department = parts ? ownDepartment(parts[1] ?? '', jurisdiction) : undefined;
  return department && { name: `${department.name}${parts?.[2]}`, scope: department.scope };
}

/**
 * 规土委福田管理局, 市场监管委福田局 in a 福田区 report: the branch in the district of a department of
 * the city above it, written without the city.
 */
function cityBranch(plain: string, jurisdiction: Jurisdiction): { name: string; scope: string } | undefined {
  const { units, levels } = jurisdiction;
  for (let i = units.length - 1; i > 0; i--) {
    if (levels[i] !== 'county' || levels[i - 1] !== 'city') continue;
    const short = unitShort(units[i] ?? '');
    const at = plain.indexOf(short);
    if (at < 2 || !/[委局]$/.test(plain.slice(0, at)) || !/^(管理)?局$/.test(plain.slice(at + short.length))) continue;
    if (LEVELS.includes(plain[0] ?? '') && !NOT_LEVEL.test(plain)) return undefined;
    return { name: `${units[i - 1]}${plain}`, scope: qualifiedUnit(jurisdiction, i - 1) };
  }
  return undefined;
}

/**
 * 新区党工委, 坪山新区管委会 in a 坪山区 report: a body of the new area the district was before it
 * became one (坪山新区 → 坪山区), read as that area's own report reads it, so both are one node.
 */
function formerArea(
  plain: string,
  jurisdiction: Jurisdiction,
): { surface: string; jurisdiction: Jurisdiction } | undefined {
  const { units, levels } = jurisdiction;
  const unit = units.at(-1) ?? '';
  if (levels.at(-1) !== 'county' || !unit.endsWith('区') || unit.endsWith('新区')) return undefined;
  const area = `${shortName(unit)}新区`;
  const rest = plain.startsWith(area) ? plain.slice(area.length) : plain.startsWith('新区') ? plain.slice(2) : '';
  if (rest.length < 2) return undefined;
  return {
    surface: `新区${rest}`,
    jurisdiction: { ...jurisdiction, units: [...units.slice(0, -1), area], levels: [...levels.slice(0, -1), 'area'] },
  };
}

/** Parts of speech of places, persons and locatives: a name with one belongs elsewhere. */
const PLACE_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'f', 's']);

/** What a department's own bodies add to its name: 局党组, 局机关, 局法规处. */
const OWN_PART = /^(党组|党委|机关|机关党委|办公室|[\u4e00-\u9fff]{1,6}[处科室股])$/;

/**
 * A body of the report's own department named by its head character (局党组, 我局, 部党组, 委法规处
 * in a report a 局, a 部 or a 委员会 writes): the department's name with that part.
 */
function ownBody(plain: string, author: string): string | undefined {
  const head = author.endsWith('委员会') ? '委' : author.at(-1);
  if (!head || !/[局厅部委署办]/.test(head)) return undefined;
  const match = /^([我本]?)([局厅部委署办])(.*)$/.exec(plain);
  if (!match || match[2] !== head) return undefined;
  const rest = match[3] ?? '';
  if (rest === '' ? match[1] === '' : !OWN_PART.test(rest)) return undefined;
  return `${author}${rest}`;
}

/**
 * Resolves a surface form against the jurisdiction: 区政府常务会议 → 延庆区政府常务会议; a shortened
 * department gets its full name (市发改委 → 深圳市发展和改革委员会), the short one kept as an alias.
 * @param author the body that wrote the report, which names its own bodies by its head (局党组)
 */
export function resolveAgency(surface: string, jurisdiction: Jurisdiction, author = ''): Resolved {
  const resolved = resolveWritten(surface, jurisdiction, author);
  const name = fullDepartmentName(resolved.name);
  if (name === resolved.name) return resolved;
  return { ...resolved, name, aliases: [...new Set([resolved.name, ...resolved.aliases])].filter((a) => a !== name) };
}

function resolveWritten(surface: string, jurisdiction: Jurisdiction, author: string): Resolved {
  const written = stripQuotes(surface)
    .replace(/常务会$/, '常务会议')
    .replace(/管委会$/, '管理委员会')
    // 光明区一届人民政府: the term of a government is no part of its name.
    .replace(/(?<=[区市县省])第?[一二三四五六七八九十]+届(?=人民政府|人大|政协)/, '')
    // 区级大数据管理局, 区级残工委 are the district's 大数据管理局 and 残工委.
    .replace(/^([省市县区])级(?=[\u4e00-\u9fff]{2,10}(局|办|委|委员会|领导小组|指挥部)$)/, '$1');
  // 中共深圳市委员会 is 中共深圳市委; 中共 before a unit is read with the committee.
  const party = /^中共/.test(written);
  const plain = party ? written.slice(2).replace(/委员会$/, '委') : written;
  const national = NATIONAL_BODIES[written] ?? NATIONAL_BODIES[plain];
  if (national) return result(national, '');
  // 中共中央政治局 and 中央政治局, 中共中央宣传部 and 中央宣传部: a central body of the party is one
  // node, under the name without 中共 that the genre mostly writes.
  if (party && /^中央./.test(plain)) return result(plain, '', [written]);
  if (/^(中央|全国|国家|最高|国务院)/.test(plain)) return result(written, '');
  const own = party ? undefined : ownBody(plain, author);
  if (own) {
    const resolved = resolveAgency(own, jurisdiction);
    return { ...resolved, aliases: [...new Set([...resolved.aliases, written])] };
  }
  const former = party ? undefined : formerArea(plain, jurisdiction);
  if (former) return resolveAgency(former.surface, former.jurisdiction);
  const { units } = jurisdiction;
  const lowest = units.length - 1;
  if (OWN_LEVEL_HEADS.test(plain) && lowest >= 0) return resolveAgency(`${units[lowest]}${plain}`, jurisdiction);
  if (BARE_HEAD.test(plain) || COLLECTIVE.test(plain)) return result(written, '', [], true);
  // A unit of the chain written out (北京市延庆区人民政府, 深圳市委): the lowest one written decides.
  let index = -1;
  let rest = '';
  for (let i = 0, at = 0; i < units.length; i++) {
    const unit = units[i] ?? '';
    if (plain.startsWith(unit, at)) {
      index = i;
      at += unit.length;
      rest = plain.slice(at);
    } else if (at > 0) {
      break;
    }
  }
  // 自治区党委, 自治州政府: the bodies of the autonomous unit of the chain.
  const autonomous = /^自治[区州县旗]/.exec(plain)?.[0];
  const level = plain.startsWith('新区') ? '新区' : (autonomous ?? plain[0] ?? '');
  if (index < 0 && !party && (level === '新区' || autonomous || (LEVELS.includes(level) && !NOT_LEVEL.test(plain)))) {
    index = unitFor(level, jurisdiction);
    // 区委 in a city's report, 市政府 in the State Council's: no one body of the report's chain.
    // 新区管委会 in a city's report: which of its new areas is not said, so it is kept as written (a
    // district's own past as a new area is read by formerArea above).
    if (index < 0 && level === '新区') return result(written, qualifiedUnit(jurisdiction, lowest));
    if (index < 0) return result(written, '', [], true);
    // 党委 after a level is its party committee, as 委 is.
    rest = plain.slice(level.length).replace(/^党委$/, '委');
  }
  if (index >= 0 && rest !== '') {
    const unit = units[index] ?? '';
    const scope = qualifiedUnit(jurisdiction, index);
    for (const body of RELATIVE_BODIES) {
      const match = body.surface.exec(rest);
      if (!match) continue;
      const tail = rest.slice(match[0].length);
      if (tail === '') {
        const aliases = [`${unit}${match[0]}`, written];
        if (scope !== unit) aliases.push(body.canonical(scope));
        const name = body.canonical(unit);
        return result(
          name,
          scope,
          [...new Set(aliases)].filter((a) => a !== name),
        );
      }
      return result(`${unit}${match[0] === '人民政府' ? '政府' : match[0]}${tail}`, scope);
    }
    const name = `${party ? '中共' : ''}${unit}${rest}`;
    return result(name, scope, name === written ? [] : [written]);
  }
  if (!party && MINISTRY.test(plain)) return result(written, '');
  // A body of another place written in full (南山区人民政府 in a 宝安区 report, 北京市人民政府).
  const place = placeOfName(plain, jurisdiction);
  if (place && place.unit !== plain) {
    const rest = plain.slice(place.unit.length);
    const body = RELATIVE_BODIES.find((b) => b.surface.exec(rest)?.[0] === rest);
    const name = body ? body.canonical(place.unit) : written;
    return result(name, place.scope, name === written ? [] : [written]);
  }
  const branch = party ? undefined : cityBranch(plain, jurisdiction);
  if (branch) return result(branch.name, branch.scope, [written]);
  const department = party ? undefined : ownDepartment(plain, jurisdiction);
  if (department) return result(department.name, department.scope, [written]);
  const unit = party ? undefined : departmentUnit(plain, jurisdiction);
  if (unit) return result(unit.name, unit.scope, [written]);
  return result(written, units.length ? qualifiedUnit(jurisdiction, lowest) : '');
}

/**
 * Node key of an agency: its canonical full name. A name that starts with its unit gets the
 * units above (宝安区人民政府 of 深圳市宝安区 → 深圳市宝安区人民政府); a name without its place
 * (公共法律服务中心) is keyed under the place it belongs to; national bodies by name.
 */
export function agencyKey(name: string, jurisdiction: string): string {
  const normalized = normalizeName(name);
  if (jurisdiction === '') return `Agency:${normalized}`;
  const scope = normalizeName(jurisdiction);
  const party = normalized.startsWith('中共') ? '中共' : '';
  const body = normalized.slice(party.length);
  if (body.startsWith(scope)) return `Agency:${normalized}`;
  const lastUnit = normalizeName(splitUnits(jurisdiction).at(-1) ?? jurisdiction);
  if (body.startsWith(lastUnit)) return `Agency:${party}${scope}${body.slice(lastUnit.length)}`;
  return `Agency:${scope}/${normalized}`;
}
