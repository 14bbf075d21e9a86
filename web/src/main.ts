// The explorer page: mounts the graph view, legend, tool bar, search, detail panel and use-case
// views on the page's state stores (page-state.ts), loads documents and graphs from the API, and
// keeps the state in the URL. Wiring only: drawing and rules live in the modules it mounts.

// The page's Chinese font, served with the page: labels and text need no system CJK font.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/500.css';
import type { ViewGraph } from '../../graph/types.js';
import { api, type DocumentSummary } from './api.js';
import { createAppContext } from './app-context.js';
import { preloadCypherEditor } from './cypher-editor.js';
import { mountDetailPanel } from './detail-panel.js';
import { mountFilterPanel } from './filter-panel.js';
import { mountGraphView } from './graph-view.js';
import { applyStaticLabels, currentLang, onLangChange, setLang } from './i18n.js';
import { mountLegend } from './legend.js';
import { INITIAL_OVERVIEW, type OverviewGraph, overviewQuery, renderOverviewPanel } from './overview-panel.js';
import { createPageState, pageSearch } from './page-state.js';
import { mountReportManager, refreshReportManager } from './report-manager.js';
import { mountSavedViews } from './saved-views-panel.js';
import { mountScopeBar, type PlaceRow } from './scope-bar.js';
import { mountSearch } from './search-box.js';
import { setFocus, setSizeBy, showDocument } from './state/graph-state.js';
import { isWhole, type Scope, scopeQuery, WHOLE_SCOPE } from './state/scope-state.js';
import { highlightedKeys } from './state/search-state.js';
import { select } from './state/selection-state.js';
import { parseUrlState, type ViewName } from './state/url-state.js';
import { mountStatusLine } from './status-line.js';
import { mountToolbar, queryBanner } from './toolbar.js';
import { loadJurisdictions } from './views/corpus-scope.js';
import { mountViewHost } from './views/view-host.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const initial = parseUrlState(location.search);
setLang(initial.lang);

const page = createPageState(initial);
const { graphState, paths, selection, search, query, route, scope } = page;
const view = mountGraphView($('graph'));
let catalog: ViewGraph | null = null;
let documents: DocumentSummary[] = [];
let places: PlaceRow[] = [];
/** All reports are shown as the corpus overview, with its own controls. */
let overviewSettings = INITIAL_OVERVIEW;
let overview: OverviewGraph | null = null;
/** Counts the graph loads begun, so that only the latest one draws. */
let graphLoads = 0;
const statusLine = mountStatusLine($('status'), view, graphState);
const setStatus = statusLine.set;

const ctx = createAppContext(page, view, {
  catalog: () => catalog,
  documents: () => documents,
  places: () => places,
  setStatus,
});
const host = mountViewHost($('panel'), ctx);

function writeUrl(): void {
  history.replaceState(null, '', `${location.pathname}${pageSearch(page)}`);
}

function showCatalog(): void {
  if (!catalog) return;
  view.load(catalog);
  graphState.update((s) => showDocument(s, s.doc));
  const { nodes, edges } = catalog;
  setStatus(
    nodes.length === 0
      ? { key: 'status.noData' }
      : { key: 'status.counts', vars: { nodes: nodes.length, edges: edges.length } },
  );
  document.body.dataset.nodes = String(nodes.length);
}

/** The overview's controls, shown while all reports are. */
function renderOverview(): void {
  const panel = $('overview');
  panel.hidden = !isWhole(scope.get());
  if (panel.hidden) return;
  const years = [...new Set(documents.map((d) => d.year).filter((y): y is number => typeof y === 'number'))];
  renderOverviewPanel(panel, {
    years: years.sort((a, b) => a - b),
    settings: overviewSettings,
    graph: overview,
    onChange(settings) {
      overviewSettings = settings;
      void loadGraph(scope.get());
    },
    select: (key) => ctx.select(key),
  });
  panel.dataset.state = overview ? 'ready' : 'loading';
}

/** The graph of a scope: the corpus overview for all reports, else the scope's graph. */
const fetchGraph = (wanted: Scope): Promise<ViewGraph> =>
  isWhole(wanted) ? api.overview<OverviewGraph>(overviewQuery(overviewSettings)) : api.graph(wanted);

/**
 * Loads the scope's graph, or for all reports the corpus overview (sized by reports); the old
 * contents go first, so a failure never leaves a stale graph. `pending` is the answer already
 * asked for.
 */
async function loadGraph(wanted: Scope, pending?: Promise<ViewGraph>): Promise<void> {
  // Only the latest load draws: an earlier answer that arrives late is dropped.
  const ticket = ++graphLoads;
  const current = () => ticket === graphLoads && scope.get() === wanted;
  const doc = wanted.doc || null;
  const whole = isWhole(wanted);
  setStatus({ key: 'status.loading' });
  document.body.dataset.loading = 'true';
  catalog = null;
  overview = null;
  view.load({ nodes: [], edges: [] });
  graphState.update((s) =>
    setSizeBy(
      showDocument(s, doc),
      !whole ? (s.sizeBy === 'reports' ? 'degree' : s.sizeBy) : s.sizeBy === 'degree' ? 'reports' : s.sizeBy,
    ),
  );
  renderOverview();
  try {
    const graph = await (pending ?? fetchGraph(wanted));
    if (!current()) return;
    catalog = graph;
    overview = whole ? (graph as OverviewGraph) : null;
    renderOverview();
    showCatalog();
  } catch (error) {
    if (!current()) return;
    setStatus({ key: 'common.error', error, retry: () => void loadGraph(wanted) });
    if (whole) $('overview').dataset.state = 'error';
  } finally {
    if (current()) delete document.body.dataset.loading;
  }
}

