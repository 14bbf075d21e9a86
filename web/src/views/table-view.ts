// The node table: every node of one kind in the main view (what the filters leave) with its
// properties and degree, searchable, sortable and exportable as CSV; a row selects its node.

import { NODE_KINDS, type NodeKind } from '../../../graph/types.js';
import { h, stateBlock } from '../dom.js';
import { label, t } from '../i18n.js';
import { reportId, reportName } from '../scope-bar.js';
import { resultTable } from './common.js';
import type { AppContext, MountedView } from './context.js';

/** Attributes of drawing and bookkeeping, not properties a reader wants in a table. */
const NOT_SHOWN = new Set([
  'x',
  'y',
  'color',
  'size',
  'label',
  'kind',
  'key',
  'name',
  'evidence',
  'fixed',
  'aliasText',
]);

/** The rows of `kind`: name, properties, degree and key, for the nodes drawn now. */
export function nodeRows(ctx: AppContext, kind: NodeKind): { columns: string[]; rows: Record<string, unknown>[] } {
  const { graph, sigma } = ctx.view;
  const properties = new Set<string>();
  const rows: Record<string, unknown>[] = [];
  const reports = new Map(ctx.documents().map((d) => [reportId(d), reportName(d)]));
  let withReport = false;
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== kind || sigma.getNodeDisplayData(key)?.hidden) return;
    const row: Record<string, unknown> = { name: attributes.name ?? attributes.label ?? key };
    for (const [name, value] of Object.entries(attributes)) {
      if (NOT_SHOWN.has(name) || value === null || value === undefined || value === '') continue;
      if (typeof value === 'object' && !Array.isArray(value)) continue;
      properties.add(name);
      row[name] = value;
    }
    if (typeof attributes.doc === 'string') {
      row.report = reports.get(attributes.doc) ?? attributes.doc;
      withReport = true;
    }
    row.degree = graph.degree(key);
    row.key = key;
    rows.push(row);
  });
  const columns = ['name', ...(withReport ? ['report'] : []), ...[...properties].sort(), 'degree', 'key'];
  return { columns, rows };
}

export function mountTableView(container: HTMLElement, ctx: AppContext, arg: string | null): MountedView {
  const body = h('div', { class: 'view-body' });
  container.replaceChildren(
    h(
      'section',
      { class: 'view view-table', 'data-view': 'table' },
      h('h2', {}, t('table.title')),
      h('p', { class: 'intro' }, t('table.intro')),
      body,
    ),
  );
  const kinds = NODE_KINDS.filter((kind) => ctx.view.graph.someNode((_, a) => a.kind === kind));
  const picker = h('select', { id: 'table-kind', 'aria-label': t('table.kind') });
  for (const kind of kinds) picker.append(h('option', { value: kind }, label('kind', kind)));
  const search = h('input', { type: 'search', id: 'table-search', 'aria-label': t('table.filter') });
  search.placeholder = t('table.filter');
  const result = h('div', { class: 'view-result' });
  body.append(
    h(
      'div',
      { class: 'table-controls' },
      h('label', { class: 'picker' }, h('span', {}, t('table.kind')), picker),
      search,
    ),
    result,
  );
  const render = () => {
    const kind = picker.value as NodeKind;
    if (!kind) return void result.replaceChildren(stateBlock('empty', t('status.noData')));
    ctx.setArg(kind);
    const { columns, rows } = nodeRows(ctx, kind);
    const words = search.value.trim().toLowerCase();
    const shown =
      words === ''
        ? rows
        : rows.filter((row) => Object.values(row).some((v) => String(v).toLowerCase().includes(words)));
    result.replaceChildren(
      resultTable({
        columns,
        rows: shown,
        name: `nodes-${kind}`,
        numeric: columns.filter((c) => shown.some((row) => typeof row[c] === 'number')),
        onRow: (row) => ctx.select(String(row.key)),
        isCurrent: (row) => row.key === ctx.selection.get().selected,
      }),
    );
  };
  picker.value =
    arg && kinds.includes(arg as NodeKind) ? arg : (kinds.find((k) => k === 'Regulation') ?? kinds[0] ?? '');
  picker.addEventListener('change', render);
  search.addEventListener('input', render);
  render();
  const offContents = ctx.view.onContents(render);
  const offFilter = ctx.graphState.subscribe((s, previous) => {
    if (s.filter !== previous.filter || s.hiddenKinds !== previous.hiddenKinds) render();
  });
  return {
    dispose() {
      offContents();
      offFilter();
    },
  };
}
