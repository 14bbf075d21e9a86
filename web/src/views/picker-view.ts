// A use-case view built on a picker: choose an entity of the scope (a searchable list, each
// with its count of measures in the scope and where it belongs), run a named template with it
// and the scope, show the Cypher and the answer, and stress the entity's subgraph in the graph.
// Agencies → initiatives and Program → measures are two of these; each supplies only its focus
// and its rendering.

import type Graph from 'graphology';
import { api, templates } from '../api.js';
import { combobox } from '../combobox.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { type MessageKey, t } from '../i18n.js';
import { byCountThenName, type ComboOption } from '../state/combobox-state.js';
import type { QueryResult } from '../state/query-state.js';
import { scopeParams } from '../state/scope-state.js';
import { cypherBlock, viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';

export interface PickerViewOptions {
  name: 'agencies' | 'program';
  pickerId: string;
  messages: { title: MessageKey; intro: MessageKey; pick: MessageKey };
  /** The template listing the entities of the scope with their counts. */
  list: 'agencies-ranked' | 'programs-ranked';
  template: string;
  /** The template's parameter that takes the picked entity's key. */
  param: string;
  focus(graph: Graph, key: string): { key: string | null; nodes: string[] };
  /** More parameters of the list and the view's template, besides the scope and the picked key. */
  params?: Record<string, unknown>;
  render(ctx: AppContext, option: ComboOption, result: QueryResult): HTMLElement;
}

const where = (row: Record<string, unknown>) => {
  const places = Array.isArray(row.places) ? (row.places as string[]) : [];
  const own = typeof row.jurisdiction === 'string' ? row.jurisdiction : '';
  return own || places.slice(0, 3).join('、') + (places.length > 3 ? '…' : '');
};

/** The picker's options: one per row of the list template, most measures first. */
export function pickerOptions(result: QueryResult): ComboOption[] {
  return result.rows
    .map((row) => ({
      value: String(row.key),
      label: String(row.name),
      detail: where(row),
      count: Number(row.measures ?? 0),
    }))
    .sort(byCountThenName);
}

export function mountPickerView(
  container: HTMLElement,
  ctx: AppContext,
  arg: string | null,
  options: PickerViewOptions,
): MountedView {
  const { name, template: templateName, param, messages } = options;
  const body = viewFrame(container, name, t(messages.title), t(messages.intro));
  const pickerBox = h('div', { class: 'picker' }, h('span', {}, t(messages.pick)), stateBlock('loading'));
  const result = h('div', { class: 'view-result' });
  body.append(pickerBox, result);
  const params = { ...scopeParams(ctx.scope.get()), ...options.params };
  let entities: ComboOption[] = [];
  let run = 0;
  let disposed = false;

  const show = async (option: ComboOption) => {
    const mine = ++run;
    ctx.setArg(option.value);
    const { key, nodes } = options.focus(ctx.view.graph, option.value);
    ctx.focus(nodes.length > 0 ? nodes : null);
    if (key) ctx.select(key, false);
    result.replaceChildren(stateBlock('loading'));
    delete result.dataset.state;
    const asked = { ...params, [param]: option.value };
    try {
      const [all, answer] = await Promise.all([templates(), api.runTemplate(templateName, asked)]);
      if (disposed || mine !== run) return;
      const template = all.find((x) => x.name === templateName);
      result.replaceChildren(
        template ? cypherBlock(ctx, template, asked) : '',
        answer.rows.length === 0 ? stateBlock('empty') : options.render(ctx, option, answer),
      );
      result.dataset.state = 'ready';
    } catch (error) {
      if (!disposed && mine === run) result.replaceChildren(errorBlock(error, () => void show(option)));
    }
  };

  const load = async () => {
    try {
      const list = await api.runTemplate(options.list, params);
      if (disposed) return;
      entities = pickerOptions(list);
      const total = Number(list.rows[0]?.total ?? entities.length);
      const first = entities.find((e) => e.value === arg || e.label === arg) ?? entities[0] ?? null;
      pickerBox.replaceChildren(
        h('span', {}, t(messages.pick)),
        combobox({
          id: options.pickerId,
          label: t(messages.pick),
          options: entities,
          value: first?.value ?? '',
          total,
          onPick: (value) => {
            const option = entities.find((e) => e.value === value);
            if (option) void show(option);
          },
        }),
      );
      if (first) void show(first);
      else result.replaceChildren(stateBlock('empty', t('status.noData')));
    } catch (error) {
      if (!disposed) pickerBox.replaceChildren(errorBlock(error, () => void load()));
    }
  };
  void load();
  return {
    dispose() {
      disposed = true;
    },
  };
}
