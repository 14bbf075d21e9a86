// Paths between two nodes: the two ends (picked from the graph or search through the detail
// panel, or the node selected now), every shortest path between them drawn in the main view
// and listed step by step, with the Cypher that found them.

import { api, templates } from '../api.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { label, t } from '../i18n.js';
import { cypherBlock, viewFrame } from './common.js';
import type { AppContext, MountedView, PathEnds } from './context.js';

interface PlainPath {
  nodes: { elementId: string; labels: string[]; properties: Record<string, unknown> }[];
  relationships: { type: string; start: string; end: string }[];
}

/** The name to show for a node key: its label in the graph, else the key without its kind. */
function nameOf(ctx: AppContext, key: string | null): string {
  if (!key) return t('paths.none');
  if (ctx.view.graph.hasNode(key)) return String(ctx.view.graph.getNodeAttribute(key, 'label') ?? key);
  return key.replace(/^[A-Za-z]+:/, '');
}

/** One path as a line: node, relationship with its direction, node, … */
function pathLine(ctx: AppContext, path: PlainPath): HTMLElement {
  const item = h('li', { class: 'path' });
  path.nodes.forEach((node, i) => {
    const key = String(node.properties.key ?? node.elementId);
    const name = String(node.properties.name ?? key);
    if (i > 0) {
      const rel = path.relationships[i - 1];
      const forward = rel?.start === path.nodes[i - 1]?.elementId;
      item.append(` ${forward ? '—' : '←'}${label('rel', rel?.type ?? '')}${forward ? '→' : '—'} `);
    }
    item.append(
      h(
        'button',
        { type: 'button', class: 'link', 'data-key': key, title: key, onclick: () => ctx.select(key) },
        `${name}（${label('kind', node.labels[0] ?? '')}）`,
      ),
    );
  });
  return item;
}

function endsBlock(ctx: AppContext, ends: PathEnds): HTMLElement {
  const row = (end: 'from' | 'to') => [
    h('span', {}, t(end === 'from' ? 'paths.from' : 'paths.to')),
    h('strong', { 'data-end': end, title: ends[end] ?? '' }, nameOf(ctx, ends[end])),
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => {
          const selected = ctx.selection.get().selected;
          if (selected) ctx.setPathEnd(end, selected);
        },
      },
      t('paths.useSelected'),
    ),
  ];
  const swap = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      id: 'path-swap',
      onclick: () => ctx.paths.update((p) => ({ from: p.to, to: p.from })),
    },
    `⇅ ${t('paths.swap')}`,
  );
  return h(
    'div',
    {},
    h('div', { class: 'path-ends' }, ...row('from'), ...row('to')),
    h('div', { class: 'actions' }, swap),
  );
}

export function mountPathsView(container: HTMLElement, ctx: AppContext): MountedView {
  const body = viewFrame(container, 'paths', t('paths.title'), t('paths.intro'));
  const endsBox = h('div', {});
  const result = h('div', { class: 'view-result' });
  body.append(endsBox, result);
  let run = 0;
  let disposed = false;

  const find = async (ends: PathEnds) => {
    const mine = ++run;
    endsBox.replaceChildren(endsBlock(ctx, ends));
    if (!ends.from || !ends.to) return void result.replaceChildren();
    const params = { from: ends.from, to: ends.to };
    result.replaceChildren(stateBlock('loading'));
    try {
      const [all, answer] = await Promise.all([templates(), api.runTemplate('shortest-path', params)]);
      if (disposed || mine !== run) return;
      const template = all.find((x) => x.name === 'shortest-path');
      const block = template ? cypherBlock(ctx, template, params) : '';
      if (answer.rows.length === 0) return void result.replaceChildren(stateBlock('empty', t('paths.noPath')), block);
      ctx.showQueryGraph(answer.graph, 'path');
      result.replaceChildren(
        h(
          'p',
          { class: 'paths-found' },
          t('paths.found', { count: answer.rows.length, hops: Number(answer.rows[0]?.hops) }),
        ),
        h('ol', { class: 'path-list' }, ...answer.rows.map((row) => pathLine(ctx, row.p as PlainPath))),
        block,
      );
    } catch (error) {
      if (!disposed && mine === run) result.replaceChildren(errorBlock(error, () => void find(ends)));
    }
  };
  const unsubscribe = ctx.paths.subscribe((ends) => void find(ends));
  void find(ctx.paths.get());
  return {
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
