// The filter panel: status, year range, regulation type, jurisdiction, number of reports and
// degree, combined; choices offered from the values present in the graph. It changes the graph
// state only (and so the URL); the reducers hide what the filter rejects.

import { h } from './dom.js';
import { label, type MessageKey, t } from './i18n.js';
import { type Criterion, isActive, NO_FILTER, setCriterion } from './state/filter-state.js';
import { setFilter } from './state/graph-state.js';
import type { AppContext } from './views/context.js';

/** The distinct values of `property` in the graph, sorted. */
function valuesOf(ctx: AppContext, property: string): string[] {
  const values = new Set<string>();
  ctx.view.graph.forEachNode((_, a) => {
    const value = a[property];
    if (typeof value === 'string' && value !== '') values.add(value);
  });
  return [...values].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
}

function field(text: MessageKey, control: HTMLElement): HTMLElement {
  return h('label', { class: 'filter-field' }, h('span', {}, t(text)), control);
}

export function mountFilterPanel(container: HTMLElement, ctx: AppContext): () => void {
  let open = isActive(ctx.graphState.get().filter);
  const set = (name: Criterion, value: string) =>
    ctx.graphState.update((s) => setFilter(s, setCriterion(s.filter, name, value)));

  const choice = (name: 'status' | 'docType' | 'jurisdiction', text: MessageKey, current: string | null) => {
    const select = h('select', { 'data-filter': name }, h('option', { value: '' }, t('filter.any')));
    for (const value of valuesOf(ctx, name)) {
      select.append(h('option', { value }, name === 'status' ? label('status', value) : value));
    }
    if (current && !valuesOf(ctx, name).includes(current)) select.append(h('option', { value: current }, current));
    select.value = current ?? '';
    select.addEventListener('change', () => set(name, select.value));
    return field(text, select);
  };
  const number = (name: Criterion, current: number | null, placeholder = '') => {
    const input = h('input', { type: 'number', min: '0', 'data-filter': name, placeholder });
    input.value = current === null ? '' : String(current);
    input.addEventListener('change', () => set(name, input.value));
    return input;
  };

  const render = () => {
    const filter = ctx.graphState.get().filter;
    const details = h('details', {}, h('summary', {}, t('filter.title'), isActive(filter) ? ' ●' : ''));
    details.open = open;
    details.addEventListener('toggle', () => {
      open = details.open;
    });
    const clear = h('button', { type: 'button', class: 'secondary', id: 'filter-clear' }, t('filter.clear'));
    clear.addEventListener('click', () => ctx.graphState.update((s) => setFilter(s, NO_FILTER)));
    details.append(
      choice('status', 'filter.status', filter.status),
      h(
        'div',
        { class: 'filter-field' },
        h('span', {}, t('filter.year')),
        number('yearFrom', filter.yearFrom, '2019'),
        '–',
        number('yearTo', filter.yearTo, '2024'),
      ),
      choice('docType', 'filter.docType', filter.docType),
      choice('jurisdiction', 'filter.jurisdiction', filter.jurisdiction),
      field('filter.reports', number('minReports', filter.minReports)),
      field('filter.degree', number('minDegree', filter.minDegree)),
      clear,
    );
    container.replaceChildren(details);
  };
  render();
  const offContents = ctx.view.onContents(render);
  const offState = ctx.graphState.subscribe((s, previous) => {
    if (s.filter !== previous.filter) render();
  });
  return () => {
    offContents();
    offState();
  };
}
