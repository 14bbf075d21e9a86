// The render benchmark page (bench/render.ts drives it): mounts the explorer's own graph view
// full-window and exposes window.govkgBench to load a graph and time its drawing. Not the app.

import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ViewGraph } from '../../graph/types.js';
import { mountGraphView } from '../src/graph-view.js';

export interface Measurement {
  /** Fetching and parsing the graph's JSON, before the clock of the first render starts. */
  fetchMs: number;
  /** The synchronous part of `load()`: graph writes, sigma's indexation and its first draw call. */
  loadMs: number;
  /** From calling `load()` to the first animation frame after sigma's first `afterRender`. */
  firstRenderMs: number;
  /**
   * To the animation frame after that one: the compositor has taken the canvases by then, which
   * waits for the GPU (or SwiftShader) to finish drawing them.
   */
  firstFrameMs: number;
}

/** `camera`: the camera is moved directly; `drag`: synthetic mouse events drag the stage, as a user does. */
export type PanMode = 'camera' | 'drag';

export interface PanResult {
  durationMs: number;
  /** Animation frames in which the camera had moved and sigma had drawn since the last one. */
  frames: number;
  renders: number;
  /** Mean main-thread time of one sigma render; its WebGL work is queued, not waited for. */
  renderMs: number;
  /** Slowest interval between two drawn frames. */
  worstFrameMs: number;
}

const HIDE_ON_MOVE: Partial<Settings> = {
  hideEdgesOnMove: true,
  hideLabelsOnMove: true,
  labelRenderedSizeThreshold: 12,
};

/**
 * Sigma settings for what-if runs, applied to the view's renderer behind its back (its API takes
 * none). `single-draw` swaps the instanced circle and arrow programs for sigma's point and 1 px
 * line programs, which draw every node (every edge) in one non-instanced call.
 */
export const PRESETS = {
  'as-is': {},
  'hide-on-move': HIDE_ON_MOVE,
  'hide-on-move+line-edges': { ...HIDE_ON_MOVE, defaultEdgeType: 'line' },
  'hide-on-move+single-draw': {
    ...HIDE_ON_MOVE,
    nodeProgramClasses: { circle: NodePointProgram },
    edgeProgramClasses: { arrow: EdgeLineProgram, line: EdgeLineProgram },
  },
} satisfies Record<string, Partial<Settings>>;
export type Preset = keyof typeof PRESETS;

export interface BenchApi {
  measure(url: string): Promise<Measurement>;
  pan(durationMs: number, mode: PanMode): Promise<PanResult>;
  usePreset(preset: Preset): void;
}

declare global {
  interface Window {
    govkgBench: BenchApi;
  }
}

/** Mounts the view and catches the Sigma instance it creates (its constructor renders once). */
function mountWithRenderer(container: HTMLElement) {
  const prototype = Sigma.prototype as unknown as { render: () => Sigma };
  const render = prototype.render;
  let renderer: Sigma | null = null;
  prototype.render = function (this: Sigma) {
    renderer ??= this;
    return render.call(this);
  };
  try {
    const view = mountGraphView(container);
    if (!renderer) throw new Error('mountGraphView did not create a Sigma instance: nothing to measure');
    return { view, renderer: renderer as Sigma };
  } finally {
    prototype.render = render;
  }
}

const { view, renderer } = mountWithRenderer(document.getElementById('graph') as HTMLElement);
/** Resolves in the next animation frame callback, with the time it ran (not the frame's start time). */
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

async function measure(url: string): Promise<Measurement> {
  const fetched = performance.now();
  const data = (await (await fetch(url)).json()) as ViewGraph;
  const rendered = new Promise<void>((resolve) => renderer.once('afterRender', () => resolve()));
  const start = performance.now();
  view.load(data);
  const loaded = performance.now();
  await rendered;
  const first = await nextFrame();
  const shown = await nextFrame();
  return {
    fetchMs: start - fetched,
    loadMs: loaded - start,
    firstRenderMs: first - start,
    firstFrameMs: shown - start,
  };
}

/**
 * Calls `step(t)` once per animation frame, t being the time since the start over `durationMs`,
 * and counts the frames sigma drew. Runs on past `durationMs` until two frames were drawn (one
 * frame of a 50k graph on a software renderer can outlast the whole pan), up to a minute.
 */
async function animate(durationMs: number, step: (t: number) => void): Promise<PanResult> {
  let [drawn, renders, began, busy] = [false, 0, 0, 0];
  const onBegin = () => {
    began = performance.now();
  };
  const onRender = () => {
    drawn = true;
    renders++;
    busy += performance.now() - began;
  };
  renderer.on('beforeRender', onBegin);
  renderer.on('afterRender', onRender);
  const start = await nextFrame();
  let [frames, now, lastDrawn, worst] = [0, start, start, 0];
  while ((now - start < durationMs || frames < 2) && now - start < 60_000) {
    step((now - start) / durationMs);
    drawn = false;
    now = await nextFrame();
    if (drawn) {
      frames++;
      worst = Math.max(worst, now - lastDrawn);
      lastDrawn = now;
    }
  }
  renderer.off('beforeRender', onBegin);
  renderer.off('afterRender', onRender);
  return { durationMs: now - start, frames, renders, renderMs: busy / Math.max(1, renders), worstFrameMs: worst };
}

/**
 * A straight pan at a steady speed, about 40% of the view in `durationMs`, by moving the camera or
 * by a synthetic mouse drag. Every frame moves, however long the frames take.
 */
async function pan(durationMs: number, mode: PanMode): Promise<PanResult> {
  const camera = renderer.getCamera();
  const origin = camera.getState();
  if (mode === 'camera') {
    const result = await animate(durationMs, (t) => {
      camera.setState({ x: origin.x + 0.4 * t, y: origin.y + 0.25 * t });
    });
    camera.setState(origin);
    return result;
  }
  // The press lands in the top-left corner, inside sigma's stage padding where no node is drawn,
  // so it grabs the stage rather than a node; the point under the pointer then stays empty.
  const target = renderer.getCanvases().mouse;
  if (!target) throw new Error("sigma has no 'mouse' canvas to drag on");
  const [width, height] = [target.clientWidth, target.clientHeight];
  const fire = (type: string, x: number, y: number, on: EventTarget = target) =>
    on.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true }));
  fire('mousedown', 8, 8);
  let [x, y] = [8, 8];
  const result = await animate(durationMs, (t) => {
    [x, y] = [8 + 0.4 * width * t, 8 + 0.25 * height * t];
    fire('mousemove', x, y);
  });
  fire('mouseup', x, y, document);
  await new Promise((resolve) => setTimeout(resolve, 400)); // sigma's inertia after the release
  camera.setState(origin);
  return result;
}

window.govkgBench = {
  measure,
  pan,
  usePreset: (preset) => renderer.setSettings(PRESETS[preset]),
};
