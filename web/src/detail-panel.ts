// The detail panel: a node's properties, its neighbours grouped by relationship type, the
// sentences it came from with the mention highlighted and the section path, and an "expand"
// that merges more neighbours from Neo4j into the graph. Report text is set as text only.

import { api, type Evidence, type NodeDetail } from './api.js';
import { kindColor } from './colors.js';
import { errorBlock, h, highlighted, stateBlock } from './dom.js';
import { label, t } from './i18n.js';
import { reportId, reportName } from './scope-bar.js';
import { scopeParams } from './state/scope-state.js';
import type { AppContext } from './views/context.js';

const SHOWN = [
  'value',
  'upper',
  'unit',
  'qualifier',
  'subject',
  'rank',
  'docType',
  'issuer',
  'status',
  'text',
  'region',
  'year',
  'published',
  'path',
  'section',
  'role',
  'jurisdiction',
  'aliases',
  'doc',
];
const MAX_EVIDENCE = 20;
/** At most this many nodes of a neighbourhood are drawn; the rest are counted. */
export const NEIGHBOURHOOD_CAP = 150;

interface Neighbourhood {
  key: string;
  hops: number;
  total: number;
  omitted: number;
}
/** The last neighbourhood drawn, so its counts stay shown when the panel draws its node again. */
let lastNeighbourhood: Neighbourhood | null = null;

function neighbourhoodNote(n: Neighbourhood): HTMLElement {
  const shown = n.total - n.omitted;
  return h(
    'p',
    {
      class: 'note neighbourhood-note',
      'data-hops': String(n.hops),
      'data-total': String(n.total),
      'data-shown': String(shown),
      'data-omitted': String(n.omitted),
    },
    t('detail.neighbourhood', { hops: n.hops, total: n.total, shown }),
    n.omitted > 0 ? t('detail.omitted', { omitted: n.omitted, cap: NEIGHBOURHOOD_CAP }) : '',
  );
}

/** Depth buttons (1–3 hops): the node's neighbourhood replaces the main view, the left-out counted. */
function neighbourhoodControl(ctx: AppContext, key: string): HTMLElement {
  const box = h('div', { class: 'neighbourhood' });
  const status = h('div', { role: 'status' });
  const current = lastNeighbourhood?.key === key ? lastNeighbourhood : null;
  const show = async (hops: number) => {
    status.replaceChildren(stateBlock('loading'));
    try {
      const params = { ...scopeParams(ctx.scope.get()), key, hops, cap: NEIGHBOURHOOD_CAP };
      const result = await api.runTemplate('neighbourhood', params);
      const first = result.rows[0] ?? {};
      lastNeighbourhood = { key, hops, total: Number(first.total ?? 0), omitted: Number(first.omitted ?? 0) };
      ctx.showQueryGraph(result.graph, 'neighbourhood');
      ctx.select(key, false);
    } catch (error) {
      status.replaceChildren(errorBlock(error, () => void show(hops)));
    }
  };
  box.append(
    h(
      'div',
      { class: 'depth-control', role: 'group', 'aria-label': t('detail.depth') },
      h('span', {}, t('detail.depth')),
      ...[1, 2, 3].map((hops) =>
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-hops': String(hops),
            'aria-pressed': String(current?.hops === hops),
            onclick: () => void show(hops),
          },
          t('detail.hops', { hops }),
        ),
      ),
    ),
    current ? neighbourhoodNote(current) : '',
    status,
  );
  return box;
}

function evidenceBlock(evidence: Evidence, report: string): HTMLElement {
  const from = evidence.start - evidence.sentenceStart;
  const to = evidence.end - evidence.sentenceStart;
  return h(
    'div',
    { class: 'evidence', 'data-doc': evidence.doc },
    h(
      'div',
      { class: 'path' },
      h('span', { class: 'report', title: evidence.doc }, report),
      ` · ${evidence.section || '—'}`,
    ),
    highlighted(evidence.sentence, from, to),
  );
}

function ownEvidence(props: Record<string, unknown>): Evidence | null {
  if (typeof props.sentence !== 'string') return null;
  return {
    doc: String(props.doc ?? ''),
    section: String(props.section ?? ''),
    start: Number(props.start),
    end: Number(props.end),
    sentence: props.sentence,
    sentenceStart: Number(props.sentenceStart),
  };
}

function properties(props: Record<string, unknown>): HTMLElement {
  const list = h('dl', { class: 'props' });
  for (const key of SHOWN) {
    const value = props[key];
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const text = Array.isArray(value) ? value.join('、') : String(value);
    list.append(
      h('dt', {}, label('prop', key)),
      h('dd', { 'data-prop': key }, key === 'status' ? label('status', text) : text),
    );
  }
  return list;
}

