// The Cypher console: the text and parameters being edited, the example it came from, and the
// last run's outcome. Pure; the request itself is made by the console view.

import type { ViewGraph } from '../../../graph/types.js';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: ViewGraph;
  truncated: boolean;
  /** Relationships between returned nodes the server added to `graph`. */
  connected: number;
}

export interface QueryError {
  code: string;
  message: string;
}

export interface QueryState {
  text: string;
  /** Parameters as the JSON text the user edits. */
  params: string;
  template: string | null;
  status: 'idle' | 'running' | 'done' | 'error';
  result: QueryResult | null;
  error: QueryError | null;
  /** Counts runs, so a late answer to an earlier run is dropped. */
  run: number;
}

export const INITIAL_QUERY: QueryState = {
  text: 'MATCH (m:Measure)-[c:CITES]->(r:Regulation)\nRETURN r, c, m\nLIMIT 25',
  params: '{}',
  template: null,
  status: 'idle',
  result: null,
  error: null,
  run: 0,
};

export function edit(state: QueryState, text: string): QueryState {
  return text === state.text ? state : { ...state, text };
}

export function editParams(state: QueryState, params: string): QueryState {
  return params === state.params ? state : { ...state, params };
}

/** Loads an example into the editor. */
export function useTemplate(
  state: QueryState,
  template: { name: string; cypher: string; params: Record<string, unknown> },
): QueryState {
  return { ...state, text: template.cypher, params: JSON.stringify(template.params, null, 1), template: template.name };
}

/** Parses the parameter text; an error names what was wrong. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { params: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'not an object' };
    return { params: value as Record<string, unknown> };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function started(state: QueryState): QueryState {
  return { ...state, status: 'running', error: null, run: state.run + 1 };
}

export function succeeded(state: QueryState, run: number, result: QueryResult): QueryState {
  if (run !== state.run) return state;
  return { ...state, status: 'done', result, error: null };
}

export function failed(state: QueryState, run: number, error: QueryError): QueryState {
  if (run !== state.run) return state;
  return { ...state, status: 'error', result: null, error };
}
