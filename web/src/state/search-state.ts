// The search box: the typed query, the server's hits, the active hit for keyboard navigation and
// the hits the graph highlights. Pure; no DOM, no fetch.

import type { NodeKind } from '../../../graph/types.js';

export interface Hit {
  key: string;
  kind: NodeKind;
  name: string;
}

export interface SearchState {
  query: string;
  hits: readonly Hit[];
  /** Index of the hit Enter picks, -1 when none. */
  active: number;
  open: boolean;
  /** Set while a request for `query` is on its way. */
  pending: boolean;
  /** The failure of the last request (a code such as NETWORK), shown instead of "no match". */
  error: unknown;
}

export const INITIAL_SEARCH: SearchState = {
  query: '',
  hits: [],
  active: -1,
  open: false,
  pending: false,
  error: null,
};

export function typed(state: SearchState, query: string): SearchState {
  const trimmed = query.trim();
  if (trimmed === '') return { ...INITIAL_SEARCH, query };
  return { ...state, query, pending: true };
}

/** Hits for `query` arrive; answers to an older query are ignored. */
export function received(state: SearchState, query: string, hits: readonly Hit[]): SearchState {
  if (query.trim() !== state.query.trim()) return state;
  return { ...state, hits, active: hits.length > 0 ? 0 : -1, open: true, pending: false, error: null };
}

/** The request for `query` failed: no hits, and the error to show (with a retry). */
export function failedSearch(state: SearchState, query: string, error: unknown): SearchState {
  if (query.trim() !== state.query.trim()) return state;
  return { ...state, hits: [], active: -1, open: true, pending: false, error: error ?? 'error' };
}

/** Moves the active hit by `delta`, staying inside the list. */
export function move(state: SearchState, delta: number): SearchState {
  if (state.hits.length === 0) return state;
  const active = Math.min(state.hits.length - 1, Math.max(0, state.active + delta));
  return { ...state, active, open: true };
}

export function close(state: SearchState): SearchState {
  return state.open ? { ...state, open: false } : state;
}

/** Clears the query and its hits (Escape twice, or a new document). */
export function clear(_state: SearchState): SearchState {
  return INITIAL_SEARCH;
}

export function activeHit(state: SearchState): Hit | null {
  return state.hits[state.active] ?? null;
}

/** Keys the graph highlights: every hit of the current query. */
export function highlightedKeys(state: SearchState): ReadonlySet<string> {
  return new Set(state.query.trim() === '' ? [] : state.hits.map((hit) => hit.key));
}
