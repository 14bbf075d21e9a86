// One graphology graph and one sigma instance for the page's life. Contents are swapped in
// place; hover, selection and hidden kinds are view state applied through reducers.

import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { NodeKind, ViewGraph } from '../../graph/types.js';
import { KIND_COLORS } from './colors.js';

export interface ViewState {
  hovered: string | null;
  selected: string | null;
  hiddenKinds: Set<NodeKind>;
}

export interface GraphView {
  graph: Graph;
  state: ViewState;
  load(view: ViewGraph): void;
  select(key: string | null): void;
  refresh(): void;
  toggleLayout(): boolean;
  fit(): void;
  onSelect(listener: (key: string | null) => void): void;
  dispose(): void;
}

export function mountGraphView(container: HTMLElement): GraphView {
  const graph = new Graph({ multi: true, type: 'directed' });
  const state: ViewState = { hovered: null, selected: null, hiddenKinds: new Set() };
  const listeners: ((key: string | null) => void)[] = [];
  let layout: FA2Layout | null = null;

  const focus = () => state.hovered ?? state.selected;
  const sigma = new Sigma(graph, container, {
    labelFont: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    labelSize: 13,
    labelRenderedSizeThreshold: 7,
    defaultEdgeType: 'arrow',
    zIndex: true,
    nodeReducer: (node, data) => {
      const kind = data.kind as NodeKind;
      const out = { ...data };
      if (state.hiddenKinds.has(kind)) return { ...out, hidden: true };
      const center = focus();
      if (center && center !== node && !graph.areNeighbors(center, node)) {
        return { ...out, color: '#e4e7eb', label: '', zIndex: 0 };
      }
      if (node === state.selected) return { ...out, highlighted: true, zIndex: 2 };
      return out;
    },
    edgeReducer: (edge, data) => {
      const [source, target] = graph.extremities(edge);
      const hidden =
        state.hiddenKinds.has(graph.getNodeAttribute(source, 'kind')) ||
        state.hiddenKinds.has(graph.getNodeAttribute(target, 'kind'));
      if (hidden) return { ...data, hidden: true };
      const center = focus();
      if (center && source !== center && target !== center) return { ...data, hidden: true };
      return data;
    },
  });

  sigma.on('enterNode', ({ node }) => {
    state.hovered = node;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    state.hovered = null;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => view.select(node));
  sigma.on('clickStage', () => view.select(null));

  // Drag a node to move it.
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
    if (dragged) graph.removeNodeAttribute(dragged, 'fixed');
    dragged = null;
  });

  const view: GraphView = {
    graph,
    state,
    load(data) {
      layout?.kill();
      layout = null;
      graph.clear();
      for (const node of data.nodes) {
        const { key, kind, label, x, y, ...attributes } = node;
        graph.mergeNode(key, {
          ...attributes,
          kind,
          label,
          x: x ?? Math.random(),
          y: y ?? Math.random(),
          color: KIND_COLORS[kind] ?? '#888',
        });
      }
      for (const edge of data.edges) {
        if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
          graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
            kind: edge.kind,
            size: 1,
            color: '#cbd2d9',
          });
        }
      }
      const maxDegree = Math.max(1, ...graph.mapNodes((n) => graph.degree(n)));
      graph.forEachNode((n) => graph.setNodeAttribute(n, 'size', 3 + 12 * Math.sqrt(graph.degree(n) / maxDegree)));
      state.selected = null;
      state.hovered = null;
      sigma.refresh();
      view.fit();
    },
    select(key) {
      state.selected = key && graph.hasNode(key) ? key : null;
      if (state.selected) {
        const position = sigma.getNodeDisplayData(state.selected);
        if (position) void sigma.getCamera().animate({ x: position.x, y: position.y, ratio: 0.5 }, { duration: 300 });
      }
      sigma.refresh({ skipIndexation: true });
      for (const listener of listeners) listener(state.selected);
    },
    refresh: () => sigma.refresh(),
    toggleLayout() {
      if (layout?.isRunning()) {
        layout.stop();
        return false;
      }
      layout ??= new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
      layout.start();
      return true;
    },
    fit: () => void sigma.getCamera().animatedReset({ duration: 200 }),
    onSelect: (listener) => void listeners.push(listener),
    dispose() {
      layout?.kill();
      sigma.kill();
      graph.clear();
    },
  };
  return view;
}
