// The chart of an indicator's series: one line per place, a dot per year with the value written
// above it and the evidence sentence as its tooltip. Observable Plot draws SVG: every point is an
// element of the page (readable, printable, testable), from a few lines of declarative marks.

import * as Plot from '@observablehq/plot';

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

export function seriesChart(points: readonly SeriesPoint[]): SVGSVGElement | HTMLElement {
  const unit = points[0]?.unit ?? '';
  const chart = Plot.plot({
    width: 560,
    height: 280,
    marginLeft: 60,
    x: { label: '年份 year', tickFormat: 'd', ticks: [...new Set(points.map((p) => p.year))] },
    y: { label: unit, grid: true, tickFormat: (v: number) => formatValue(v, '') },
    color: { legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: 'year', y: 'value', stroke: 'place', marker: 'circle' }),
      Plot.dot(points, {
        x: 'year',
        y: 'value',
        fill: 'place',
        r: 4,
        title: (p: SeriesPoint) => `${p.place} ${p.year}: ${formatValue(p.value, p.unit)}\n${p.evidence}`,
      }),
      Plot.text(points, { x: 'year', y: 'value', dy: -10, text: (p: SeriesPoint) => formatValue(p.value, p.unit) }),
    ],
  });
  // The page's font has the Chinese glyphs of place names; Plot's default (system-ui) may not.
  for (const element of [chart, ...chart.querySelectorAll<HTMLElement | SVGElement>('svg, div, span')])
    element.style.fontFamily = 'inherit';
  return chart;
}
