// A body's name must pick out one body: a place, an owner or a specific domain. A name made only of
// a level or kind word and a body's head (社区党委, 部门党委, 专责小组) names every body of that kind,
// and so does any name right after a count or a plural word (6个…委员会, 各…, 每个…).

import { AGENCY_SUFFIXES } from '../vocabulary.js';
import { hasAnchor } from './agency-generic.js';

/**
 * Levels a body sits at without saying which one (社区, 基层, 部门, 地级市, 重点片区, 街道, 辖区):
 * in a report of a district or a city, 街道企业服务中心 is the centre of every subdistrict.
 * 街道办事处 is the office that is a subdistrict's government, named so in every report.
 */
const CLASS_LEVEL =
  /^(?:各级|各|社区|基层|部门|地级市|县级市|重点片区|片区|村级|村|街道级|乡镇级|街道(?!办)|乡镇|辖区|园区|景区)/;

/** Kind words that say what sort of body, not which (专项, 专责, 专业, 专属, 现场). */
const CLASS_KIND = /^(?:专项|专责|专业|专门|专属|相关|有关|现场|临时)+/;

/** A kind of region before a level (欠发达地区乡镇街道…, 边远地区村…): the bodies of all its units. */
const REGION_LEVEL = /^[\u4e00-\u9fff]{0,6}地区(?:乡镇|街道|社区|村)/;

/** Two levels before a body (省市党委, 市区政府): the bodies of both, not one. */
const TWO_LEVELS = /^[省市区县镇乡]{2}(?:党委|党组|人民政府|政府|人大|政协|纪委)/;

/** A grassroots body after the words before it (东海社区工作站, 益田社区居委会). */
const GRASSROOTS = /^(.+?)(?:社区|村|街道)(?:党委|党总支|党支部|工作站|居委会|居民委员会)$/;

/** Work words too general to name a domain (服务小组, 工作专班). */
const GENERIC_WORK = /^(?:服务|工作|管理|协调|综合|领导)*/;

/** A count before a name (6个, 112个, 三个, 三级); one (1个, 一个) may still be a single body. */
const COUNT_BEFORE = /(\d+|[一二两三四五六七八九十百千]+)[余多]?[个家支所级]$/;

/** A plural word before a name (各, 每个, 所有). */
const PLURAL_WORD = /(各|每个|每一个|所有|全部)$/;

const HEADS = new Set(AGENCY_SUFFIXES);

/** True when `name` is a level or kind word plus a head, naming a class of bodies. */
export function isClassName(name: string): boolean {
  const plain = name.replace(/[“”"]/g, '');
  if (TWO_LEVELS.test(plain)) return true;
  // A community's own name is short or a place; longer words before 社区 say what kind (…突击队社区工作站).
  const before = GRASSROOTS.exec(plain)?.[1];
  if (before && before.length > 3 && !hasAnchor(before)) return true;
  const level = CLASS_LEVEL.exec(plain);
  if (level && level[0].length < plain.length) return true;
  if (REGION_LEVEL.test(plain)) return true;
  // 工作专项小组: work words before the kind word say no more than the kind.
  const unworked = plain.slice(GENERIC_WORK.exec(plain)?.[0].length ?? 0);
  const kind = CLASS_KIND.exec(unworked);
  if (!kind) return false;
  const rest = unworked.slice(kind[0].length);
  return HEADS.has(rest.slice(GENERIC_WORK.exec(rest)?.[0].length ?? 0));
}

/** A count right after a name (人民调解委员会41个, 服务中心10家): a class of bodies. */
const COUNT_AFTER = /^[\d一二两三四五六七八九十百千]+[余多]?[个家所支]/;

/** True when the text after a name counts it (…委员会41个). */
export function countedAfter(after: string): boolean {
  return COUNT_AFTER.test(after);
}

/** True when the text before a name counts it or makes it plural (全省15个…, 各…, 每个…). */
export function pluralBefore(before: string): boolean {
  const count = COUNT_BEFORE.exec(before);
  if (count) return count[1] !== '1' && count[1] !== '一';
  return PLURAL_WORD.test(before);
}
