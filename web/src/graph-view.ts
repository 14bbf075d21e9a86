// One graphology graph and one sigma instance for the page's life. Contents are swapped or
// merged in place; hover, selection, focus, search hits, hidden kinds, colouring and sizing are
// view state applied through reducers, never written into the graph.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type Sigma from 'sigma';
import type { NodeKind, ViewGraph } from '../../graph/types.js';
import { attachPointer, fitCamera, moveCamera } from './graph-interaction.js';
import { computeMetrics, type GraphMetrics, mergeContents, replaceContents } from './graph-model.js';
import {
  createRenderer,
  drawLabelsWhenFontLoaded,
  LABEL_SETTINGS,
  reportRendering,
  useProgramsFor,
} from './graph-renderer.js';
import { isActive, passes } from './state/filter-state.js';
import { ALL_LABELS_UP_TO, type DisplayState, type GraphLookup, INITIAL_DISPLAY } from './state/reducers.js';

export interface GraphView {
  graph: Graph;
  sigma: Sigma;
  /** The view state the reducers read; change it through `setDisplay`. */
  readonly state: DisplayState;
  readonly metrics: GraphMetrics;
  /** Replaces the contents; nodes without x/y keep the position they had, or are laid out. */
  load(view: ViewGraph): void;
  /** Adds nodes and edges the graph lacks, new nodes around `anchor`; returns the keys added. */
  merge(view: ViewGraph, anchor?: string | null): string[];
  setDisplay(change: Partial<Omit<DisplayState, 'hovered'>>): void;
  /** Multiplies the label density of LABEL_SETTINGS (1: as set there). */
  setLabelDensity(factor: number): void;
  /** Selects `key` (null clears) and, unless `center` is false, moves the camera to it. */
  select(key: string | null, center?: boolean): void;
  /** Redraws after a change of contents or state. */
  refresh(): void;
  toggleLayout(): boolean;
  isLayoutRunning(): boolean;
  /** Zooms to show `nodes` (default: the whole graph). */
  fit(nodes?: readonly string[]): void;
  onSelect(listener: (key: string | null) => void): () => void;
  /** Tells `listener` when the contents changed (load, merge). */
  onContents(listener: () => void): () => void;
  dispose(): void;
}

/** ForceAtlas2 in a web worker, its settings inferred from the graph when it starts. */
function layoutControl(graph: Graph) {
  let layout: FA2Layout | null = null;
  return {
    toggle(): boolean {
      if (layout?.isRunning()) {
        layout.stop();
        return false;
      }
      layout ??= new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
      layout.start();
      return true;
    },
    isRunning: () => layout?.isRunning() ?? false,
    kill() {
      layout?.kill();
      layout = null;
    },
  };
}

export function mountGraphView(container: HTMLElement): GraphView {
  const graph = new Graph({ multi: true, type: 'directed' });
  let state: DisplayState = INITIAL_DISPLAY;
  let metrics: GraphMetrics = computeMetrics(graph);
  const selectListeners = new Set<(key: string | null) => void>();
  const contentListeners = new Set<() => void>();
  const layout = layoutControl(graph);
  const lookup: GraphLookup = {
    areNeighbors: (a, b) => graph.hasNode(a) && graph.hasNode(b) && graph.areNeighbors(a, b),
    kindOf: (node) => graph.getNodeAttribute(node, 'kind') as NodeKind,
    community: (node) => metrics.community.get(node),
    size: (node, by) =>
      (by === 'pagerank' ? metrics.pagerankSize : by === 'reports' ? metrics.reportSize : metrics.degreeSize).get(node),
    degree: (node) => (graph.hasNode(node) ? graph.degree(node) : 0),
    labelsAll: () => graph.order <= ALL_LABELS_UP_TO,
    passes(node, filter) {
      if (!isActive(filter)) return true;
      const attributes = graph.getNodeAttributes(node);
      const sources = metrics.sources.get(node);
      return passes(
        { ...attributes, years: sources?.years ?? [], reports: sources?.reports ?? 0, degree: graph.degree(node) },
        filter,
      );
    },
  };
  const sigma = createRenderer(graph, container, () => state, lookup);
  const redraw = () => sigma.refresh({ skipIndexation: true });
  const contentsChanged = () => {
    metrics = computeMetrics(graph);
    if (state.selected && !graph.hasNode(state.selected)) state = { ...state, selected: null };
    sigma.refresh();
    drawLabelsWhenFontLoaded(sigma, graph, container);
    for (const listener of contentListeners) listener();
  };
  attachPointer(sigma, graph, container, {
    hover(node) {
      state = { ...state, hovered: node };
      redraw();
    },
    click: (node) => view.select(node),
  });
  // A change of the container's size (a side panel opening) re-indexes, so the label grid
  // matches the new size.
  const resize = new ResizeObserver(() => sigma.refresh());
  resize.observe(container);
  reportRendering(sigma, container);

  const view: GraphView = {
    graph,
    sigma,
    get state() {
      return state;
    },
    get metrics() {
      return metrics;
    },
    load(data) {
      layout.kill();
      const known = new Map(graph.mapNodes((n, a) => [n, { x: Number(a.x), y: Number(a.y) }] as const));
      state = { ...state, hovered: null, selected: null, focus: null };
      replaceContents(graph, data, known);
      useProgramsFor(sigma, graph.order);
      contentsChanged();
      view.fit();
    },
    merge(data, anchor = null) {
      const added = mergeContents(graph, data, anchor);
      contentsChanged();
      return added;
    },
    setDisplay(change) {
      const reindex = change.filter !== undefined && change.filter !== state.filter;
      state = { ...state, ...change };
      // Hidden nodes leave the label grid only when sigma indexes again.
      if (reindex) sigma.refresh();
      else redraw();
    },
    setLabelDensity(factor) {
      sigma.setSetting('labelDensity', LABEL_SETTINGS.labelDensity * factor);
    },
    select(key, center = true) {
      const selected = key && graph.hasNode(key) ? key : null;
      state = { ...state, selected };
      // Display data hold raw coordinates until sigma indexes again (after a graph event): index
      // now, so the camera goes to the node's normalized place.
      if (selected && center) sigma.refresh();
      const position = selected && center ? sigma.getNodeDisplayData(selected) : undefined;
      // A camera caught mid-way from an empty graph can hold NaN: never carry that over.
      const current = sigma.getCamera().ratio;
      const ratio = Number.isFinite(current) ? Math.min(current, 0.6) : 0.6;
      if (position) moveCamera(sigma, { x: position.x, y: position.y, ratio }, 300);
      redraw();
      for (const listener of selectListeners) listener(selected);
    },
    refresh: () => sigma.refresh(),
    toggleLayout: layout.toggle,
    isLayoutRunning: layout.isRunning,
    fit: (nodes = []) => fitCamera(sigma, nodes),
    onSelect(listener) {
      selectListeners.add(listener);
      return () => selectListeners.delete(listener);
    },
    onContents(listener) {
      contentListeners.add(listener);
      return () => contentListeners.delete(listener);
    },
    dispose() {
      layout.kill();
      resize.disconnect();
      selectListeners.clear();
      contentListeners.clear();
      sigma.kill();
      graph.clear();
    },
  };
  return view;
}
