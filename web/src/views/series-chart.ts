// The chart of an indicator's series: one line per place, a dot per year with the value written
// above it and the evidence sentence as its tooltip, drawn by series-plot.ts. Observable Plot (with
// d3) is a chunk of its own, loaded when the first chart is shown, so the page's first render
// does not parse it.

import { errorBlock, h, stateBlock } from '../dom.js';

export interface SeriesPoint {
  place: string;
  year: number;
  value: number;
  unit: string;
  evidence: string;
}

/** A value for people: 亿 and 万 for large amounts, at most two decimals. */
export function formatValue(value: number, unit: string): string {
  const round = (v: number) => String(Math.round(v * 100) / 100);
  if (Math.abs(value) >= 1e8) return `${round(value / 1e8)}亿${unit}`;
  if (Math.abs(value) >= 1e4 && unit !== '%') return `${round(value / 1e4)}万${unit}`;
  return `${round(value)}${unit}`;
}

let plotCode: Promise<typeof import('./series-plot.js')> | null = null;

/** The chart's box at once; the chart fills it when the plotting code has loaded. */
export function seriesChart(points: readonly SeriesPoint[]): HTMLElement {
  const box = h('div', { class: 'series-chart' }, stateBlock('loading'));
  plotCode ??= import('./series-plot.js').catch((error: unknown) => {
    plotCode = null;
    throw error;
  });
  plotCode.then(
    ({ plotSeries }) => box.replaceChildren(plotSeries(points)),
    (error: unknown) => box.replaceChildren(errorBlock(error)),
  );
  return box;
}
