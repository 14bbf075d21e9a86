// Use case 2, regulations: every regulation cited in the scope as a sortable, searchable table
// with citation counts (regulations-cited); picking one shows its issuers and, from
// regulation-cited-by, the measures citing it with their section and report (place, year).
// The graph stresses the regulation's subgraph.

import { api, type Template, templates } from '../api.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { t } from '../i18n.js';
import type { QueryResult } from '../state/query-state.js';
import { scopeParams } from '../state/scope-state.js';
import { cypherBlock, measureCount, resultTable, viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';
import { regulationFocus } from './focus.js';

const LIST_COLUMNS = ['regulation', 'type', 'issuers', 'citations', 'implementations'];
const CITED_COLUMNS = ['measure', 'report', 'section', 'implements'];

function detailOf(
  ctx: AppContext,
  row: Record<string, unknown>,
  cited: QueryResult,
  params: Record<string, unknown>,
  template?: Template,
): HTMLElement {
  const name = String(row.regulation);
  const total = Number(cited.rows[0]?.total ?? cited.rows.length);
  const issuers = Array.isArray(row.issuers) ? (row.issuers as string[]) : [];
  return h(
    'div',
    { class: 'regulation-detail', 'data-regulation': name },
    h('h3', {}, name),
    h(
      'dl',
      {},
      h('dt', {}, t('regulations.issuers')),
      h('dd', { class: 'issuers' }, issuers.length > 0 ? issuers.join('、') : '—'),
      h('dt', {}, t('col.citations')),
      h('dd', { class: 'citations' }, String(row.citations ?? 0)),
    ),
    template ? cypherBlock(ctx, template, params) : '',
    h('h4', {}, t('regulations.citedBy')),
    measureCount(t('common.rows', { count: total }), cited.rows.length, total),
    cited.rows.length === 0
      ? stateBlock('empty')
      : resultTable({ columns: CITED_COLUMNS, rows: cited.rows, name: `cited-by-${name}`, truncated: cited.truncated }),
  );
}

/** The Cypher of the list and the table of all regulations, most cited first. */
function listOf(
  ctx: AppContext,
  list: QueryResult,
  all: Template[],
  current: string | null,
  pick: (name: string) => void,
  words: string,
): (HTMLElement | string)[] {
  const template = all.find((x) => x.name === 'regulations-cited');
  const total = Number(list.rows[0]?.total ?? list.rows.length);
  const wanted = words.trim().toLowerCase();
  const rows = wanted
    ? list.rows.filter((r) =>
        `${r.regulation} ${(r.issuers as string[] | null)?.join(' ') ?? ''}`.toLowerCase().includes(wanted),
      )
    : list.rows;
  return [
    template ? cypherBlock(ctx, template, scopeParams(ctx.scope.get())) : '',
    total > list.rows.length ? measureCount('', list.rows.length, total) : '',
    rows.length === 0
      ? stateBlock('empty')
      : resultTable({
          columns: LIST_COLUMNS,
          rows,
          name: 'regulations',
          numeric: ['citations', 'implementations'],
          initialSort: { column: 'citations', direction: 'desc' },
          onRow: (row) => pick(String(row.regulation)),
          isCurrent: (row) => row.regulation === current,
          truncated: list.truncated,
        }),
  ];
}

export function mountRegulationsView(container: HTMLElement, ctx: AppContext, arg: string | null): MountedView {
  const body = viewFrame(container, 'regulations', t('regulations.title'), t('regulations.intro'));
  let disposed = false;
  let run = 0;
  let current = arg;
  let list: QueryResult | null = null;
  const params = scopeParams(ctx.scope.get());
  const filter = h('input', { type: 'search', id: 'regulation-filter', 'aria-label': t('table.filter') });
  filter.placeholder = t('table.filter');
  const listBox = h('div', { class: 'view-result' }, stateBlock('loading'));
  const detailBox = h('div', { class: 'view-detail' });
  body.append(filter, listBox, detailBox);
  let known: Template[] = [];

  const renderList = (all: Template[]) => {
    known = all;
    if (list) listBox.replaceChildren(...listOf(ctx, list, all, current, (name) => void pick(name), filter.value));
  };
  filter.addEventListener('input', () => renderList(known));

  const pick = async (name: string) => {
    const mine = ++run;
    current = name;
    ctx.setArg(name);
    const { key, nodes } = regulationFocus(ctx.view.graph, name);
    ctx.focus(nodes.length > 0 ? nodes : null);
    if (key) ctx.select(key, false);
    const all = await templates().catch(() => []);
    renderList(all);
    detailBox.replaceChildren(stateBlock('loading'));
    const row = list?.rows.find((r) => r.regulation === name) ?? { regulation: name, issuers: [], citations: 0 };
    try {
      const asked = { ...params, regulation: String(row.key ?? name) };
      const cited = await api.runTemplate('regulation-cited-by', asked);
      if (disposed || mine !== run) return;
      detailBox.replaceChildren(
        detailOf(
          ctx,
          row,
          cited,
          asked,
          all.find((x) => x.name === 'regulation-cited-by'),
        ),
      );
    } catch (error) {
      if (!disposed && mine === run) detailBox.replaceChildren(errorBlock(error, () => void pick(name)));
    }
  };

  const load = async () => {
    listBox.replaceChildren(stateBlock('loading'));
    try {
      const [all, result] = await Promise.all([templates(), api.runTemplate('regulations-cited', params)]);
      if (disposed) return;
      list = result;
      renderList(all);
      if (current) void pick(current);
    } catch (error) {
      if (!disposed) listBox.replaceChildren(errorBlock(error, () => void load()));
    }
  };
  void load();
  return {
    dispose() {
      disposed = true;
    },
  };
}
