// The controls of the corpus overview, over the graph: a jurisdiction (with the levels below it), a
// range of reviewed years, the measures and metrics on demand, the author's default measures counted or not, and the strongest agency →
// program links with their weights. Draws nothing itself: the page reloads the overview on change.

import type { ViewGraph } from '../../graph/types.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { loadJurisdictions } from './views/corpus-scope.js';

export interface OverviewSettings {
  /** A Jurisdiction key: its reports and those of the levels below it; '' for all. */
  place: string;
  /** Reviewed years, inclusive; 0 means open. */
  from: number;
  to: number;
  measures: boolean;
  includeDefault: boolean;
}

export const INITIAL_OVERVIEW: OverviewSettings = {
  place: '',
  from: 0,
  to: 0,
  measures: false,
  includeDefault: false,
};

export interface OverviewGraph extends ViewGraph {
  totals: Partial<Record<'Agency' | 'Program' | 'Regulation', number>>;
  reports: number;
}

/** The query parameters of GET /api/overview for `settings`. */
export function overviewQuery(settings: OverviewSettings): string {
  const params = new URLSearchParams();
  if (settings.place) params.set('place', settings.place);
  if (settings.from) params.set('from', String(settings.from));
  if (settings.to) params.set('to', String(settings.to));
  if (settings.measures) params.set('measures', '1');
  if (settings.includeDefault) params.set('includeDefault', '1');
  return params.toString();
}

/** The agency → program edges, heaviest first. */
export function strongestLinks(graph: ViewGraph, limit = 15) {
  const names = new Map(graph.nodes.map((n) => [n.key, n.label]));
  return graph.edges
    .filter((e) => e.kind === 'DRIVES')
    .map((e) => ({ ...e, from: names.get(e.source) ?? e.source, to: names.get(e.target) ?? e.target }))
    .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.from.localeCompare(b.from, 'zh-Hans-CN'))
    .slice(0, limit);
}

function yearSlider(id: string, label: string, years: readonly number[], value: number, fallback: number) {
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  const input = h('input', { id, type: 'range', min: String(first), max: String(last), step: '1' });
  input.value = String(value || fallback);
  const shown = h('output', { for: id }, input.value);
  input.addEventListener('input', () => {
    shown.textContent = input.value;
  });
  return { input, element: h('label', { class: 'year' }, h('span', {}, label), input, shown) };
}

export interface OverviewPanelOptions {
  /** Reviewed years of the loaded reports, ascending. */
  years: readonly number[];
  settings: OverviewSettings;
  graph: OverviewGraph | null;
  onChange(settings: OverviewSettings): void;
  select(key: string): void;
}

/** Fills `container` with the overview's controls; returns nothing to dispose (plain listeners). */
export function renderOverviewPanel(container: HTMLElement, options: OverviewPanelOptions): void {
  const { years, settings, graph } = options;
  const from = yearSlider('overview-from', t('overview.from'), years, settings.from, years[0] ?? 0);
  const to = yearSlider('overview-to', t('overview.to'), years, settings.to, years.at(-1) ?? 0);
  const measures = h('input', { id: 'overview-measures', type: 'checkbox' });
  measures.checked = settings.measures;
  const implied = h('input', { id: 'overview-include-default', type: 'checkbox' });
  implied.checked = settings.includeDefault;
  const place = placeSelect(settings.place);
  const read = (): OverviewSettings => {
    let [a, b] = [Number(from.input.value), Number(to.input.value)];
    if (a > b) [a, b] = [b, a];
    const all = a <= (years[0] ?? a) && b >= (years.at(-1) ?? b);
    return {
      place: place.value,
      from: all ? 0 : a,
      to: all ? 0 : b,
      measures: measures.checked,
      includeDefault: implied.checked,
    };
  };
  for (const input of [place, from.input, to.input, measures, implied])
    input.addEventListener('change', () => options.onChange(read()));
  const counts = graph ? countsLine(graph) : t('common.loading');
  // What is drawn, for tools and tests that check the overview without reading the canvas.
  container.dataset.nodes = String(graph?.nodes.length ?? 0);
  container.dataset.measures = String(graph?.nodes.filter((n) => n.kind === 'Measure').length ?? 0);
  const links = graph ? strongestLinks(graph) : [];
  container.replaceChildren(
    h('strong', {}, t('overview.title')),
    h('p', { id: 'overview-status', class: 'count' }, counts),
    place,
    h('div', { class: 'years', role: 'group', 'aria-label': t('overview.years') }, from.element, to.element),
    h('label', {}, measures, ' ', t('overview.measures')),
    h('label', {}, implied, ' ', t('overview.includeDefault')),
    h(
      'details',
      { class: 'overview-links' },
      h('summary', {}, t('overview.links', { count: links.length })),
      h(
        'ol',
        {},
        ...links.map((link) =>
          h(
            'li',
            { 'data-source': link.source, 'data-target': link.target, 'data-weight': String(link.weight ?? 0) },
            h('button', { type: 'button', class: 'link', onclick: () => options.select(link.target) }, link.from),
            ' → ',
            h('button', { type: 'button', class: 'link', onclick: () => options.select(link.target) }, link.to),
            h('span', { class: 'weight' }, ` (${link.weight ?? 0})`),
          ),
        ),
      ),
    ),
  );
}

/** The jurisdictions with reports, filled in when the list arrives; the current one kept meanwhile. */
function placeSelect(current: string): HTMLSelectElement {
  const select = h(
    'select',
    { id: 'overview-place', 'aria-label': t('overview.place') },
    h('option', { value: '' }, t('overview.allPlaces')),
  );
  if (current) select.append(h('option', { value: current }, current.replace(/^Jurisdiction:/, '')));
  select.value = current;
  void loadJurisdictions().then(
    (places) => {
      select.replaceChildren(
        h('option', { value: '' }, t('overview.allPlaces')),
        ...places.map((j) => h('option', { value: j.key }, `${j.chain || j.name} (${j.reports})`)),
      );
      select.value = current;
    },
    () => undefined,
  );
  return select;
}

function countsLine(graph: OverviewGraph): string {
  const shown = graph.nodes.filter((n) => n.kind === 'Agency' || n.kind === 'Program' || n.kind === 'Regulation');
  const total = (graph.totals.Agency ?? 0) + (graph.totals.Program ?? 0) + (graph.totals.Regulation ?? 0);
  return t('overview.counts', { shown: shown.length, total, reports: graph.reports });
}
