// The four questions across reports, each a named template run with the scope: a program
// through time, an indicator as a series (chart and table, each point with its sentence),
// regulations ranked by the reports citing them, two reports side by side.

import { api, type DocumentSummary, type Template } from '../api.js';
import { h, stateBlock } from '../dom.js';
import type { QueryResult } from '../state/query-state.js';
import type { Scope } from '../state/scope-state.js';
import { cypherBlock, resultTable } from './common.js';
import type { AppContext } from './context.js';
import { formatValue, type SeriesPoint, seriesChart } from './series-chart.js';

export type QuestionName = 'program-timeline' | 'indicator-series' | 'regulations-ranked' | 'compare-reports';

export const QUESTIONS: { name: QuestionName; label: string }[] = [
  { name: 'program-timeline', label: '项目时间线 Program through time' },
  { name: 'indicator-series', label: '指标序列 Indicator series' },
  { name: 'regulations-ranked', label: '法规排名 Regulations ranked' },
  { name: 'compare-reports', label: '报告对比 Two reports' },
];

/** What the question asks beyond the scope (program, indicator, the two reports). */
export interface QuestionInputs {
  program: string;
  indicator: string;
  measure: 'level' | 'growth';
  a: string;
  b: string;
}

export interface Question {
  params: Record<string, unknown>;
  render(result: QueryResult): (HTMLElement | SVGElement | string)[];
}

const years = (rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => r.year).filter((y): y is number => typeof y === 'number');

export function question(name: QuestionName, scope: Scope, inputs: QuestionInputs): Question {
  if (name === 'program-timeline')
    return {
      params: { program: inputs.program, ...scope },
      render: (result) => {
        const ys = years(result.rows);
        const span =
          ys.length > 0
            ? h(
                'p',
                { class: 'timeline-span' },
                `首次 first ${Math.min(...ys)} · 最近 last ${Math.max(...ys)} · ${result.rows.length} 份报告 reports`,
              )
            : '';
        return [
          span,
          table(result, ['year', 'place', 'mentions', 'measureCount', 'measures', 'document'], 'program-timeline'),
        ];
      },
    };
  if (name === 'indicator-series')
    return {
      params: { indicator: inputs.indicator, measure: inputs.measure, places: '', ...scope },
      render: (result) => {
        const points: SeriesPoint[] = result.rows.map((r) => ({
          place: String(r.place ?? ''),
          year: Number(r.year),
          value: Number(r.value),
          unit: String(r.unit ?? ''),
          evidence: String(r.evidence ?? ''),
        }));
        if (points.length === 0) return [stateBlock('empty')];
        const rows = result.rows.map((r, i) => ({
          ...r,
          shown: formatValue(points[i]?.value ?? 0, points[i]?.unit ?? ''),
        }));
        return [
          seriesChart(points),
          table({ ...result, rows }, ['place', 'year', 'shown', 'evidence', 'document'], 'indicator-series'),
        ];
      },
    };
  if (name === 'regulations-ranked')
    return {
      params: { ...scope },
      render: (result) => [
        table(result, ['regulation', 'reports', 'issuers', 'years', 'citedIn'], 'regulations-ranked'),
      ],
    };
  return {
    params: { a: inputs.a, b: inputs.b },
    render: (result) => {
      const part = (kind: string, change: string) => result.rows.filter((r) => r.kind === kind && r.change === change);
      const list = (title: string, change: string) =>
        h(
          'div',
          { class: 'compare-programs', 'data-change': change },
          h('h4', {}, `${title} (${part('Program', change).length})`),
          h(
            'p',
            {},
            part('Program', change)
              .map((r) => String(r.name))
              .join('、') || '—',
          ),
        );
      const moved = result.rows
        .filter((r) => r.kind === 'Indicator')
        .map((r) => ({
          ...r,
          before: formatValue(Number(r.valueA), String(r.unit ?? '')),
          after: formatValue(Number(r.valueB), String(r.unit ?? '')),
        }));
      return [
        list('新增 new', 'new'),
        list('不再提及 dropped', 'dropped'),
        list('保留 kept', 'kept'),
        h('h4', {}, '指标变化 indicators that moved'),
        table({ ...result, rows: moved }, ['name', 'measure', 'before', 'after', 'change'], 'compare-indicators'),
      ];
    },
  };
}

function table(result: QueryResult, columns: string[], name: string): HTMLElement {
  if (result.rows.length === 0) return stateBlock('empty');
  return resultTable({ columns, rows: result.rows, name, truncated: result.truncated });
}

/** The inputs a question takes, drawn for the user; `onChange` runs the question again. */
export function questionInputs(
  name: QuestionName,
  inputs: QuestionInputs,
  documents: readonly DocumentSummary[],
  indicators: readonly { name: string; reports: number }[],
  onChange: () => void,
): HTMLElement {
  const box = h('div', { class: 'corpus-inputs' });
  if (name === 'program-timeline') {
    const input = h('input', {
      id: 'corpus-program',
      type: 'search',
      value: inputs.program,
      'aria-label': '项目 program',
    });
    input.addEventListener('change', () => {
      inputs.program = input.value.trim();
      onChange();
    });
    box.append(input);
  } else if (name === 'indicator-series') {
    const pick = h(
      'select',
      { id: 'corpus-indicator', 'aria-label': '指标 indicator' },
      ...indicators.map((i) => h('option', { value: i.name }, `${i.name} (${i.reports})`)),
    );
    pick.value = inputs.indicator;
    const measure = h(
      'select',
      { id: 'corpus-measure', 'aria-label': '口径 measure' },
      h('option', { value: 'level' }, '总量 level'),
      h('option', { value: 'growth' }, '增长 growth %'),
    );
    measure.value = inputs.measure;
    pick.addEventListener('change', () => {
      inputs.indicator = pick.value;
      onChange();
    });
    measure.addEventListener('change', () => {
      inputs.measure = measure.value === 'growth' ? 'growth' : 'level';
      onChange();
    });
    box.append(pick, measure);
  } else if (name === 'compare-reports') {
    const select = (id: string, value: string, set: (v: string) => void) => {
      const s = h(
        'select',
        { id, 'aria-label': id, style: 'max-width: 45%' },
        ...documents.map((d) =>
          h(
            'option',
            { value: d.key.replace(/^Document:/, '') },
            `${d.region} ${d.year ?? ''} · ${d.name}`.slice(0, 80),
          ),
        ),
      );
      s.value = value;
      s.addEventListener('change', () => {
        set(s.value);
        onChange();
      });
      return s;
    };
    box.append(
      select('corpus-a', inputs.a, (v) => {
        inputs.a = v;
      }),
      ' → ',
      select('corpus-b', inputs.b, (v) => {
        inputs.b = v;
      }),
    );
  }
  return box;
}

export async function runQuestion(
  ctx: AppContext,
  name: QuestionName,
  q: Question,
  all: Template[],
): Promise<(HTMLElement | SVGElement | string)[]> {
  const result = await api.runTemplate(name, q.params);
  const template = all.find((t) => t.name === name);
  return [template ? cypherBlock(ctx, template, q.params) : '', ...q.render(result)];
}