function renderScope(): void {
  mountScopeBar($('scope'), documents, places, scope.get(), (next) => scope.update(() => next));
  refreshReportManager();
}

/** After a report was added or removed: the lists, then the graph (all reports when the shown one went). */
async function reloadDocuments(change: { removed?: string }): Promise<void> {
  [documents, places] = await Promise.all([
    api.documents().then((r) => r.documents),
    loadJurisdictions().catch(() => places),
  ]);
  const current = scope.get();
  if (change.removed && current.doc === change.removed) {
    scope.update(() => WHOLE_SCOPE);
    return;
  }
  renderScope();
  await loadGraph(current);
  if (route.get().view !== 'graph') host.show(route.get().view, route.get().arg);
}

/** The legend folds away while a side panel narrows the graph; it can be unfolded. */
function foldLegend(name: ViewName): void {
  const legend = document.querySelector<HTMLDetailsElement>('#legend details');
  if (legend) legend.open = name === 'graph';
}

function renderNav(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
    button.setAttribute('aria-current', String(button.dataset.view === route.get().view));
  }
}

/** Mounts everything that draws labels; a language change disposes and mounts them again. */
function mountLabelled(): () => void {
  applyStaticLabels(document);
  renderScope();
  renderOverview();
  statusLine.refresh();
  const disposers = [
    mountLegend($('legend'), ctx),
    mountFilterPanel($('filters'), ctx),
    mountSavedViews($('saved-views')),
    mountReportManager($('reports'), { documents: () => documents, onChanged: reloadDocuments }),
    mountDetailPanel($('detail'), ctx),
    mountToolbar($('graph-tools'), {
      view,
      fileName: () => `govkg-${graphState.get().doc ?? 'all'}`,
      onError: (error) => setStatus({ key: 'common.error', error }),
    }),
  ];
  queryBanner($('query-banner'), graphState.get().source !== 'document', showCatalog);
  return () => {
    for (const dispose of disposers) dispose();
  };
}

let unmountLabelled = mountLabelled();
onLangChange(() => {
  unmountLabelled();
  unmountLabelled = mountLabelled();
  host.show(route.get().view, route.get().arg);
  writeUrl();
});
$('lang').addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));

graphState.subscribe((g, previous) => {
  view.setDisplay({
    hiddenKinds: new Set(g.hiddenKinds),
    colorBy: g.colorBy,
    sizeBy: g.sizeBy,
    focus: g.focus ? new Set(g.focus) : null,
    filter: g.filter,
  });
  if (g.labelDensity !== previous.labelDensity) view.setLabelDensity(g.labelDensity);
  if (g.filter !== previous.filter) statusLine.refresh();
  if (g.source !== previous.source) queryBanner($('query-banner'), g.source !== 'document', showCatalog);
  document.body.dataset.focus = String(g.focus?.length ?? 0);
  writeUrl();
});
search.subscribe((s, previous) => {
  if (s.hits !== previous.hits || s.query !== previous.query) view.setDisplay({ hits: highlightedKeys(s) });
});
selection.subscribe(writeUrl);
paths.subscribe(writeUrl);
query.subscribe((q, previous) => (q.text !== previous.text || q.params !== previous.params ? writeUrl() : undefined));
route.subscribe((r, previous) => {
  if (r.view !== previous.view) {
    graphState.update((s) => setFocus(s, null));
    if (graphState.get().source !== 'document' && r.view !== 'console' && r.view !== 'paths') showCatalog();
    host.show(r.view, r.arg);
    renderNav();
    foldLegend(r.view);
  }
  writeUrl();
});
view.onSelect((key) => selection.update((s) => select(s, key)));
view.onContents(() => {
  const selected = selection.get().selected;
  if (selected && view.graph.hasNode(selected) && view.state.selected !== selected) view.setDisplay({ selected });
});
mountSearch($<HTMLInputElement>('search'), $('search-hits'), search, (hit) => ctx.select(hit.key), scope.get);
for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
  button.addEventListener('click', () => ctx.openView(button.dataset.view as ViewName));
}
scope.subscribe(async (next) => {
  ctx.select(null);
  renderScope();
  writeUrl();
  await loadGraph(next);
  // The views read the graph and the scope: show the open one again in the new scope.
  if (scope.get() !== next) return;
  if (route.get().view !== 'graph') host.show(route.get().view, route.get().arg);
  document.body.dataset.scope = scopeQuery(next) || 'all';
});

async function start(): Promise<void> {
  // The graph is asked for at once, beside the lists: the overview does not wait for them.
  const wanted = scope.get();
  const graph = fetchGraph(wanted);
  graph.catch(() => undefined); // reported by loadGraph, or dropped with the failed start
  try {
    [documents, places] = await Promise.all([
      api.documents().then((r) => r.documents),
      loadJurisdictions().catch(() => []),
    ]);
    renderScope();
  } catch (error) {
    setStatus({ key: 'common.error', error, retry: () => void start() });
    return;
  }
  const now = scope.get();
  await loadGraph(now, now === wanted ? graph : undefined);
  view.setDisplay({
    hiddenKinds: new Set(graphState.get().hiddenKinds),
    colorBy: graphState.get().colorBy,
    sizeBy: graphState.get().sizeBy,
    filter: graphState.get().filter,
  });
  view.setLabelDensity(graphState.get().labelDensity);
  if (initial.node) ctx.select(initial.node);
  renderNav();
  host.show(initial.view, initial.arg, true);
  document.body.dataset.scope = scopeQuery(scope.get()) || 'all';
  foldLegend(initial.view);
  document.body.dataset.ready = 'true';
  // The console's editor is a chunk of its own: fetched once the page is idle, it opens at once.
  requestIdleCallback(() => void preloadCypherEditor().catch(() => undefined));
}
void start();
