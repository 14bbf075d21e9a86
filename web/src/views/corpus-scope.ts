// The scope every question across reports follows: one report, a jurisdiction (with or without
// the levels below it), a range of reviewed years, or all. Its values are the templates' scope
// parameters ('' and 0 mean "any").

import { api, type DocumentSummary } from '../api.js';
import { h } from '../dom.js';

export interface CorpusScope {
  doc: string;
  place: string;
  below: number;
  from: number;
  to: number;
}

export const ALL: CorpusScope = { doc: '', place: '', below: 1, from: 0, to: 0 };

export interface JurisdictionRow {
  key: string;
  name: string;
  chain: string;
  level: string;
  reports: number;
  firstYear: number | null;
  lastYear: number | null;
}

let jurisdictions: Promise<JurisdictionRow[]> | null = null;

/** The jurisdictions with their reports, fetched once per page. */
export function loadJurisdictions(): Promise<JurisdictionRow[]> {
  jurisdictions ??= api.corpus<{ jurisdictions: JurisdictionRow[] }>('jurisdictions').then(
    (r) => r.jurisdictions,
    (error) => {
      jurisdictions = null;
      throw error;
    },
  );
  return jurisdictions;
}

const docId = (d: DocumentSummary) => d.key.replace(/^Document:/, '');
const depth = (level: string) => ({ 国家: 0, 省: 1, 市: 2, 区县: 3 })[level] ?? 0;

/** The scope control: report, jurisdiction, levels below, year range, and a button for all. */
export function scopeControl(
  documents: readonly DocumentSummary[],
  places: readonly JurisdictionRow[],
  current: CorpusScope,
  onChange: (scope: CorpusScope) => void,
): HTMLElement {
  const docSelect = h(
    'select',
    { id: 'corpus-doc', 'aria-label': '报告 report', style: 'max-width: 100%' },
    h('option', { value: '' }, '全部报告 all reports'),
    ...documents.map((d) => h('option', { value: docId(d) }, `${d.region} ${d.year ?? ''} · ${d.name}`.slice(0, 80))),
  );
  docSelect.value = current.doc;
  const placeSelect = h(
    'select',
    { id: 'corpus-place', 'aria-label': '行政区 jurisdiction', style: 'max-width: 100%' },
    h('option', { value: '' }, '全部地区 all places'),
    ...places.map((j) =>
      h(
        'option',
        { value: j.key },
        `${'　'.repeat(depth(j.level))}${j.name} (${j.reports}${j.firstYear ? ` · ${j.firstYear}–${j.lastYear}` : ''})`,
      ),
    ),
  );
  placeSelect.value = current.place;
  const below = h('input', { id: 'corpus-below', type: 'checkbox' });
  below.checked = current.below === 1;
  const year = (id: string, value: number, label: string) =>
    h('input', { id, type: 'number', min: '1949', max: '2100', placeholder: label, value: value ? String(value) : '' });
  const from = year('corpus-from', current.from, '起 from');
  const to = year('corpus-to', current.to, '止 to');
  const read = (): CorpusScope => ({
    doc: docSelect.value,
    place: placeSelect.value,
    below: below.checked ? 1 : 0,
    from: Number(from.value) || 0,
    to: Number(to.value) || 0,
  });
  for (const input of [docSelect, placeSelect, below, from, to])
    input.addEventListener('change', () => onChange(read()));
  return h(
    'div',
    { class: 'corpus-scope', role: 'group', 'aria-label': '范围 scope' },
    docSelect,
    placeSelect,
    h('label', {}, below, ' 含下级 levels below'),
    from,
    '–',
    to,
    h(
      'button',
      { type: 'button', id: 'corpus-all', class: 'secondary', onclick: () => onChange({ ...ALL }) },
      '全部 all',
    ),
  );
}
