// The explorer page: wires the graph view, legend, search, detail panel and document choice to
// the API, and keeps the view (document, selection) in the URL.

import type { NodeKind } from '../../graph/types.js';
import { ApiError, api, type SearchHit } from './api.js';
import { KIND_COLORS, KIND_NAMES } from './colors.js';
import { renderDetail } from './detail-panel.js';
import { h } from './dom.js';
import { mountGraphView } from './graph-view.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const view = mountGraphView($('graph'));
const detail = $('detail');
const documentSelect = $<HTMLSelectElement>('document');

function setStatus(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? 'error' : '';
}

function describe(error: unknown): string {
  return error instanceof ApiError ? `${error.code}: ${error.message}` : String((error as Error).message ?? error);
}

function writeUrl(): void {
  const params = new URLSearchParams();
  if (documentSelect.value) params.set('doc', documentSelect.value);
  if (view.state.selected) params.set('node', view.state.selected);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

function renderLegend(): void {
  const counts = new Map<NodeKind, number>();
  view.graph.forEachNode((_, a) => counts.set(a.kind as NodeKind, (counts.get(a.kind as NodeKind) ?? 0) + 1));
  const legend = $('legend');
  legend.replaceChildren(
    h('strong', {}, '类别 Kinds'),
    ...(Object.keys(KIND_COLORS) as NodeKind[]).map((kind) => {
      const box = h('input', { type: 'checkbox', 'data-kind': kind });
      box.checked = !view.state.hiddenKinds.has(kind);
      box.addEventListener('change', () => {
        if (box.checked) view.state.hiddenKinds.delete(kind);
        else view.state.hiddenKinds.add(kind);
        view.refresh();
      });
      return h(
        'label',
        {},
        box,
        h('span', { class: 'swatch', style: `background:${KIND_COLORS[kind]}` }),
        `${KIND_NAMES[kind]} (${counts.get(kind) ?? 0})`,
      );
    }),
  );
}

async function showNode(key: string | null): Promise<void> {
  writeUrl();
  if (!key) {
    detail.replaceChildren(
      h('p', { class: 'hint' }, '点击节点查看详情与出处。Click a node to see its details and evidence.'),
    );
    return;
  }
  detail.replaceChildren(h('p', { class: 'hint' }, '加载中… Loading…'));
  try {
    renderDetail(detail, await api.node(key), (next) => view.select(next));
  } catch (error) {
    detail.replaceChildren(h('p', { class: 'error' }, describe(error)));
  }
}
view.onSelect((key) => void showNode(key));

async function loadGraph(doc: string | null, select: string | null = null): Promise<void> {
  setStatus('加载中… Loading…');
  try {
    const data = await api.graph(doc);
    view.load(data);
    renderLegend();
    setStatus(
      data.nodes.length === 0
        ? '没有数据：请先导入报告。No data: ingest a report first.'
        : `${data.nodes.length} 节点 nodes · ${data.edges.length} 关系 edges`,
    );
    document.body.dataset.nodes = String(data.nodes.length);
    if (select) view.select(select);
    else writeUrl();
  } catch (error) {
    setStatus(describe(error), true);
  }
}

async function loadDocuments(): Promise<void> {
  const { documents } = await api.documents();
  for (const d of documents) {
    const id = d.key.replace(/^Document:/, '');
    documentSelect.append(h('option', { value: id }, `${d.region || ''} ${d.year ?? ''} ${d.name}`.trim()));
  }
}

function mountSearch(): void {
  const input = $<HTMLInputElement>('search');
  const list = $<HTMLDivElement>('search-hits');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    list.hidden = hits.length === 0;
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'div',
          { role: 'option', 'aria-selected': String(i === active), onmousedown: () => pick(hit) },
          `${hit.name} · ${KIND_NAMES[hit.kind] ?? hit.kind}`,
        ),
      ),
    );
  };
  const pick = (hit: SearchHit) => {
    hits = [];
    render();
    input.value = hit.name;
    if (view.graph.hasNode(hit.key)) view.select(hit.key);
    else void showNode(hit.key);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      hits = q ? (await api.search(q).catch(() => ({ hits: [] }))).hits : [];
      active = hits.length > 0 ? 0 : -1;
      render();
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') active = Math.min(hits.length - 1, active + 1);
    else if (event.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) pick(hit);
    } else if (event.key === 'Escape') hits = [];
    else return;
    event.preventDefault();
    render();
  });
  input.addEventListener('blur', () =>
    setTimeout(() => {
      hits = [];
      render();
    }, 150),
  );
}

$('layout').addEventListener('click', (event) => {
  const running = view.toggleLayout();
  (event.currentTarget as HTMLButtonElement).textContent = running ? '布局 Layout ■' : '布局 Layout ▶';
});
$('fit').addEventListener('click', () => view.fit());
documentSelect.addEventListener('change', () => void loadGraph(documentSelect.value || null));
mountSearch();

const initial = new URLSearchParams(location.search);
void loadDocuments()
  .then(() => {
    documentSelect.value = initial.get('doc') ?? '';
    return loadGraph(documentSelect.value || null, initial.get('node'));
  })
  .catch((error) => setStatus(describe(error), true));
