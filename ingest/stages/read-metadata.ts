// Finds a document's title, jurisdiction, issuing body, year and publication date, from front
// matter when it is there and from the text (title line, 日期/来源 lines, signature) otherwise.

export interface Jurisdiction {
  /** The whole chain, e.g. 北京市延庆区. Empty when none was found. */
  region: string;
  /** Administrative units from the top, e.g. ["北京市", "延庆区"]. */
  units: string[];
}

export interface DocumentInfo {
  title: string;
  jurisdiction: Jurisdiction;
  /** The body that issued the report, e.g. 北京市延庆区人民政府. */
  issuer: string;
  year: number | null;
  published: string | null;
  source: string;
}

const UNIT = /[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|区|县|旗)/g;
const REGION_BEFORE =
  /((?:[\u4e00-\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|区|县|旗)){1,4})(?=人民政府|政府|区委|市委|县委|第[一二三四五六七八九十]+届|\d{4}年|法治政府)/g;
/** Words that end in a unit suffix but are no place names. */
const NOT_PLACE = /^(全|本|各|辖|城|市区|社区|园区|景区|地区|新区|片区|街区|小区|该|我)/;

/** Splits a region string into its administrative units. */
export function splitUnits(region: string): string[] {
  return region.match(UNIT) ?? [];
}

/** The longest jurisdiction chain named before 人民政府/政府/第…届/YYYY年 in the given texts. */
export function findJurisdiction(texts: string[]): Jurisdiction {
  let best: Jurisdiction = { region: '', units: [] };
  for (const text of texts) {
    for (const match of text.matchAll(REGION_BEFORE)) {
      const raw = (match[1] ?? '').replace(/^.*?(?:在|代表|关于|年)/, '');
      const units = splitUnits(raw).filter((unit) => !NOT_PLACE.test(unit));
      if (units.length === 0) continue;
      const region = units.join('');
      if (units.length > best.units.length) best = { region, units };
    }
  }
  return best;
}

function firstYear(text: string): number | null {
  const match = /((?:19|20)\d{2})\s*年/.exec(text);
  return match ? Number(match[1]) : null;
}

function findDate(text: string): string | null {
  const match =
    /(?:日期|时间|发布时间|发布日期)[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text) ??
    /\n((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*$/.exec(text);
  if (!match) return null;
  return `${match[1]}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
}

function looksLikeTitle(line: string): boolean {
  return line.length <= 80 && /报告|情况|总结|工作要点/.test(line) && !/[。；]$/.test(line.replace(/\s/g, ''));
}

/**
 * Reads the document information.
 * @param text cleaned text of the report
 * @param fields front-matter fields (`title`, `source`, `date`, `region`), may be empty
 */
export function readMetadata(text: string, fields: Record<string, string>): DocumentInfo {
  const lines = text.split('\n');
  const firstLine = (lines[0] ?? '').replace(/\s+/g, '');
  const title = fields.title ?? (looksLikeTitle(firstLine) ? firstLine : '');
  const head = lines.slice(0, 8).join('\n');
  const source = fields.source ?? /来源[:：]\s*([^\s]+)/.exec(head)?.[1] ?? '';
  const opening = text.slice(0, 600);
  const jurisdiction = fields.region
    ? { region: fields.region, units: splitUnits(fields.region) }
    : findJurisdiction([title, opening, source, text.slice(-300)]);
  const issuerMatch = /([\u4e00-\u9fff]{2,20}?人民政府)/.exec(`${title}\n${source}`);
  const named = /代表([\u4e00-\u9fff]{2,20}?人民政府)/.exec(opening)?.[1];
  const issuer = issuerMatch?.[1] ?? named ?? (jurisdiction.region ? `${jurisdiction.region}人民政府` : '');
  const published = fields.date ?? findDate(text);
  const year = firstYear(title) ?? firstYear(opening) ?? (published ? Number(published.slice(0, 4)) : null);
  return { title, jurisdiction, issuer, year, published, source };
}
