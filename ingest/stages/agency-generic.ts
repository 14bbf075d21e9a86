// A name without a place or an owner (街道企业服务中心, 专项应急指挥部, 海事法院) names one body only
// when its sentence makes it one; read in a structure template, set up in every unit, piloted,
// hoped for or attracted, it is a kind of body. Names with a place, a level or an owner stay.

import nodejieba from 'nodejieba';
import { findDivisions } from '../gazetteer.js';

/**
 * A structure template: a count of kinds of bodies, then the list of them (3个内设机构（A、B）,
 * 2个事业单位(A、B), 五部两办两中心：A、B, 6个专业委员会分别为A、B).
 */
const TEMPLATE_LIST =
  /(?:\d+|[一二两三四五六七八九十]+)个?[\u4e00-\u9fff<>]{1,10}(?:[（(：:]|分别为|分别是|包括)[^。；）)（(：:]*$/;

/** Bodies set up in each of many units: 31个社区…成立, 各街道设立. */
const IN_EACH_UNIT =
  /(?:\d+|[一二两三四五六七八九十百]+|各|每个|所有|全部)[个家所]?[\u4e00-\u9fff]{0,4}(?:社区|街道|园区|村|单位|部门|学校|医院|企业|小区|镇|乡)[^，。；、]{0,10}$/;

/** A body every grassroots unit sets up (居委会下设…, 在社区设立…): no place names the unit. */
const UNDER_EACH_UNIT =
  /(?:^|实现|推动|推进|在|各)(?:居委会|村委会|居民委员会|社区|村|街道|园区)(?:均|全部|普遍|全面)?(?:下设|设立|设置|成立|建立|组建)$/;

/** A clause that pilots a kind of body, hopes for one or attracts one from outside. */
const CLASS_VERBS = /(试点(?:建设|设立|成立)|争取|引进|引入|吸引)[^，。；]*$/;

/**
 * What follows a body that is attracted (…落户福田) or one named with its smaller kin (服务中心（站）:
 * the centres and stations of every level).
 */
const CLASS_AFTER = /^(?:”)?(落户|入驻|进驻|[（(]站[）)])/;

/** A kind of body built up (强化专项…指挥部建设, 加强专业委员会建设). */
const KIND_BUILT = /^(?:专项|专业|专门)/;

/** A list of several before one head (京津冀、长三角等投资服务办公室): one body per item. */
const LISTED_BEFORE = /、[^，。；]{1,12}等$/;

/** The clause before `at`: back to the last comma, semicolon or full stop. */
function clauseBefore(text: string, at: number): string {
  const cut = Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1));
  return text.slice(cut + 1, at);
}

/**
 * True when the sentence makes the name at [start, end) a kind of body rather than one: a template
 * of bodies, one set up in each of many units, a piloted, hoped-for or attracted one.
 * Meant for names that carry no place or owner of their own.
 */
export function classInContext(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const clause = clauseBefore(text, start);
  return (
    TEMPLATE_LIST.test(before.slice(-80)) ||
    IN_EACH_UNIT.test(clause) ||
    UNDER_EACH_UNIT.test(clause) ||
    CLASS_VERBS.test(clause) ||
    CLASS_AFTER.test(text.slice(end)) ||
    (KIND_BUILT.test(text.slice(start, end)) && text.startsWith('建设', end)) ||
    LISTED_BEFORE.test(clause)
  );
}

/** Starts of a name that say whose body it is: a level, the party's centre, the state. */
const OWNED_START = /^(中共|中央|国务院|国家|全国|最高|[省市区县镇乡](?!场|级|域))/;

/**
 * True when a name says where or whose it is: a level or national start, a division's name, or a
 * first word the segmenter reads as a place (光明科学城…, 前海…).
 */
export function hasAnchor(name: string): boolean {
  if (OWNED_START.test(name) || findDivisions(name.slice(0, 12))[0]?.start === 0) return true;
  return nodejieba.tag(name.slice(0, 6))[0]?.tag === 'ns';
}

/** Units of a school, a university or a hospital (…大学…办公室): bodies of that institution. */
const INSTITUTION_UNIT = /(大学|学院|医院|学校)(?!管理)[\u4e00-\u9fff]*(办公室|中心|工作站)$/;

/** True when the name is an office or centre of a school, university or hospital. */
export function unitOfInstitution(name: string): boolean {
  return INSTITUTION_UNIT.test(name) && !/^[省市区县]?(人民)?政府/.test(name);
}
