// The page's state stores, seeded from the state the URL carries, and that state formatted back
// from them. Pure: no DOM, no network; the stores' update rules live in state/.

import { currentLang } from './i18n.js';
import { type GraphState, INITIAL_GRAPH_STATE } from './state/graph-state.js';
import { INITIAL_QUERY, type QueryState } from './state/query-state.js';
import type { Scope } from './state/scope-state.js';
import { INITIAL_SEARCH, type SearchState } from './state/search-state.js';
import { INITIAL_SELECTION, type SelectionState } from './state/selection-state.js';
import { createStore, type Store } from './state/store.js';
import { formatUrlState, type UrlState, type ViewName } from './state/url-state.js';
import type { PathEnds } from './views/context.js';

/** The open view and its argument (agency, regulation, program). */
export interface Route {
  view: ViewName;
  arg: string | null;
}

/** One store per area of the page's state. */
export interface PageState {
  graphState: Store<GraphState>;
  paths: Store<PathEnds>;
  selection: Store<SelectionState>;
  search: Store<SearchState>;
  query: Store<QueryState>;
  route: Store<Route>;
  scope: Store<Scope>;
}

/** The stores of a page opened with the URL state `initial`. */
export function createPageState(initial: UrlState): PageState {
  return {
    graphState: createStore<GraphState>({
      ...INITIAL_GRAPH_STATE,
      doc: initial.scope.doc || null,
      hiddenKinds: initial.hiddenKinds,
      colorBy: initial.colorBy,
      sizeBy: initial.sizeBy,
      filter: initial.filter,
      labelDensity: initial.labelDensity,
    }),
    paths: createStore<PathEnds>({ from: initial.pathFrom, to: initial.pathTo }),
    selection: createStore(INITIAL_SELECTION),
    search: createStore(INITIAL_SEARCH),
    query: createStore(
      initial.cypher ? { ...INITIAL_QUERY, text: initial.cypher, params: initial.params ?? '{}' } : INITIAL_QUERY,
    ),
    route: createStore<Route>({ view: initial.view, arg: initial.arg }),
    scope: createStore<Scope>(initial.scope),
  };
}

/** The URL query string (`?…`) of the page's current state; the console's text only while it is open. */
export function pageSearch(state: PageState): string {
  const g = state.graphState.get();
  const { view, arg } = state.route.get();
  const q = state.query.get();
  return formatUrlState({
    scope: state.scope.get(),
    node: state.selection.get().selected,
    view,
    arg,
    hiddenKinds: [...g.hiddenKinds],
    colorBy: g.colorBy,
    sizeBy: g.sizeBy,
    lang: currentLang(),
    cypher: view === 'console' ? q.text : null,
    params: view === 'console' ? q.params : null,
    filter: g.filter,
    labelDensity: g.labelDensity,
    pathFrom: state.paths.get().from,
    pathTo: state.paths.get().to,
  });
}
