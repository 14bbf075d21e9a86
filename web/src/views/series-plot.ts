// The series chart itself, with Observable Plot: SVG, so every point is an element of the page
// (readable, printable, testable), from a few lines of declarative marks. Loaded by
// series-chart.ts with import().

import * as Plot from '@observablehq/plot';
import { formatValue, type SeriesPoint } from './series-chart.js';

export function plotSeries(points: readonly SeriesPoint[]): SVGSVGElement | HTMLElement {
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