function neighbourGroups(detail: NodeDetail, onPick: (key: string) => void): HTMLElement[] {
  return Object.entries(detail.neighbours).flatMap(([type, items]) => [
    h('h3', { 'data-rel': type }, `${label('rel', type)} · ${type} (${items.length})`),
    h(
      'ul',
      { class: 'neighbours' },
      ...items.slice(0, 50).map((item) =>
        h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${kindColor(item.kind)}` }),
          h(
            'button',
            {
              class: 'link',
              type: 'button',
              'data-key': item.key,
              title: item.evidence?.sentence ?? item.key,
              onclick: () => onPick(item.key),
            },
            `${item.direction === 'out' ? '→' : '←'} ${item.name ?? item.key}`,
          ),
        ),
      ),
    ),
  ]);
}

function render(container: HTMLElement, ctx: AppContext, detail: NodeDetail): void {
  const props = detail.properties;
  const evidence: Evidence[] = [];
  const own = ownEvidence(props);
  if (own) evidence.push(own);
  for (const item of detail.neighbours.MENTIONED_IN ?? []) if (item.evidence) evidence.push(item.evidence);
  // Of the reports in the scope, in reading order: by document, then by place in it.
  const inScope = ctx.scopeDocuments();
  const reports = new Map(ctx.documents().map((d) => [reportId(d), reportName(d)]));
  const shownEvidence = evidence
    .filter((e) => inScope === null || inScope.has(e.doc))
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
  const note = h('p', { class: 'note', role: 'status' });
  const expand = h('button', { type: 'button', id: 'expand', class: 'secondary' }, t('detail.expand'));
  expand.addEventListener('click', async () => {
    expand.disabled = true;
    note.replaceChildren(stateBlock('loading'));
    try {
      const added = ctx.view.merge(await api.neighbours(detail.key, 50), detail.key);
      note.textContent = added.length > 0 ? t('detail.expanded', { count: added.length }) : t('detail.noNeighbours');
      if (ctx.view.graph.hasNode(detail.key)) ctx.view.select(detail.key);
    } catch (error) {
      note.replaceChildren(errorBlock(error));
    } finally {
      expand.disabled = false;
    }
  });
  const inGraph = ctx.view.graph.hasNode(detail.key);
  container.replaceChildren(
    h('div', { class: 'kind', style: `--kind:${kindColor(detail.kind)}` }, label('kind', detail.kind)),
    h('h2', {}, String(props.name ?? detail.key)),
    h(
      'div',
      { class: 'actions' },
      expand,
      h('button', { type: 'button', class: 'secondary', onclick: () => ctx.openView('reader') }, t('detail.inReader')),
      h(
        'button',
        { type: 'button', class: 'secondary', id: 'path-from', onclick: () => ctx.setPathEnd('from', detail.key) },
        t('detail.pathFrom'),
      ),
      h(
        'button',
        { type: 'button', class: 'secondary', id: 'path-to', onclick: () => ctx.setPathEnd('to', detail.key) },
        t('detail.pathTo'),
      ),
    ),
    neighbourhoodControl(ctx, detail.key),
    note,
    inGraph ? '' : h('p', { class: 'hint' }, t('detail.notInGraph')),
    properties(props),
    shownEvidence.length > 0 ? h('h3', {}, t('detail.evidence', { count: shownEvidence.length })) : '',
    ...shownEvidence.slice(0, MAX_EVIDENCE).map((e) => evidenceBlock(e, reports.get(e.doc) ?? e.doc)),
    shownEvidence.length > MAX_EVIDENCE
      ? h('p', { class: 'count cut' }, t('common.showing', { shown: MAX_EVIDENCE, total: shownEvidence.length }))
      : '',
    ...neighbourGroups(detail, (key) => ctx.select(key)),
  );
}

/** Shows the selected node's details whenever the selection changes; returns the dispose. */
export function mountDetailPanel(container: HTMLElement, ctx: AppContext): () => void {
  let run = 0;
  const show = async (key: string | null) => {
    const mine = ++run;
    if (!key) return void container.replaceChildren(h('p', { class: 'hint' }, t('detail.hint')));
    container.replaceChildren(stateBlock('loading'));
    try {
      const detail = await api.node(key);
      if (mine === run) render(container, ctx, detail);
    } catch (error) {
      if (mine === run) container.replaceChildren(errorBlock(error, () => void show(key)));
    }
  };
  const unsubscribe = ctx.selection.subscribe((s, previous) => {
    if (s.selected !== previous.selected) void show(s.selected);
  });
  void show(ctx.selection.get().selected);
  return () => {
    run++;
    unsubscribe();
  };
}
