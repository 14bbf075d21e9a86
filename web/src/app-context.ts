// The AppContext the use-case views are handed: the graph view, the page's stores and the actions
// that change what the page shows. Keeps no state of its own; the lists come from the page.

import type { ViewGraph } from '../../graph/types.js';
import type { DocumentSummary } from './api.js';
import type { GraphView } from './graph-view.js';
import type { MessageKey } from './i18n.js';
import type { PageState } from './page-state.js';
import { type PlaceRow, reportId, reportsInScope } from './scope-bar.js';
import { type ResultSource, setFocus, showQueryResult } from './state/graph-state.js';
import { isWhole } from './state/scope-state.js';
import { select } from './state/selection-state.js';
import type { Status } from './status-line.js';
import type { AppContext } from './views/context.js';

const RESULT_STATUS: Record<ResultSource, MessageKey> = {
  query: 'status.query',
  neighbourhood: 'status.neighbourhood',
  path: 'status.path',
};

/** What the page holds outside the stores: the graph and lists it loaded, and its status line. */
export interface PageSources {
  catalog(): ViewGraph | null;
  documents(): readonly DocumentSummary[];
  places(): readonly PlaceRow[];
  setStatus(status: Status): void;
}

export function createAppContext(page: PageState, view: GraphView, sources: PageSources): AppContext {
  const { graphState, selection, query, scope, route, paths } = page;
  const ctx: AppContext = {
    view,
    graphState,
    selection,
    query,
    catalog: sources.catalog,
    documents: sources.documents,
    scope,
    scopeDocuments: () =>
      isWhole(scope.get())
        ? null
        : new Set(reportsInScope(sources.documents(), sources.places(), scope.get()).map(reportId)),
    select(key, center = true) {
      if (key && view.graph.hasNode(key)) return view.select(key, center);
      if (view.state.selected) view.setDisplay({ selected: null });
      selection.update((s) => select(s, key));
    },
    focus(keys) {
      graphState.update((s) => setFocus(s, keys));
      if (keys) view.fit(keys);
    },
    setArg: (arg) => route.update((r) => (r.arg === arg ? r : { ...r, arg })),
    openView: (name, arg = null) => route.update(() => ({ view: name, arg })),
    showQueryGraph(graph, source = 'query') {
      ctx.select(null);
      view.load(graph);
      graphState.update((s) => showQueryResult(s, source));
      sources.setStatus({ key: RESULT_STATUS[source], vars: { nodes: graph.nodes.length, edges: graph.edges.length } });
    },
    paths,
    setPathEnd(end, key) {
      paths.update((p) => (p[end] === key ? p : { ...p, [end]: key }));
      if (route.get().view !== 'paths') ctx.openView('paths');
    },
  };
  return ctx;
}
