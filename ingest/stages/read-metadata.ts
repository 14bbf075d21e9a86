// Finds a document's title, jurisdiction, issuing body, years and publication date, from front
// matter when it is there and from the file name and the text (title line, opening 我代表…人民政府,
// 日期/来源 lines, signature) otherwise.

import { basename, extname } from 'node:path';
import { MINISTRY } from '../agency-vocabulary.js';
import { type DateSources, dateReport } from './date-report.js';
import { type Jurisdiction, NATIONAL, type PlaceSource, placeNamed, placeReport } from './place-report.js';

export type { Jurisdiction } from './place-report.js';

export interface DocumentInfo {
  title: string;
  jurisdiction: Jurisdiction;
  /** The body that issued the report, e.g. 北京市延庆区人民政府. */
  issuer: string;
  /** The year the report reviews (see `reviewedYear`); kept as the report's year. */
  year: number | null;
  /** The year the report reviews: 2021 for a 政府工作报告 delivered in 2022. */
  reviewedYear: number | null;
  /** The year the report was delivered or published. */
  deliveredYear: number | null;
  published: string | null;
  source: string;
}

const UNIT = /[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|新区|区|县|旗)/g;

/** Splits a region string into its administrative units: 深圳市大鹏新区 → 深圳市, 大鹏新区. */
export function splitUnits(region: string): string[] {
  return region.match(UNIT) ?? [];
}

/** The jurisdiction named in the given texts (titles, names), each read as a heading. */
export function findJurisdiction(texts: string[]): Jurisdiction {
  return placeReport(texts.map((text) => ({ text, heading: true })));
}

function findDate(text: string): string | null {
  const match =
    /(?:日期|时间|发布时间|发布日期)[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text) ??
    /\n\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*$/.exec(text);
  if (!match) return null;
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
}

function looksLikeTitle(line: string): boolean {
  return line.length <= 80 && /报告|情况|总结|工作要点/.test(line) && !/[。；]$/.test(line.replace(/\s/g, ''));
}

/**
 * A body whose title names it as the report's writer: 深圳市司法局2021年法治政府建设年度报告,
 * 关于市市场监管局…的报告. The body ends the run of characters before the year, 关于 or the subject.
 */
const TITLE_BODY =
  /^(?:关于)?((?:中共)?[\u4e00-\u9fff]{2,24}?(?:局|厅|部|委员会|委|办公室|署|院|人民政府|管委会|管理委员会))(?=关于|[（(]?(?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3}|年度|法治|依法|全面|推进|贯彻|落实)/;

/**
 * Whether a name starts with a unit of the chain, a level character (市司法局) or 国家 (a national
 * administration's bureau in a place: 国家税务总局…市税务局).
 */
function ownPlace(name: string, jurisdiction: Jurisdiction): boolean {
  const body = name.replace(/^中共/, '');
  return jurisdiction.units.some((unit) => body.startsWith(unit)) || /^([省市区县](?![级场域内外])|国家)/.test(body);
}

/**
 * The issuer a report names: the body its title starts with (a department's own report), a
 * government in its title or source, or in its opening (我代表…人民政府).
 */
function findIssuer(title: string, source: string, opening: string, jurisdiction: Jurisdiction, fileName = ''): string {
  // 嘉兴市司法局2022年度法治政府建设情况报告.txt, 07_嘉兴市司法局_2022_年度报告.txt: with no title
  // line, the file's name may be one, its index dropped and the separators between its parts too.
  const named = fileName.replace(/^[^\u4e00-\u9fff]+/, '').replace(/[\s_\-–—.·]+/g, '');
  const own = TITLE_BODY.exec(title)?.[1] ?? TITLE_BODY.exec(named)?.[1];
  if (own && (ownPlace(own, jurisdiction) || (jurisdiction === NATIONAL && MINISTRY.test(own)))) return own;
  const government =
    /([\u4e00-\u9fff]{2,20}?(?:人民政府|管委会|管理委员会))/.exec(`${title}\n${source}`)?.[1] ??
    /代表([\u4e00-\u9fff]{2,20}?(?:人民政府|管委会|管理委员会))/.exec(opening)?.[1];
  // A name that starts with a unit of the jurisdiction (not 省人民政府 or a sentence fragment).
  if (government && jurisdiction.units.some((unit) => government.startsWith(unit))) return government;
  if (jurisdiction.units.length === 0) return jurisdiction.region === '中国' ? '国务院' : '';
  const lowest = jurisdiction.units.at(-1) ?? '';
  const head = jurisdiction.levels.at(-1) === 'area' ? '管理委员会' : '人民政府';
  return `${jurisdiction.region.endsWith(lowest) ? lowest : jurisdiction.region}${head}`;
}

/**
 * Reads the document information.
 * @param text cleaned text of the report
 * @param fields front-matter fields (`title`, `source`, `date`, `region`), may be empty
 * @param file the file the text was read from, when there is one: its name often holds place and year
 */
export function readMetadata(text: string, fields: Record<string, string>, file = ''): DocumentInfo {
  const lines = text.split('\n');
  const firstLine = (lines[0] ?? '').replace(/\s+/g, '');
  const title = fields.title ?? (looksLikeTitle(firstLine) ? firstLine : '');
  const head = lines.slice(0, 8).join('\n');
  const source = fields.source ?? /来源[:：]\s*([^\s]+)/.exec(head)?.[1] ?? '';
  const fileName = file ? basename(file, extname(file)) : '';
  const sourceName = source ? basename(source, extname(source)) : '';
  const opening = text.slice(0, 600);
  const sources: PlaceSource[] = [
    { text: title, heading: true },
    { text: fileName, heading: true },
    { text: sourceName, heading: true },
    { text: opening, heading: false },
    { text: text.slice(-300), heading: false },
  ];
  const placed = fields.region ? placeNamed(fields.region) : placeReport(sources, text);
  // 商务部2022年法治政府建设年度报告: a ministry's own report is a national one.
  const ministry = TITLE_BODY.exec(title)?.[1] ?? '';
  const jurisdiction = placed.region === '' && MINISTRY.test(ministry) ? NATIONAL : placed;
  const issuer = findIssuer(title, source, opening, jurisdiction, fileName || sourceName);
  const published = fields.date ?? findDate(text);
  const dates: DateSources = { title, fileName: fileName || sourceName, opening: text.slice(0, 3000), published };
  const { delivered, reviewed } = dateReport(dates);
  return {
    title,
    jurisdiction,
    issuer,
    year: reviewed,
    reviewedYear: reviewed,
    deliveredYear: delivered,
    published,
    source,
  };
}
