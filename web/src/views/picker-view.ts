// A use-case view built on a picker: choose an entity, run a named template with it, show the
// Cypher and the answer, and stress the entity's subgraph in the graph. Agencies → initiatives
// and Program → measures are two of these; each supplies only its focus and its rendering.

import type Graph from 'graphology';
import { api, templates } from '../api.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { type MessageKey, t } from '../i18n.js';
import type { QueryResult } from '../state/query-state.js';
import { cypherBlock, viewFrame } from './common.js';
import type { AppContext, MountedView } from './context.js';
import { rankedEntities } from './focus.js';

export interface PickerViewOptions {
  name: 'agencies' | 'program';
  pickerId: string;
  messages: { title: MessageKey; intro: MessageKey; pick: MessageKey };
  kind: 'Agency' | 'Program';
  /** Relationship whose count ranks the entities in the picker. */
  ranking: 'CARRIES_OUT' | 'PART_OF';
  template: string;
  /** The template's parameter that takes the picked name. */
  param: string;
  focus(graph: Graph, name: string): { key: string | null; nodes: string[] };
  /** Ranks the picker's entities instead of counting `ranking` edges. */
  rank?(graph: Graph): { name: string; count: number }[];
  /** More parameters of the template, besides the picked name. */
  params?: Record<string, unknown>;
  render(ctx: AppContext, name: string, result: QueryResult): HTMLElement;
}

export function mountPickerView(
  container: HTMLElement,
  ctx: AppContext,
  arg: string | null,
  options: PickerViewOptions,
): MountedView {
  const { name, template: templateName, param, messages } = options;
  const body = viewFrame(container, name, t(messages.title), t(messages.intro));
  const entities = options.rank?.(ctx.view.graph) ?? rankedEntities(ctx.view.graph, options.kind, options.ranking);
  const picker = h('select', { id: options.pickerId, 'aria-label': t(messages.pick) });
  for (const e of entities) picker.append(h('option', { value: e.name }, `${e.name} (${e.count})`));
  if (arg && !entities.some((e) => e.name === arg)) picker.prepend(h('option', { value: arg }, arg));
  const result = h('div', { class: 'view-result' });
  body.append(h('label', { class: 'picker' }, h('span', {}, t(messages.pick)), picker), result);
  let run = 0;
  let disposed = false;

  const show = async (value: string) => {
    const mine = ++run;
    ctx.setArg(value);
    const { key, nodes } = options.focus(ctx.view.graph, value);
    ctx.focus(nodes.length > 0 ? nodes : null);
    if (key) ctx.select(key, false);
    result.replaceChildren(stateBlock('loading'));
    try {
      const params = { ...options.params, [param]: value };
      const [all, answer] = await Promise.all([templates(), api.runTemplate(templateName, params)]);
      if (disposed || mine !== run) return;
      const template = all.find((x) => x.name === templateName);
      result.replaceChildren(
        template ? cypherBlock(ctx, template, params) : '',
        answer.rows.length === 0 ? stateBlock('empty') : options.render(ctx, value, answer),
      );
    } catch (error) {
      if (!disposed && mine === run) result.replaceChildren(errorBlock(error, () => void show(value)));
    }
  };

  picker.addEventListener('change', () => void show(picker.value));
  const first = arg ?? entities[0]?.name ?? null;
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
