// Use case 1, agencies → initiatives: pick an agency of the scope, run the agency-initiatives
// template and list its programs with the measures linking them, each with its report (place,
// year); the graph stresses the same subgraph.

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
}

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

export function mountAgenciesView(container: HTMLElement, ctx: AppContext, arg: string | null): MountedView {
  return mountPickerView(container, ctx, arg, {
    name: 'agencies',
    pickerId: 'agency-pick',
    messages: { title: 'agencies.title', intro: 'agencies.intro', pick: 'agencies.pick' },
    list: 'agencies-ranked',
    template: 'agency-initiatives',
    param: 'agency',
    focus: agencyFocus,
    render: (view, _agency: ComboOption, answer) => renderGroups(view, answer.rows as unknown as Row[]),
  });
}
