// How each node and edge is drawn from the view state (hover, selection, focus, search hits,
// hidden kinds, colouring, sizing): sigma's nodeReducer/edgeReducer, as pure functions of
// their inputs. They never write to the graph.

import type { NodeKind } from '../../../graph/types.js';
import type { ColorBy, SizeBy } from './graph-state.js';

export interface DisplayState {
  hovered: string | null;
  selected: string | null;
  hiddenKinds: ReadonlySet<NodeKind>;
  focus: ReadonlySet<string> | null;
  hits: ReadonlySet<string>;
  colorBy: ColorBy;
  sizeBy: SizeBy;
}

/** What the reducers read about the graph, so they can be tested without sigma. */
export interface GraphLookup {
  areNeighbors(a: string, b: string): boolean;
  kindOf(node: string): NodeKind;
  community(node: string): number | undefined;
  size(node: string, by: SizeBy): number | undefined;
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

export function nodeDisplay(node: string, data: Display, state: DisplayState, graph: GraphLookup): Display {
  if (state.hiddenKinds.has(graph.kindOf(node))) return { ...data, hidden: true };
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
  return { ...out, zIndex: 1 };
}

export function edgeDisplay(
  source: string,
  target: string,
  data: Display,
  state: DisplayState,
  graph: GraphLookup,
): Display {
  if (state.hiddenKinds.has(graph.kindOf(source)) || state.hiddenKinds.has(graph.kindOf(target))) {
    return { ...data, hidden: true };
  }
  const center = state.hovered ?? (state.focus ? null : state.selected);
  if (center) return center === source || center === target ? { ...data, color: '#7b8794' } : { ...data, hidden: true };
  if (state.focus && !(state.focus.has(source) && state.focus.has(target))) return { ...data, hidden: true };
  return data;
}
