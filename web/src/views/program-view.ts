// Use case 3, program → measures: pick a program, run the program-measures template and list
// its measures with status, metrics and section; the graph stresses the program, its measures
// and their metrics.

import { api, describeError, templates } from '../api.js';
import { download, h, stateBlock } from '../dom.js';
import { findByName } from '../graph-model.js';
import { t } from '../i18n.js';
import type { QueryResult } from '../state/query-state.js';
import { toCsv } from '../table-model.js';
import { cypherBlock, statusBadge, viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';
import { programFocus, rankedEntities } from './focus.js';

function measureList(ctx: AppContext, program: string, result: QueryResult): HTMLElement {
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
      h('span', { class: 'count' }, t('common.rows', { count: result.rows.length })),
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
  const body = viewFrame(container, 'program', t('program.title'), t('program.intro'));
  const programs = rankedEntities(ctx.view.graph, 'Program', 'PART_OF');
  const picker = h('select', { id: 'program-pick', 'aria-label': t('program.pick') });
  if (arg && !programs.some((p) => p.name === arg)) picker.append(h('option', { value: arg }, arg));
  for (const p of programs) picker.append(h('option', { value: p.name }, `${p.name} (${p.count})`));
  const result = h('div', { class: 'view-result' });
  body.append(h('label', { class: 'picker' }, h('span', {}, t('program.pick')), picker), result);
  let run = 0;
  let disposed = false;

  const show = async (program: string) => {
    const mine = ++run;
    ctx.setArg(program);
    const { key, nodes } = programFocus(ctx.view.graph, program);
    ctx.focus(nodes.length > 0 ? nodes : null);
    if (key) ctx.select(key, false);
    result.replaceChildren(stateBlock('loading'));
    try {
      const [all, answer] = await Promise.all([templates(), api.runTemplate('program-measures', { program })]);
      if (disposed || mine !== run) return;
      const template = all.find((x) => x.name === 'program-measures');
      result.replaceChildren(
        template ? cypherBlock(ctx, template, { program }) : '',
        answer.rows.length === 0 ? stateBlock('empty') : measureList(ctx, program, answer),
      );
    } catch (error) {
      if (!disposed && mine === run)
        result.replaceChildren(stateBlock('error', describeError(error), () => void show(program)));
    }
  };

  picker.addEventListener('change', () => void show(picker.value));
  const first = arg ?? programs[0]?.name ?? null;
  if (first) {
    picker.value = first;
    void show(first);
  } else result.replaceChildren(stateBlock('empty', t('status.noData')));
  return {
    dispose() {
      disposed = true;
    },
  };
}
