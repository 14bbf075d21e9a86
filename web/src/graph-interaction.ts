// Pointer and camera of the graph view: hover, click and drag of nodes, camera moves that end
// with a full frame, and fitting the camera to a set of nodes.

import type Graph from 'graphology';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** Hover (highlights neighbours), click (selects) and drag (moves a node, which the layout then leaves fixed). */
export function attachPointer(
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
export function moveCamera(sigma: Sigma, state: Partial<CameraState>, duration: number): void {
  void sigma
    .getCamera()
    .animate(state, { duration })
    .then(() => sigma.scheduleRender());
}

/** Moves the camera to show `nodes`, or the whole graph when none of them is drawn. */
export function fitCamera(sigma: Sigma, nodes: readonly string[]): void {
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
