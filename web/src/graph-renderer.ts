// The sigma renderer of the graph view: label font and legibility, drawing programs chosen by the
// graph's size, labels drawn once the webfont has their characters, and what each frame drew.

import type Graph from 'graphology';
import Sigma from 'sigma';
import {
  EdgeArrowProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  NodePointProgram,
} from 'sigma/rendering';
import { type DisplayState, edgeDisplay, type GraphLookup, nodeDisplay } from './state/reducers.js';

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
export function createRenderer(
  graph: Graph,
  container: HTMLElement,
  display: () => DisplayState,
  lookup: GraphLookup,
): Sigma {
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
export function drawLabelsWhenFontLoaded(sigma: Sigma, graph: Graph, container: HTMLElement): void {
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
export function useProgramsFor(sigma: Sigma, order: number): void {
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

/**
 * Writes what the last frame drew onto the container (data-labels: labels drawn, data-edges:
 * edges drawn, 0 while the camera moves), for tests and tools that check what a user sees.
 */
export function reportRendering(sigma: Sigma, container: HTMLElement): void {
  sigma.on('afterRender', () => {
    const moving = sigma.getCamera().isAnimated();
    let edges = 0;
    if (!moving) sigma.getGraph().forEachEdge((edge) => void (sigma.getEdgeDisplayData(edge)?.hidden ? 0 : edges++));
    container.dataset.labels = String(sigma.getNodeDisplayedLabels().size);
    container.dataset.edges = String(edges);
    container.dataset.moving = String(moving);
  });
}
