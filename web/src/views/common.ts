// Parts the use-case views share: the frame (title, intro, body), the block showing the
// Cypher a view ran, and result tables with sorting and CSV. Text is always set as text.

import type { Template } from '../api.js';
import { download, h } from '../dom.js';
import { label, t } from '../i18n.js';
import { cellText, nextSort, type Sort, sortRows, toCsv } from '../table-model.js';
import type { AppContext } from './context.js';

/** The view's frame; returns the element to fill with the view's body. */
export function viewFrame(container: HTMLElement, name: string, title: string, intro: string): HTMLElement {
  const body = h('div', { class: 'view-body' });
  container.replaceChildren(
    h(
      'section',
      { class: `view view-${name}`, 'data-view': name },
      h('h2', {}, title),
      h('p', { class: 'intro' }, intro),
      body,
    ),
  );
  return body;
}

/** The Cypher a view runs, with its parameters, and a button to open it in the console. */
export function cypherBlock(ctx: AppContext, template: Template, params: Record<string, unknown>): HTMLElement {
  const merged = { ...template.params, ...params };
  return h(
    'details',
    { class: 'cypher-block', 'data-template': template.name },
    h('summary', {}, `${t('common.showCypher')} · ${template.name}`),
    h('pre', { class: 'cypher' }, h('code', {}, template.cypher)),
    h('pre', { class: 'params' }, h('code', {}, JSON.stringify(merged))),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          ctx.query.update((q) => ({
            ...q,
            text: template.cypher,
            params: JSON.stringify(merged, null, 1),
            template: template.name,
          }));
          ctx.openView('console');
        },
      },
      t('common.openInConsole'),
    ),
  );
}

export interface TableOptions {
  columns: readonly string[];
  rows: readonly Record<string, unknown>[];
  /** File name of the CSV export, without extension. */
  name: string;
  /** Columns sorted high to low on the first click. */
  numeric?: readonly string[];
  initialSort?: Sort | null;
  onRow?: (row: Record<string, unknown>) => void;
  /** Marks the row shown as current. */
  isCurrent?: (row: Record<string, unknown>) => boolean;
  truncated?: boolean;
}

function headerRow(options: TableOptions, sort: Sort | null, onSort: (column: string) => void): HTMLElement {
  return h(
    'tr',
    {},
    ...options.columns.map((column) => {
      const direction = sort?.column === column ? sort.direction : null;
      return h(
        'th',
        { scope: 'col', 'aria-sort': direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none' },
        h(
          'button',
          { type: 'button', class: 'sort', 'data-column': column, onclick: () => onSort(column) },
          label('col', column),
          direction ? (direction === 'asc' ? ' ▲' : ' ▼') : '',
        ),
      );
    }),
  );
}

function bodyRow(options: TableOptions, row: Record<string, unknown>): HTMLElement {
  const tr = h('tr', {}, ...options.columns.map((column) => h('td', {}, cellText(row[column]))));
  if (options.onRow) {
    tr.classList.add('clickable');
    tr.tabIndex = 0;
    const pick = () => options.onRow?.(row);
    tr.addEventListener('click', pick);
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') pick();
    });
  }
  if (options.isCurrent?.(row)) tr.classList.add('current');
  return tr;
}

/** A sortable table (click a header) with a CSV button; cells are text. */
export function resultTable(options: TableOptions): HTMLElement {
  const wrap = h('div', { class: 'table-wrap' });
  let sort: Sort | null = options.initialSort ?? null;
  const render = () => {
    const rows = sortRows(options.rows, sort);
    const onSort = (column: string) => {
      sort = nextSort(sort, column, options.numeric?.includes(column));
      render();
    };
    const csv = () => download(`${options.name}.csv`, toCsv(options.columns, rows), 'text/csv;charset=utf-8');
    wrap.replaceChildren(
      h(
        'div',
        { class: 'table-tools' },
        h(
          'span',
          { class: 'count' },
          t('common.rows', { count: rows.length }),
          options.truncated ? t('common.truncated') : '',
        ),
        h('button', { type: 'button', class: 'secondary export-csv', onclick: csv }, t('export.csv')),
      ),
      h(
        'table',
        { class: 'results' },
        h('thead', {}, headerRow(options, sort, onSort)),
        h('tbody', {}, ...rows.map((row) => bodyRow(options, row))),
      ),
    );
  };
  render();
  return wrap;
}

/** A status badge for a measure's status (done, planned, problem). */
export function statusBadge(status: unknown): HTMLElement | null {
  if (typeof status !== 'string' || status === '') return null;
  return h('span', { class: `badge status-${status}` }, label('status', status));
}

/** The count line of a list of measures: `text`, and "showing N of M" when a row limit cut it. */
export function measureCount(text: string, shown: number, total: number): HTMLElement {
  return h(
    'p',
    { class: 'count', 'data-measures': String(total), 'data-shown': String(shown) },
    text,
    shown < total ? h('span', { class: 'cut' }, ` · ${t('common.showing', { shown, total })}`) : '',
  );
}
