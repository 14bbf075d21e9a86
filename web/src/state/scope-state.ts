// The one scope every view, search and picker follows: a report, a jurisdiction (with or without
// the levels below it), a range of reviewed years, or all. Carried in the URL and sent to every
// API route and template as parameters ('' and 0 mean "any"). Pure; no DOM, no fetch.

export interface Scope {
  /** A report id. */
  doc: string;
  /** A Jurisdiction key (Jurisdiction:广东省深圳市). */
  place: string;
  /** 1: with the jurisdictions below `place`. */
  below: number;
  from: number;
  to: number;
}

export const WHOLE_SCOPE: Scope = { doc: '', place: '', below: 1, from: 0, to: 0 };

export const isWhole = (s: Scope) => s.doc === '' && s.place === '' && s.from === 0 && s.to === 0;

/** The scope as template parameters. */
export function scopeParams(s: Scope): Record<string, string | number> {
  return { doc: s.doc, place: s.place, below: s.below, from: s.from, to: s.to };
}

/** The scope as a URL query of an API route: only what narrows it. */
export function scopeQuery(s: Scope): string {
  const q = new URLSearchParams();
  if (s.doc) q.set('doc', s.doc);
  if (s.place) q.set('place', s.place);
  if (s.place && s.below === 0) q.set('below', '0');
  if (s.from) q.set('from', String(s.from));
  if (s.to) q.set('to', String(s.to));
  return q.toString();
}

/** Picking a report narrows to it alone. */
export const pickReport = (_s: Scope, doc: string): Scope => ({ ...WHOLE_SCOPE, doc });

/** Picking a place (or none) keeps the years and the levels-below choice, and leaves any report. */
export const pickPlace = (s: Scope, place: string): Scope => ({ ...s, doc: '', place });

export const setBelow = (s: Scope, below: boolean): Scope => ({ ...s, below: below ? 1 : 0 });

/** Sets the year range (0: open), in order; it leaves any report picked. */
export function setYears(s: Scope, from: number, to: number): Scope {
  const [a, b] = from > 0 && to > 0 && from > to ? [to, from] : [from, to];
  return { ...s, doc: '', from: a, to: b };
}

const year = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1949 && n <= 2100 ? n : 0;
};

/** Reads the scope from the page's URL query (years as yfrom, yto); anything malformed means "any". */
export function parseScope(q: URLSearchParams): Scope {
  return {
    doc: q.get('doc') ?? '',
    place: q.get('place') ?? '',
    below: q.get('below') === '0' ? 0 : 1,
    from: year(q.get('yfrom')),
    to: year(q.get('yto')),
  };
}

/** Writes what narrows the scope into the page's URL query `q`. */
export function writeScope(q: URLSearchParams, s: Scope): void {
  if (s.doc) q.set('doc', s.doc);
  if (s.place) q.set('place', s.place);
  if (s.place && s.below === 0) q.set('below', '0');
  if (s.from) q.set('yfrom', String(s.from));
  if (s.to) q.set('yto', String(s.to));
}

export interface Place {
  key: string;
  parent: string | null;
}

export interface ReportFacts {
  id: string;
  placeKey: string | null;
  year: number | null;
}

/** Whether `key` is `place` or, with `below`, under it (following the parents in `places`). */
export function isWithin(
  places: ReadonlyMap<string, Place>,
  key: string | null,
  place: string,
  below: boolean,
): boolean {
  if (key === null) return false;
  if (key === place) return true;
  if (!below) return false;
  const seen = new Set<string>();
  for (let at = places.get(key)?.parent ?? null; at !== null && !seen.has(at); at = places.get(at)?.parent ?? null) {
    if (at === place) return true;
    seen.add(at);
  }
  return false;
}

/** Whether a report is in the scope: the same rule as the server's. */
export function reportInScope(places: ReadonlyMap<string, Place>, report: ReportFacts, s: Scope): boolean {
  if (s.doc && report.id !== s.doc) return false;
  if (s.from && (report.year === null || report.year < s.from)) return false;
  if (s.to && (report.year === null || report.year > s.to)) return false;
  return !s.place || isWithin(places, report.placeKey, s.place, s.below === 1);
}
