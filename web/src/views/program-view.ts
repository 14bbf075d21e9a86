// Use case 3, program → measures: pick a program of the scope, run the program-measures template
// and list its measures with status, metrics, section and report (place, year); the graph
// stresses the program, its measures and their metrics.

import { download, h } from '../dom.js';
import { findByName } from '../graph-model.js';
import { t } from '../i18n.js';
import type { ComboOption } from '../state/combobox-state.js';
import type { QueryResult } from '../state/query-state.js';
import { toCsv } from '../table-model.js';
import { measureCount, statusBadge } from './common.js';
import type { AppContext, MountedView } from './context.js';
import { programFocus } from './focus.js';
import { mountPickerView } from './picker-view.js';

function measureList(ctx: AppContext, option: ComboOption, result: QueryResult): HTMLElement {
  const program = option.label;
  const items = result.rows.map((row) => {
    const text = String(row.measure ?? '');
    const key = findByName(ctx.view.graph, 'Measure', text);
    const metrics = Array.isArray(row.metrics) ? (row.metrics as unknown[]).map(String) : [];
    return h(
      'li',
      { class: 'measure' },
      h('button', { type: 'button', class: 'link', onclick: () => key && ctx.select(key) }, text),
      h(
        'div',
        { class: 'meta' },
        statusBadge(row.status),
        ...metrics.map((m) => h('span', { class: 'chip metric' }, m)),
        h('span', { class: 'report' }, String(row.report ?? '')),
        h('span', { class: 'section' }, String(row.section ?? '')),
      ),
    );
  });
  return h(
    'div',
    { class: 'measures' },
    h(
      'div',
      { class: 'table-tools' },
      measureCount(
        t('common.rows', { count: Number(result.rows[0]?.total ?? result.rows.length) }),
        new Set(result.rows.map((r) => r.key)).size,
        Number(result.rows[0]?.total ?? result.rows.length),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary export-csv',
          onclick: () =>
            download(`program-${program}.csv`, toCsv(result.columns, result.rows), 'text/csv;charset=utf-8'),
        },
        t('export.csv'),
      ),
    ),
    h('ol', { class: 'measure-list' }, ...items),
  );
}

export function mountProgramView(container: HTMLElement, ctx: AppContext, arg: string | null): MountedView {
  return mountPickerView(container, ctx, arg, {
    name: 'program',
    pickerId: 'program-pick',
    messages: { title: 'program.title', intro: 'program.intro', pick: 'program.pick' },
    list: 'programs-ranked',
    template: 'program-measures',
    param: 'program',
    focus: programFocus,
    render: measureList,
  });
}
