// Filters of the graph by property: measure status, year, regulation type, jurisdiction, number
// of reports and degree, combined (all must hold). A criterion judges only the nodes that carry
// its property (status judges measures, not agencies); degree judges every node. Pure.

export interface Filter {
  status: string | null;
  docType: string | null;
  jurisdiction: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  minReports: number | null;
  minDegree: number | null;
}

export type Criterion = keyof Filter;

export const NO_FILTER: Filter = {
  status: null,
  docType: null,
  jurisdiction: null,
  yearFrom: null,
  yearTo: null,
  minReports: null,
  minDegree: null,
};

/** What a filter reads about one node. */
export interface NodeFacts {
  status?: unknown;
  docType?: unknown;
  jurisdiction?: unknown;
  /** Years of the reports the node comes from or is mentioned in (empty when unknown). */
  years: readonly number[];
  /** Number of reports the node comes from or is mentioned in (0 when unknown). */
  reports: number;
  degree: number;
}

const TEXT: readonly Criterion[] = ['status', 'docType', 'jurisdiction'];
const NUMBER: readonly Criterion[] = ['yearFrom', 'yearTo', 'minReports', 'minDegree'];
/** Short names in the URL, in a fixed order. */
const URL_NAMES: [Criterion, string][] = [
  ['status', 'status'],
  ['docType', 'type'],
  ['jurisdiction', 'jur'],
  ['yearFrom', 'from'],
  ['yearTo', 'to'],
  ['minReports', 'reports'],
  ['minDegree', 'degree'],
];

/** Sets one criterion; an empty or non-numeric value (for a numeric one) lifts it. */
export function setCriterion(filter: Filter, name: Criterion, value: string | number | null): Filter {
  let next: string | number | null = value === '' || value === undefined ? null : value;
  if (next !== null && NUMBER.includes(name)) {
    const number = Number(next);
    next = Number.isFinite(number) ? Math.trunc(number) : null;
  } else if (next !== null) next = String(next);
  if (filter[name] === next) return filter;
  return { ...filter, [name]: next };
}

export function isActive(filter: Filter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

/** Whether a node with `facts` is kept by `filter`. */
export function passes(facts: NodeFacts, filter: Filter): boolean {
  for (const name of TEXT) {
    const wanted = filter[name];
    const value = facts[name as 'status' | 'docType' | 'jurisdiction'];
    if (wanted !== null && value !== undefined && value !== null && value !== '' && String(value) !== wanted)
      return false;
  }
  if (facts.years.length > 0) {
    const from = filter.yearFrom ?? Number.NEGATIVE_INFINITY;
    const to = filter.yearTo ?? Number.POSITIVE_INFINITY;
    if (!facts.years.some((year) => year >= from && year <= to)) return false;
  }
  if (filter.minReports !== null && facts.reports > 0 && facts.reports < filter.minReports) return false;
  if (filter.minDegree !== null && facts.degree < filter.minDegree) return false;
  return true;
}

/** The filter as one URL value ("status:done;degree:3"), empty when no criterion is set. */
export function formatFilter(filter: Filter): string {
  return URL_NAMES.filter(([name]) => filter[name] !== null)
    .map(([name, short]) => `${short}:${encodeURIComponent(String(filter[name]))}`)
    .join(';');
}

/** Reads `formatFilter`'s text; unknown names and bad numbers are dropped. */
export function parseFilter(text: string | null): Filter {
  let filter = NO_FILTER;
  for (const part of (text ?? '').split(';')) {
    const at = part.indexOf(':');
    if (at < 0) continue;
    const name = URL_NAMES.find(([, short]) => short === part.slice(0, at))?.[0];
    if (!name) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(at + 1));
    } catch {
      continue;
    }
    filter = setCriterion(filter, name, value);
  }
  return filter;
}
