// The page's state as a URL query and back, so a link reopens the same view: scope (report,
// place, years), selection, view and its argument, console query, filters, colouring, sizing, language. Pure.

import { NODE_KINDS, type NodeKind } from '../../../graph/types.js';
import { type Filter, formatFilter, NO_FILTER, parseFilter } from './filter-state.js';
import { type ColorBy, LABEL_DENSITIES, type SizeBy } from './graph-state.js';
import { parseScope, type Scope, WHOLE_SCOPE, writeScope } from './scope-state.js';

export const VIEWS = [
  'graph',
  'agencies',
  'regulations',
  'program',
  'paths',
  'table',
  'console',
  'reader',
  'corpus',
] as const;
export type ViewName = (typeof VIEWS)[number];

export interface UrlState {
  /** The scope every view follows: a report, a place (and the levels below), years. */
  scope: Scope;
  node: string | null;
  view: ViewName;
  /** The view's argument: the agency, regulation or program picked. */
  arg: string | null;
  hiddenKinds: NodeKind[];
  colorBy: ColorBy;
  sizeBy: SizeBy;
  lang: 'zh' | 'en';
  /** The console's query and parameters (JSON text). */
  cypher: string | null;
  params: string | null;
  filter: Filter;
  labelDensity: number;
  /** The two ends of the paths view. */
  pathFrom: string | null;
  pathTo: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  scope: WHOLE_SCOPE,
  node: null,
  view: 'graph',
  arg: null,
  hiddenKinds: [],
  colorBy: 'kind',
  sizeBy: 'degree',
  lang: 'zh',
  cypher: null,
  params: null,
  filter: NO_FILTER,
  labelDensity: 1,
  pathFrom: null,
  pathTo: null,
};

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/** Reads a URL query string (with or without "?"); unknown or malformed values fall back to defaults. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const text = (name: string) => {
    const value = q.get(name);
    return value === null || value === '' ? null : value;
  };
  const hidden = (text('hide') ?? '').split(',').filter((k): k is NodeKind => NODE_KINDS.includes(k as NodeKind));
  return {
    scope: parseScope(q),
    node: text('node'),
    view: oneOf(VIEWS, text('view'), 'graph'),
    arg: text('arg'),
    hiddenKinds: [...new Set(hidden)],
    colorBy: oneOf(['kind', 'community'] as const, text('color'), 'kind'),
    sizeBy: oneOf(['degree', 'pagerank', 'reports'] as const, text('size'), 'degree'),
    lang: oneOf(['zh', 'en'] as const, text('lang'), 'zh'),
    cypher: text('cypher'),
    params: text('params'),
    filter: parseFilter(text('f')),
    labelDensity: LABEL_DENSITIES.find((d) => String(d) === text('labels')) ?? 1,
    pathFrom: text('from'),
    pathTo: text('to'),
  };
}

/** Writes only what differs from the defaults, in a fixed order, so equal states give equal URLs. */
export function formatUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  const put = (name: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== '' && value !== fallback) q.set(name, value);
  };
  writeScope(q, state.scope);
  put('view', state.view, 'graph');
  put('arg', state.view === 'graph' ? null : state.arg);
  put('node', state.node);
  put('hide', [...state.hiddenKinds].sort().join(','));
  put('color', state.colorBy, 'kind');
  put('size', state.sizeBy, 'degree');
  put('f', formatFilter(state.filter));
  put('labels', String(state.labelDensity), '1');
  put('lang', state.lang, 'zh');
  if (state.view === 'paths') {
    put('from', state.pathFrom);
    put('to', state.pathTo);
  }
  if (state.view === 'console') {
    put('cypher', state.cypher);
    put('params', state.params, '{}');
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}
