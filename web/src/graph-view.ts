// One graphology graph and one sigma instance for the page's life. Contents are swapped or
// merged in place; hover, selection, focus, search hits, hidden kinds, colouring and sizing are
// view state applied through reducers, never written into the graph.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import type { CameraState } from 'sigma/types';
import type { NodeKind, ViewGraph } from '../../graph/types.js';
import { computeMetrics, type GraphMetrics, mergeContents, replaceContents } from './graph-model.js';
import { isActive, passes } from './state/filter-state.js';
import {
  ALL_LABELS_UP_TO,
  type DisplayState,
  edgeDisplay,
  type GraphLookup,
  INITIAL_DISPLAY,
  nodeDisplay,
} from './state/reducers.js';

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

/** The page ships Noto Sans SC (a webfont split by Unicode range), so labels need no system CJK font. */
const LABEL_FAMILY = 'Noto Sans SC';
const LABEL_FONT = `"${LABEL_FAMILY}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
const LABEL_SIZE = 13;
const LABEL_WEIGHT = '500';

/**
 * Label legibility: one label per grid cell of about two short Chinese names, fewer labels per
 * cell when zoomed out, none for nodes drawn smaller than the threshold (unless forced: the
 * selection, search hits, the selected node's neighbours).
 */
export const LABEL_SETTINGS = { labelDensity: 0.5, labelGridCellSize: 150, labelRenderedSizeThreshold: 7 } as const;

/** The sigma instance, drawing through the reducers from whatever `display()` returns now. */
function createRenderer(graph: Graph, container: HTMLElement, display: () => DisplayState, lookup: GraphLookup): Sigma {
  return new Sigma(graph, container, {
    ...LABEL_SETTINGS,
    labelFont: LABEL_FONT,
    labelSize: LABEL_SIZE,
    labelWeight: LABEL_WEIGHT,
    // Drawn once the webfont has the labels' characters: a canvas does not redraw when a font
    // arrives, so text drawn before would stay in a fallback font or as empty boxes.
    renderLabels: false,
    defaultEdgeType: 'arrow',
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    zIndex: true,
    nodeReducer: (node, data) => nodeDisplay(node, data, display(), lookup),
    edgeReducer: (edge, data) => {
      const [source, target] = graph.extremities(edge);
      return edgeDisplay(source, target, data, display(), lookup);
    },
  });
}

/**
 * Loads the webfont subsets the labels of `graph` need, then draws labels. Marks the container
 * `data-label-font` once labels are drawn in the loaded font (end-to-end tests wait for it).
 */
function drawLabelsWhenFontLoaded(sigma: Sigma, graph: Graph, container: HTMLElement): void {
  const characters = new Set<string>();
  graph.forEachNode((_, attributes) => {
    for (const character of String(attributes.label ?? '')) characters.add(character);
  });
  const generation = ++fontGeneration;
  const show = () => {
    if (generation !== fontGeneration) return; // newer contents are loading their characters
    if (sigma.getSetting('renderLabels')) sigma.refresh({ skipIndexation: true });
    else sigma.setSetting('renderLabels', true);
    container.dataset.labelFont = 'loaded';
  };
  if (characters.size === 0 || !('fonts' in document)) {
    show();
    return;
  }
  delete container.dataset.labelFont;
  document.fonts.load(`${LABEL_WEIGHT} ${LABEL_SIZE}px "${LABEL_FAMILY}"`, [...characters].join('')).then(show, show);
}
let fontGeneration = 0;

/**
 * Drawing programs by graph size (see bench/render.ts): arrows up to 5,000 nodes; plain edges
 * beyond; one-call point and line programs beyond 20,000, where instanced drawing costs most.
 */
function useProgramsFor(sigma: Sigma, order: number): void {
  const large = order > 20_000;
  const edgeType = order > 5000 ? 'line' : 'arrow';
  // Each setting sigma is given re-indexes the whole graph: give only those that change.
  if (sigma.getSetting('defaultEdgeType') !== edgeType) sigma.setSetting('defaultEdgeType', edgeType);
  const circle = large ? NodePointProgram : NodeCircleProgram;
  if (sigma.getSetting('nodeProgramClasses').circle !== circle) sigma.setSetting('nodeProgramClasses', { circle });
  const edges = {
    arrow: large ? EdgeLineProgram : EdgeArrowProgram,
    line: large ? EdgeLineProgram : EdgeRectangleProgram,
  };
  const current = sigma.getSetting('edgeProgramClasses');
  if (current.arrow !== edges.arrow || current.line !== edges.line) sigma.setSetting('edgeProgramClasses', edges);
}

/** Hover (highlights neighbours), click (selects) and drag (moves a node, which the layout then leaves fixed). */
function attachPointer(
  sigma: Sigma,
  graph: Graph,
  container: HTMLElement,
  handlers: { hover(node: string | null): void; click(node: string | null): void },
): void {
  sigma.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    handlers.hover(node);
  });
  sigma.on('leaveNode', () => {
    container.style.cursor = '';
    handlers.hover(null);
  });
  sigma.on('clickNode', ({ node }) => handlers.click(node));
  sigma.on('clickStage', () => handlers.click(null));
  let dragged: string | null = null;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    graph.setNodeAttribute(node, 'fixed', true);
  });
  sigma.getMouseCaptor().on('mousemovebody', (event) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  sigma.getMouseCaptor().on('mouseup', () => {
    if (dragged && graph.hasNode(dragged)) graph.removeNodeAttribute(dragged, 'fixed');
    dragged = null;
  });
}

/**
 * Animates the camera, then draws once more: frames drawn while the camera moves leave out edges
 * and labels, and an animation to where the camera already is ends without a frame of its own.
 */
function moveCamera(sigma: Sigma, state: Partial<CameraState>, duration: number): void {
  void sigma
    .getCamera()
    .animate(state, { duration })
    .then(() => sigma.scheduleRender());
}

/** Moves the camera to show `nodes`, or the whole graph when none of them is drawn. */
function fitCamera(sigma: Sigma, nodes: readonly string[]): void {
  if (sigma.getGraph().order === 0) {
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    return;
  }
  const shown = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
  if (shown.length === 0) {
    // A little wider than sigma's reset, so labels at the rim stay readable.
    moveCamera(sigma, { x: 0.5, y: 0.5, ratio: 1.12, angle: 0 }, 200);
    return;
  }
  const xs = shown.map((d) => d.x);
  const ys = shown.map((d) => d.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const x = (Math.max(...xs) + Math.min(...xs)) / 2;
  const y = (Math.max(...ys) + Math.min(...ys)) / 2;
  moveCamera(sigma, { x, y, ratio: Math.min(1.1, Math.max(0.2, span * 1.7)) }, 300);
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

/**
 * Writes what the last frame drew onto the container (data-labels: labels drawn, data-edges:
 * edges drawn, 0 while the camera moves), for tests and tools that check what a user sees.
 */
function reportRendering(sigma: Sigma, container: HTMLElement): void {
  sigma.on('afterRender', () => {
    const moving = sigma.getCamera().isAnimated();
    let edges = 0;
    if (!moving) sigma.getGraph().forEachEdge((edge) => void (sigma.getEdgeDisplayData(edge)?.hidden ? 0 : edges++));
    container.dataset.labels = String(sigma.getNodeDisplayedLabels().size);
    container.dataset.edges = String(edges);
    container.dataset.moving = String(moving);
  });
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
