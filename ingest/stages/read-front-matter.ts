// Splits an optional YAML front-matter block (between two `---` lines) off the top of a report and
// reads its scalar fields with the `yaml` package. Never throws: what cannot be used is a problem.

import { parse } from 'yaml';
import { CN_DIGITS, parseChineseNumeral } from '../text-utils.js';

/** A field of the front matter that could not be used, and was left out. */
export interface FrontMatterProblem {
  /** The field, or "front matter" for the block as a whole. */
  field: string;
  message: string;
}

export interface FrontMatter {
  /** Scalar fields as text, keys in lower case; `date` as YYYY-MM-DD when present. */
  fields: Record<string, string>;
  body: string;
  problems: FrontMatterProblem[];
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Fields govkg reads; another field is kept when it is a scalar and ignored otherwise. */
const KNOWN = new Set(['title', 'source', 'date', 'region']);

/** Returns the front-matter fields, the text after the block, and the fields that could not be used. */
export function readFrontMatter(text: string): FrontMatter {
  const match = BLOCK.exec(text);
  if (!match) return { fields: {}, body: text, problems: [] };
  const body = text.slice(match[0].length);
  let data: unknown;
  try {
    // The core schema (YAML 1.2) keeps 2022-03-29 a string: dates are read below, not by YAML.
    data = parse(match[1] ?? '', { schema: 'core' });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? '';
    return { fields: {}, body, problems: [{ field: 'front matter', message: `not valid YAML (${reason})` }] };
  }
  if (data === null || data === undefined) return { fields: {}, body, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { fields: {}, body, problems: [{ field: 'front matter', message: 'expected `key: value` lines' }] };
  }
  const fields: Record<string, string> = {};
  const problems: FrontMatterProblem[] = [];
  for (const [rawKey, value] of Object.entries(data as Record<string, unknown>)) {
    const key = rawKey.toLowerCase();
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') {
      if (KNOWN.has(key)) problems.push({ field: key, message: 'expected a single value, found a list or a map' });
      continue;
    }
    const textValue = String(value).replace(/\s+/g, ' ').trim();
    if (textValue === '') continue;
    if (key === 'date') {
      const date = normalizeDate(textValue);
      if (date) fields.date = date;
      else problems.push({ field: 'date', message: `"${textValue}" is not a date (expected e.g. 2022-03-29)` });
      continue;
    }
    fields[key] = textValue;
  }
  return { fields, body, problems };
}

const NUMERAL_YEAR = new RegExp(`^[${CN_DIGITS.slice(0, 12)}]{4}$`);

/** A year, month or day written in digits, full-width digits or Chinese numerals (二〇二二, 十二). */
function readNumber(text: string): number {
  const digits = text.normalize('NFKC');
  if (/^\d+$/.test(digits)) return Number(digits);
  if (NUMERAL_YEAR.test(text)) return Number([...text].map((c) => parseChineseNumeral(c)).join(''));
  return parseChineseNumeral(text);
}

const DATE = new RegExp(
  `^([\\d０-９${CN_DIGITS}]{4})\\s*[-/.年]\\s*([\\d０-９${CN_DIGITS}]{1,3})\\s*[-/.月]\\s*([\\d０-９${CN_DIGITS}]{1,3})\\s*日?(?:[T\\s].*)?$`,
);

/**
 * A date as YYYY-MM-DD, from 2022-03-29, 2022/3/29, 2022.03.29, 2022年3月29日, 二〇二二年三月二十九日,
 * 20220329 or an ISO date-time; null when it is none of these or names no real day.
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  const parts = /^(\d{4})(\d{2})(\d{2})$/.exec(text) ?? DATE.exec(text);
  if (!parts) return null;
  const [year, month, day] = [parts[1], parts[2], parts[3]].map((part) => readNumber(part ?? ''));
  if (year === undefined || month === undefined || day === undefined) return null;
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
