// How each node and edge is drawn from the view state (hover, selection, focus, search hits,
// hidden kinds, colouring, sizing): sigma's nodeReducer/edgeReducer, as pure functions of
// their inputs. They never write to the graph.

import type { NodeKind } from '../../../graph/types.js';
import { type Filter, NO_FILTER } from './filter-state.js';
import type { ColorBy, SizeBy } from './graph-state.js';

export interface DisplayState {
  hovered: string | null;
  selected: string | null;
  hiddenKinds: ReadonlySet<NodeKind>;
  focus: ReadonlySet<string> | null;
  hits: ReadonlySet<string>;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  filter: Filter;
}

/** Graphs of at most this many nodes show every label, as Neo4j Browser shows every caption. */
export const ALL_LABELS_UP_TO = 60;

/** Neighbours of the selected or hovered node get their labels forced when there are at most this many. */
export const FORCED_NEIGHBOUR_LABELS = 40;

/** What the reducers read about the graph, so they can be tested without sigma. */
export interface GraphLookup {
  areNeighbors(a: string, b: string): boolean;
  kindOf(node: string): NodeKind;
  community(node: string): number | undefined;
  size(node: string, by: SizeBy): number | undefined;
  degree(node: string): number;
  /** Whether the property filter keeps `node`. */
  passes(node: string, filter: Filter): boolean;
  /** True for small graphs (a path, a short query result), where every label is shown. */
  labelsAll(): boolean;
}

export const DIMMED = '#e4e7eb';
export const COMMUNITY_COLORS = [
  '#2680c2',
  '#d64545',
  '#3ebd93',
  '#f0b429',
  '#8662c7',
  '#e668a7',
  '#14919b',
  '#7c5e10',
  '#9aa5b1',
  '#ef8e58',
  '#4c63b6',
  '#65d6ad',
];

export const INITIAL_DISPLAY: DisplayState = {
  hovered: null,
  selected: null,
  hiddenKinds: new Set(),
  focus: null,
  hits: new Set(),
  colorBy: 'kind',
  sizeBy: 'degree',
  filter: NO_FILTER,
};

/** Whether `node` stays lit: the hovered node's neighbourhood wins, then the focus, then the selection's. */
function isLit(node: string, state: DisplayState, graph: GraphLookup): boolean {
  if (node === state.selected || state.hits.has(node)) return true;
  if (state.hovered) return node === state.hovered || graph.areNeighbors(state.hovered, node);
  if (state.focus) return state.focus.has(node);
  if (state.selected) return graph.areNeighbors(state.selected, node);
  return true;
}

export type Display = Record<string, unknown>;

/** Long labels (measures are whole sentences) are cut, except on the node hovered or selected. */
export const LABEL_MAX = 14;

export function shortLabel(label: unknown): unknown {
  return typeof label === 'string' && label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
}

/** Hidden by kind or by the property filter. */
function isHidden(node: string, state: DisplayState, graph: GraphLookup): boolean {
  return state.hiddenKinds.has(graph.kindOf(node)) || !graph.passes(node, state.filter);
}

/** The node whose neighbours' labels take priority: the hovered one, else the selected one. */
function labelCenter(state: DisplayState, graph: GraphLookup): string | null {
  const center = state.hovered ?? state.selected;
  return center && graph.degree(center) <= FORCED_NEIGHBOUR_LABELS ? center : null;
}

export function nodeDisplay(node: string, data: Display, state: DisplayState, graph: GraphLookup): Display {
  if (isHidden(node, state, graph)) return { ...data, hidden: true };
  const out: Display = { ...data };
  if (node !== state.hovered && node !== state.selected) out.label = shortLabel(data.label);
  const size = graph.size(node, state.sizeBy);
  if (size !== undefined) out.size = size;
  if (state.colorBy === 'community') {
    const community = graph.community(node);
    if (community !== undefined) out.color = COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
  }
  if (!isLit(node, state, graph)) return { ...out, color: DIMMED, label: '', zIndex: 0 };
  if (node === state.selected) return { ...out, highlighted: true, forceLabel: true, zIndex: 3 };
  if (state.hits.has(node)) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
  const center = labelCenter(state, graph);
  if (center && graph.areNeighbors(center, node)) return { ...out, forceLabel: true, zIndex: 2 };
  return graph.labelsAll() ? { ...out, forceLabel: true, zIndex: 1 } : { ...out, zIndex: 1 };
}

export function edgeDisplay(
  source: string,
  target: string,
  data: Display,
  state: DisplayState,
  graph: GraphLookup,
): Display {
  if (isHidden(source, state, graph) || isHidden(target, state, graph)) return { ...data, hidden: true };
  const center = state.hovered ?? (state.focus ? null : state.selected);
  if (center) return center === source || center === target ? { ...data, color: '#7b8794' } : { ...data, hidden: true };
  if (state.focus && !(state.focus.has(source) && state.focus.has(target))) return { ...data, hidden: true };
  return data;
}
