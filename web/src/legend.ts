// The legend over the graph: node counts by kind with toggles to hide a kind, and the switches
// between colour by kind or by Louvain community and size by degree or PageRank. It changes
// graph state only; the reducers do the drawing.

import { NODE_KINDS, type NodeKind } from '../../graph/types.js';
import { KIND_COLORS } from './colors.js';
import { h } from './dom.js';
import { countKinds } from './graph-model.js';
import { label, type MessageKey, t } from './i18n.js';
import {
  type ColorBy,
  LABEL_DENSITIES,
  type SizeBy,
  setColorBy,
  setLabelDensity,
  setSizeBy,
  toggleKind,
} from './state/graph-state.js';
import { COMMUNITY_COLORS } from './state/reducers.js';
import type { AppContext } from './views/context.js';

function radios<V extends string>(
  name: string,
  legend: MessageKey,
  options: [V, MessageKey][],
  current: V,
  onPick: (value: V) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'switch' },
    h('legend', {}, t(legend)),
    ...options.map(([value, text]) => {
      const input = h('input', { type: 'radio', name, value });
      input.checked = value === current;
      input.addEventListener('change', () => input.checked && onPick(value));
      return h('label', {}, input, t(text));
    }),
  );
}

function kindToggle(ctx: AppContext, kind: NodeKind, count: number): HTMLElement {
  const box = h('input', { type: 'checkbox', 'data-kind': kind });
  box.checked = !ctx.graphState.get().hiddenKinds.includes(kind);
  box.addEventListener('change', () => ctx.graphState.update((s) => toggleKind(s, kind)));
  return h(
    'label',
    { class: count === 0 ? 'empty' : '' },
    box,
    h('span', { class: 'swatch', style: `background:${KIND_COLORS[kind]}` }),
    h('span', { class: 'name' }, label('kind', kind)),
    h('span', { class: 'count' }, String(count)),
  );
}

/** Fewer or more labels: a factor on sigma's label density. */
function labelDensity(ctx: AppContext, current: number): HTMLElement {
  const input = h('input', {
    type: 'range',
    id: 'label-density',
    min: '0',
    max: String(LABEL_DENSITIES.length - 1),
    step: '1',
    'aria-label': t('legend.labels'),
  });
  input.value = String(Math.max(0, LABEL_DENSITIES.indexOf(current as (typeof LABEL_DENSITIES)[number])));
  input.addEventListener('input', () => {
    const value = LABEL_DENSITIES[Number(input.value)] ?? 1;
    ctx.graphState.update((s) => setLabelDensity(s, value));
  });
  return h('fieldset', { class: 'switch' }, h('legend', {}, t('legend.labels')), input);
}

/** Draws the legend into `container` and keeps it current; returns the dispose. */
export function mountLegend(container: HTMLElement, ctx: AppContext): () => void {
  let open = (document.body.dataset.view ?? 'graph') === 'graph';
  const render = () => {
    const counts = countKinds(ctx.view.graph);
    const state = ctx.graphState.get();
    const communities = ctx.view.metrics.communities;
    const details = h('details', {}, h('summary', {}, t('legend.title')));
    details.open = open;
    details.addEventListener('toggle', () => {
      open = details.open;
    });
    container.replaceChildren(details);
    details.append(
      h('div', { class: 'kinds' }, ...NODE_KINDS.map((kind) => kindToggle(ctx, kind, counts.get(kind) ?? 0))),
      radios<ColorBy>(
        'color-by',
        'legend.colour',
        [
          ['kind', 'legend.byKind'],
          ['community', 'legend.byCommunity'],
        ],
        state.colorBy,
        (value) => ctx.graphState.update((s) => setColorBy(s, value)),
      ),
      state.colorBy === 'community'
        ? h(
            'p',
            { class: 'communities' },
            ...COMMUNITY_COLORS.slice(0, Math.min(communities, COMMUNITY_COLORS.length)).map((color) =>
              h('span', { class: 'swatch', style: `background:${color}` }),
            ),
            ` ${t('legend.communities', { count: communities })}`,
          )
        : '',
      radios<SizeBy>(
        'size-by',
        'legend.size',
        [
          ['degree', 'legend.byDegree'],
          ['pagerank', 'legend.byPagerank'],
          ['reports', 'legend.byReports'],
        ],
        state.sizeBy,
        (value) => ctx.graphState.update((s) => setSizeBy(s, value)),
      ),
      labelDensity(ctx, state.labelDensity),
    );
  };
  render();
  const offContents = ctx.view.onContents(render);
  const offState = ctx.graphState.subscribe((s, previous) => {
    if (s.colorBy !== previous.colorBy || s.sizeBy !== previous.sizeBy || s.hiddenKinds !== previous.hiddenKinds)
      render();
    else if (s.labelDensity !== previous.labelDensity && !container.contains(document.activeElement)) render();
  });
  return () => {
    offContents();
    offState();
  };
}
