// The scope bar above every view: a report, or a jurisdiction (with or without the levels below)
// and a range of reviewed years, or all. Report and place are searchable pickers; each option
// counts what it holds in the scope (a report its measures, a place its reports).

import type { DocumentSummary } from './api.js';
import { combobox } from './combobox.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { byCountThenName, type ComboOption } from './state/combobox-state.js';
import {
  type Place,
  pickPlace,
  pickReport,
  type ReportFacts,
  reportInScope,
  type Scope,
  setBelow,
  setYears,
  WHOLE_SCOPE,
} from './state/scope-state.js';

export interface PlaceRow extends Place {
  name: string;
  chain: string;
}

export const reportId = (d: DocumentSummary) => d.key.replace(/^Document:/, '');

/** The report as place and year (宝安区 2022), the label every row of a measure carries. */
export const reportName = (d: DocumentSummary) =>
  `${d.place ?? d.region ?? ''} ${d.reviewedYear ?? d.year ?? ''}`.trim() || reportId(d);

export const reportFacts = (d: DocumentSummary): ReportFacts => ({
  id: reportId(d),
  placeKey: d.placeKey ?? null,
  year: d.reviewedYear ?? d.year ?? null,
});

/** The reports in the scope. */
export function reportsInScope(
  documents: readonly DocumentSummary[],
  places: readonly PlaceRow[],
  scope: Scope,
): DocumentSummary[] {
  const byKey = new Map(places.map((p) => [p.key, p]));
  return documents.filter((d) => reportInScope(byKey, reportFacts(d), scope));
}

const collator = new Intl.Collator('zh-Hans-CN');

export function mountScopeBar(
  container: HTMLElement,
  documents: readonly DocumentSummary[],
  places: readonly PlaceRow[],
  scope: Scope,
  onChange: (scope: Scope) => void,
): void {
  const byKey = new Map(places.map((p) => [p.key, p]));
  const frame = { ...scope, doc: '' };
  const reports = documents
    .filter((d) => reportInScope(byKey, reportFacts(d), frame) || reportId(d) === scope.doc)
    .sort((a, b) => collator.compare(reportName(a), reportName(b)));
  const reportOptions: ComboOption[] = [
    { value: '', label: t('doc.all'), count: reportsInScope(documents, places, frame).length },
    ...reports.map((d) => ({
      value: reportId(d),
      label: reportName(d),
      detail: `${d.region ?? ''} · ${d.name}`.slice(0, 90),
      count: d.measures ?? 0,
    })),
  ];
  const placeOptions: ComboOption[] = places
    .map((p) => ({
      value: p.key,
      label: p.name,
      detail: p.chain,
      count: reportsInScope(documents, places, { ...frame, place: p.key }).length,
    }))
    .filter((o) => o.count > 0 || o.value === scope.place)
    .sort(byCountThenName);
  const below = h('input', { id: 'scope-below', type: 'checkbox' });
  below.checked = scope.below === 1;
  below.addEventListener('change', () => onChange(setBelow(scope, below.checked)));
  const year = (id: string, value: number, label: string) => {
    const input = h('input', {
      id,
      class: 'scope-year',
      type: 'number',
      min: '1949',
      max: '2100',
      placeholder: label,
      'aria-label': label,
      value: value ? String(value) : '',
    });
    input.addEventListener('change', () => onChange(setYears(scope, Number(from.value) || 0, Number(to.value) || 0)));
    return input;
  };
  const from = year('scope-from', scope.from, t('scope.from'));
  const to = year('scope-to', scope.to, t('scope.to'));
  const count = reportsInScope(documents, places, scope).length;
  container.replaceChildren(
    combobox({
      id: 'scope-doc',
      label: t('doc.label'),
      options: reportOptions,
      value: scope.doc,
      onPick: (doc) => onChange(doc ? pickReport(scope, doc) : { ...scope, doc: '' }),
    }),
    combobox({
      id: 'scope-place',
      label: t('scope.place'),
      options: [
        {
          value: '',
          label: t('scope.allPlaces'),
          count: reportsInScope(documents, places, { ...frame, place: '' }).length,
        },
        ...placeOptions,
      ],
      value: scope.place,
      onPick: (place) => onChange(pickPlace(scope, place)),
    }),
    h('label', { class: 'scope-below' }, below, t('scope.below')),
    h('span', { class: 'scope-years' }, from, '–', to),
    h(
      'button',
      { type: 'button', id: 'scope-all', class: 'secondary', onclick: () => onChange({ ...WHOLE_SCOPE }) },
      t('scope.all'),
    ),
    h('span', { id: 'scope-count', class: 'scope-count', 'data-count': String(count) }, t('scope.reports', { count })),
  );
}
