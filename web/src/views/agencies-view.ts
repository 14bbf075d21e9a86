// Use case 1, agencies → initiatives: pick an agency of the scope, run the agency-initiatives
// template and list its programs with the measures linking them, each with its report (place,
// year); the graph stresses the same subgraph. Only measures the text gives the agency count,
// unless the reader includes the author's default ones.

import { groupBy } from '../../../graph/group-by.js';
import { h } from '../dom.js';
import { findByName } from '../graph-model.js';
import { t } from '../i18n.js';
import type { ComboOption } from '../state/combobox-state.js';
import { measureCount, statusBadge } from './common.js';
import type { AppContext, MountedView } from './context.js';
import { agencyFocus } from './focus.js';
import { mountPickerView } from './picker-view.js';

interface Row {
  agency: string;
  program: string | null;
  measure: string;
  status: string;
  section: string;
  report: string;
  key: string;
  total: number;
  /** False where the agency is the report's author, implied because the text names no doer. */
  stated: boolean;
}

/** Kept while the page lives: whether the author's default measures count. */
let includeDefault = false;

/** Rows grouped by program, in the order the template returned them. */
export function groupByProgram(rows: readonly Row[]): Map<string | null, Row[]> {
  return groupBy(rows, (row) => row.program);
}

function measureItem(ctx: AppContext, row: Row): HTMLElement {
  const key = findByName(ctx.view.graph, 'Measure', row.measure);
  return h(
    'li',
    { class: 'measure' },
    h('button', { type: 'button', class: 'link', onclick: () => key && ctx.select(key) }, row.measure),
    ' ',
    statusBadge(row.status),
    h('span', { class: 'report' }, row.report),
    row.stated === false ? h('span', { class: 'badge implied' }, t('agencies.implied')) : null,
    h('span', { class: 'section' }, row.section),
  );
}

function renderGroups(ctx: AppContext, rows: readonly Row[]): HTMLElement {
  const groups = groupByProgram(rows);
  const programs = [...groups.keys()].filter((p) => p !== null).length;
  const shown = new Set(rows.map((r) => r.key)).size;
  const total = Number(rows[0]?.total ?? shown);
  return h(
    'div',
    { class: 'groups' },
    measureCount(t('agencies.count', { programs, measures: total }), shown, total),
    ...[...groups].map(([program, items]) => {
      const key = program ? findByName(ctx.view.graph, 'Program', program) : null;
      return h(
        'section',
        { class: 'group', 'data-program': program ?? '' },
        h(
          'h3',
          {},
          program
            ? h('button', { type: 'button', class: 'link', onclick: () => key && ctx.select(key) }, program)
            : t('agencies.noProgram'),
          h('span', { class: 'count' }, ` (${items.length})`),
        ),
        h('ul', {}, ...items.map((row) => measureItem(ctx, row))),
      );
    }),
  );
}

/** The toggle that adds the measures an agency carries out only as the report's author. */
function defaultToggle(onChange: (checked: boolean) => void): HTMLElement {
  const box = h('input', { id: 'agency-include-default', type: 'checkbox' });
  box.checked = includeDefault;
  box.addEventListener('change', () => onChange(box.checked));
  return h('label', { class: 'include-default' }, box, ' ', t('agencies.includeDefault'));
}

export function mountAgenciesView(container: HTMLElement, ctx: AppContext, arg: string | null): MountedView {
  let mounted: MountedView | null = null;
  const mount = (picked: string | null) => {
    mounted?.dispose();
    const withDefault = includeDefault;
    mounted = mountPickerView(container, ctx, picked, {
      name: 'agencies',
      pickerId: 'agency-pick',
      messages: { title: 'agencies.title', intro: 'agencies.intro', pick: 'agencies.pick' },
      list: 'agencies-ranked',
      params: { includeDefault: withDefault },
      template: 'agency-initiatives',
      param: 'agency',
      focus: (graph, name) => agencyFocus(graph, name, withDefault),
      render: (view, _agency: ComboOption, answer) => renderGroups(view, answer.rows as unknown as Row[]),
    });
    container.querySelector('.view-body')?.prepend(
      defaultToggle((checked) => {
        includeDefault = checked;
        mount(container.querySelector<HTMLElement>('.combobox:has(#agency-pick)')?.dataset.value || picked);
      }),
    );
  };
  mount(arg);
  return {
    dispose() {
      mounted?.dispose();
      mounted = null;
    },
  };
}
