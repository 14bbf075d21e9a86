// Finds the section tree of a report from its numbering: 一、 / （一） / 1. / （1） / ① and the
// inline enumerations 一是…二是…; gives each section its number, title, span and role.

import type { SectionRole } from '../../graph/types.js';

export interface SectionSpan {
  index: number;
  /** Numbering as written, e.g. "一、", "（二）", "三是". */
  number: string;
  title: string;
  level: number;
  parent: number | null;
  /** Path of numbers from the top, e.g. "一、 > （二）". */
  path: string;
  role: SectionRole;
  start: number;
  end: number;
  /** Where the content after the heading starts. */
  bodyStart: number;
}

const CN = '一二三四五六七八九十';
const HEADINGS: { level: number; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^([${CN}]+、)`) },
  { level: 2, pattern: new RegExp(`^([（(][${CN}]+[）)])`) },
  { level: 3, pattern: /^(\d{1,2}[.．、])(?!\d)/ },
  { level: 4, pattern: /^([（(]\d{1,2}[）)])/ },
  { level: 5, pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/ },
];
const ITEM_LEVEL = 6;
const ITEM = new RegExp(`(?:^|(?<=[。；;！!？?]))([${CN}]{1,3}是)(?=[\\u4e00-\\u9fff“"《])`, 'gm');
/** 薄弱环节，一是…；二是…: an enumeration may also open after a comma or colon. */
const ITEM_AFTER_COMMA = new RegExp(`(?<=[，,：:])([${CN}]{1,3}是)(?=[\\u4e00-\\u9fff“"《])`, 'g');
/** The longest item title read as a heading (一是强化组织领导。) rather than as content. */
const ITEM_TITLE_MAX = 40;

const PROBLEM = /不足|问题|差距|短板|困难|薄弱|挑战|不够|有待/;
const PLANNED =
  /安排|计划|打算|思路|展望|目标任务|主要任务|工作任务|工作要点|下一步|今后|明年|将要|努力方向|重点工作|未来/;
const DONE = /举措|成效|成绩|成果|成就|回顾|进展|完成情况|主要工作|工作情况|有关情况|开展情况|做法/;
/** Five-year plan periods: 十四五 runs 2021–2025. */
const PERIOD = /[“"「]?十([一二三四五六七八九])五[”"」]?(?:时期|期间|规划)/;
const PERIOD_DIGITS = '一二三四五六七八九';

/** The last year of a five-year plan period named in the title, or null. */
function periodEnd(title: string): number | null {
  const match = PERIOD.exec(title);
  if (!match) return null;
  return 2005 + 5 * (PERIOD_DIGITS.indexOf(match[1] ?? '') + 1);
}

/** The role a heading gives its content, or null when the heading does not say. */
export function classifyHeading(title: string, year: number | null): SectionRole | null {
  if (PROBLEM.test(title) && !/解决|化解/.test(title)) return 'problem';
  // 「十四五」时期主要任务 in a report of its first years is a plan; a look back at it is not.
  const end = periodEnd(title);
  if (end !== null && !/回顾|成就|成绩|成效|完成情况/.test(title) && (year === null || end >= year)) return 'planned';
  const years = [...title.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  if (year !== null && years.some((y) => y > year)) return 'planned';
  if (PLANNED.test(title)) return 'planned';
  if (DONE.test(title)) return 'done';
  if (year !== null && years.includes(year)) return 'done';
  return null;
}

function headingTitle(rest: string): string {
  const end = rest.search(/[。；;！!？?]/);
  const title = end < 0 ? rest : rest.slice(0, end);
  return title.length > 60 ? `${title.slice(0, 60)}…` : title;
}

interface Marker {
  level: number;
  number: string;
  start: number;
  bodyStart: number;
  title: string;
  paragraphEnd: number;
}

function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const paragraphEnd = offset + line.length;
    const heading = HEADINGS.find(({ pattern }) => pattern.test(line));
    if (heading) {
      const number = heading.pattern.exec(line)?.[1] ?? '';
      const rest = line.slice(number.length);
      const title = headingTitle(rest);
      const titleEnd = offset + number.length + title.length;
      const bodyStart = title.length === rest.length ? paragraphEnd : titleEnd + 1;
      markers.push({ level: heading.level, number, start: offset, bodyStart, title, paragraphEnd });
    }
    const items = [...line.matchAll(ITEM)];
    if (/[一]是/.test(line) && /[二]是/.test(line)) items.push(...line.matchAll(ITEM_AFTER_COMMA));
    items.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const [i, item] of items.entries()) {
      const at = item.index ?? 0;
      if (heading && at === 0) continue;
      const number = item[1] ?? '';
      const rest = line.slice(at + number.length, items[i + 1]?.index ?? line.length);
      const title = headingTitle(rest);
      const start = offset + at;
      // 一是强化组织领导。… : a short title closed by a full stop, with content after it, heads
      // the item; otherwise the item is content from its first word.
      const closed = /^[。：:]/.test(rest.slice(title.length));
      const titled =
        closed &&
        title.length <= ITEM_TITLE_MAX &&
        !/[，,；;]/.test(title) &&
        rest.slice(title.length + 1).trim() !== '';
      markers.push({
        level: ITEM_LEVEL,
        number,
        start,
        bodyStart: titled ? start + number.length + title.length + 1 : start,
        title,
        paragraphEnd,
      });
    }
    offset = paragraphEnd + 1;
  }
  return markers;
}

/**
 * Splits cleaned text into sections. A section ends where the next section of the same or a
 * higher level starts; an inline item (一是…) ends at the next item or its paragraph's end.
 */
export function splitSections(text: string, year: number | null): SectionSpan[] {
  const markers = findMarkers(text);
  const sections: SectionSpan[] = [];
  const first = markers[0]?.start ?? text.length;
  if (text.slice(0, first).trim() !== '') {
    // Text before the first heading (title, opening paragraph) is a section of its own.
    markers.unshift({ level: 0, number: '', start: 0, bodyStart: 0, title: '', paragraphEnd: first });
  }
  const stack: SectionSpan[] = [];
  for (const [i, marker] of markers.entries()) {
    while (stack.length > 0 && ((stack.at(-1)?.level ?? 0) >= marker.level || stack.at(-1)?.level === 0)) {
      stack.pop();
    }
    const parent = stack.at(-1) ?? null;
    let end = text.length;
    for (const next of markers.slice(i + 1)) {
      if (next.level <= marker.level) {
        end = next.start;
        break;
      }
    }
    if (marker.level === ITEM_LEVEL) end = Math.min(end, marker.paragraphEnd);
    if (parent) end = Math.min(end, parent.end);
    if (marker.level === 0) end = first;
    // 六是美丽北京建设取得更大成效 in a plan is a target, not a result: items take their parent's role.
    const own = marker.level === ITEM_LEVEL && parent ? null : classifyHeading(marker.title, year);
    const role = own ?? parent?.role ?? 'done';
    const section: SectionSpan = {
      index: sections.length,
      number: marker.number,
      title: marker.level === 0 ? '前言' : marker.title,
      level: marker.level,
      parent: parent?.index ?? null,
      path: parent?.number ? `${parent.path} > ${marker.number}` : marker.number || '前言',
      role,
      start: marker.start,
      end,
      bodyStart: marker.bodyStart,
    };
    sections.push(section);
    stack.push(section);
  }
  return sections;
}

/** The deepest section that contains the offset, or null before the first heading. */
export function sectionAt(sections: SectionSpan[], offset: number): SectionSpan | null {
  // The last section starting at or before the offset, else the nearest of its ancestors that
  // still contains it: sections start in order, and a child starts after its parent.
  let low = 0;
  let high = sections.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sections[middle]?.start ?? 0) <= offset) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  let section = sections[last] ?? null;
  while (section && offset >= section.end)
    section = section.parent === null ? null : (sections[section.parent] ?? null);
  return section;
}
