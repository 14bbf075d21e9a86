// Use case 1, agencies → initiatives: pick an agency, run the agency-initiatives template and
// list its programs with the measures linking them; the graph stresses the same subgraph.

import { api, describeError, templates } from '../api.js';
import { h, stateBlock } from '../dom.js';
import { findByName } from '../graph-model.js';
import { t } from '../i18n.js';
import { cypherBlock, statusBadge, viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';
import { agencyFocus, rankedEntities } from './focus.js';

interface Row {
  agency: string;
  program: string | null;
  measure: string;
  status: string;
  section: string;
}

/** Rows grouped by program, in the order the template returned them. */
export function groupByProgram(rows: readonly Row[]): Map<string | null, Row[]> {
  const groups = new Map<string | null, Row[]>();
  for (const row of rows) groups.set(row.program, [...(groups.get(row.program) ?? []), row]);
  return groups;
}

function measureItem(ctx: AppContext, row: Row): HTMLElement {
  const key = findByName(ctx.view.graph, 'Measure', row.measure);
  return h(
    'li',
    { class: 'measure' },
    h('button', { type: 'button', class: 'link', onclick: () => key && ctx.select(key) }, row.measure),
    ' ',
    statusBadge(row.status),
    h('span', { class: 'section' }, row.section),
  );
}

function renderGroups(ctx: AppContext, rows: readonly Row[]): HTMLElement {
  const groups = groupByProgram(rows);
  const programs = [...groups.keys()].filter((p) => p !== null).length;
  return h(
    'div',
    { class: 'groups' },
    h('p', { class: 'count' }, t('agencies.count', { programs, measures: new Set(rows.map((r) => r.measure)).size })),
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
  const body = viewFrame(container, 'agencies', t('agencies.title'), t('agencies.intro'));
  const agencies = rankedEntities(ctx.view.graph, 'Agency', 'CARRIES_OUT');
  const picker = h('select', { id: 'agency-pick', 'aria-label': t('agencies.pick') });
  for (const a of agencies) picker.append(h('option', { value: a.name }, `${a.name} (${a.count})`));
  if (arg && !agencies.some((a) => a.name === arg)) picker.prepend(h('option', { value: arg }, arg));
  const result = h('div', { class: 'view-result' });
  body.append(h('label', { class: 'picker' }, h('span', {}, t('agencies.pick')), picker), result);
  let run = 0;
  let disposed = false;

  const show = async (agency: string) => {
    const mine = ++run;
    ctx.setArg(agency);
    const { key, nodes } = agencyFocus(ctx.view.graph, agency);
    ctx.focus(nodes.length > 0 ? nodes : null);
    if (key) ctx.select(key, false);
    result.replaceChildren(stateBlock('loading'));
    try {
      const [all, answer] = await Promise.all([templates(), api.runTemplate('agency-initiatives', { agency })]);
      if (disposed || mine !== run) return;
      const template = all.find((x) => x.name === 'agency-initiatives');
      const rows = answer.rows as unknown as Row[];
      result.replaceChildren(
        template ? cypherBlock(ctx, template, { agency }) : '',
        rows.length === 0 ? stateBlock('empty') : renderGroups(ctx, rows),
      );
    } catch (error) {
      if (!disposed && mine === run)
        result.replaceChildren(stateBlock('error', describeError(error), () => void show(agency)));
    }
  };

  picker.addEventListener('change', () => void show(picker.value));
  const first = arg ?? agencies[0]?.name ?? null;
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
