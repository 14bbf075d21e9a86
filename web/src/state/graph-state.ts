// What the main view shows and how: the source of its contents (a report's graph or a query
// result), the hidden kinds, colouring, sizing and the focused subgraph. Pure; no DOM.

import type { NodeKind } from '../../../graph/types.js';

export type ColorBy = 'kind' | 'community';
export type SizeBy = 'degree' | 'pagerank';

export interface GraphState {
  /** The document id shown, or null for all documents. */
  doc: string | null;
  /** 'query' while the main view holds a console result instead of the document graph. */
  source: 'document' | 'query';
  hiddenKinds: readonly NodeKind[];
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Nodes a use-case view stresses (the rest is dimmed), or null. */
  focus: readonly string[] | null;
}

export const INITIAL_GRAPH_STATE: GraphState = {
  doc: null,
  source: 'document',
  hiddenKinds: [],
  colorBy: 'kind',
  sizeBy: 'degree',
  focus: null,
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

export function showQueryResult(state: GraphState): GraphState {
  return { ...state, source: 'query', focus: null };
}

export function setFocus(state: GraphState, focus: readonly string[] | null): GraphState {
  if (focus === state.focus) return state;
  return { ...state, focus: focus && focus.length > 0 ? [...focus] : null };
}
