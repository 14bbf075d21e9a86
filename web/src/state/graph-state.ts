// What the main view shows and how: the source of its contents (a report's graph or a query
// result), the hidden kinds, colouring, sizing and the focused subgraph. Pure; no DOM.

import type { NodeKind } from '../../../graph/types.js';
import { type Filter, NO_FILTER } from './filter-state.js';

export type ColorBy = 'kind' | 'community';

/** Why the main view holds other contents than the report's graph. */
export type ResultSource = 'query' | 'neighbourhood' | 'path';
/** 'reports': the number of reports stating a node (the overview's own measure). */
export type SizeBy = 'degree' | 'pagerank' | 'reports';

export interface GraphState {
  /** The document id shown, or null for all documents. */
  doc: string | null;
  /** 'document' for the report's graph; otherwise what replaced it (a console result, a neighbourhood, a path). */
  source: 'document' | ResultSource;
  hiddenKinds: readonly NodeKind[];
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Nodes a use-case view stresses (the rest is dimmed), or null. */
  focus: readonly string[] | null;
  /** The property filter; nodes it rejects are hidden. */
  filter: Filter;
  /** Multiplies sigma's label density (1: the default; higher shows more labels). */
  labelDensity: number;
}

export const LABEL_DENSITIES = [0.5, 1, 2, 4] as const;

export const INITIAL_GRAPH_STATE: GraphState = {
  doc: null,
  source: 'document',
  hiddenKinds: [],
  colorBy: 'kind',
  sizeBy: 'degree',
  focus: null,
  filter: NO_FILTER,
  labelDensity: 1,
};

export function toggleKind(state: GraphState, kind: NodeKind): GraphState {
  const hidden = state.hiddenKinds.includes(kind)
    ? state.hiddenKinds.filter((k) => k !== kind)
    : [...state.hiddenKinds, kind];
  return { ...state, hiddenKinds: hidden };
}

export function setColorBy(state: GraphState, colorBy: ColorBy): GraphState {
  return state.colorBy === colorBy ? state : { ...state, colorBy };
}

export function setSizeBy(state: GraphState, sizeBy: SizeBy): GraphState {
  return state.sizeBy === sizeBy ? state : { ...state, sizeBy };
}

/** The main view goes back to a document's graph; a focus set on the old contents is dropped. */
export function showDocument(state: GraphState, doc: string | null): GraphState {
  return { ...state, doc, source: 'document', focus: null };
}

export function showQueryResult(state: GraphState, source: ResultSource = 'query'): GraphState {
  return { ...state, source, focus: null };
}

export function setFilter(state: GraphState, filter: Filter): GraphState {
  return filter === state.filter ? state : { ...state, filter };
}

export function setLabelDensity(state: GraphState, labelDensity: number): GraphState {
  return labelDensity === state.labelDensity ? state : { ...state, labelDensity };
}

export function setFocus(state: GraphState, focus: readonly string[] | null): GraphState {
  if (focus === state.focus) return state;
  return { ...state, focus: focus && focus.length > 0 ? [...focus] : null };
}
