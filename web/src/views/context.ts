// What a use-case view may use of the page: the graph view, the state stores and a few
// actions. Views reach the server through api.ts only and the graph only through this.

import type { ViewGraph } from '../../../graph/types.js';
import type { DocumentSummary } from '../api.js';
import type { GraphView } from '../graph-view.js';
import type { GraphState, ResultSource } from '../state/graph-state.js';
import type { QueryState } from '../state/query-state.js';
import type { Scope } from '../state/scope-state.js';
import type { SelectionState } from '../state/selection-state.js';
import type { Store } from '../state/store.js';
import type { ViewName } from '../state/url-state.js';

export interface AppContext {
  view: GraphView;
  graphState: Store<GraphState>;
  selection: Store<SelectionState>;
  query: Store<QueryState>;
  /** The graph of the current document(s) as the API sent it, also while a query result is shown. */
  catalog(): ViewGraph | null;
  documents(): readonly DocumentSummary[];
  /** The scope every view, search and picker follows; changing it reloads the graph and the view. */
  scope: Store<Scope>;
  /** The ids of the reports in the scope; null when it is whole. */
  scopeDocuments(): ReadonlySet<string> | null;
  /** Selects a node: in the graph when it is there (centred unless `center` is false), and in the detail panel. */
  select(key: string | null, center?: boolean): void;
  /** Stresses `keys` in the graph and zooms to them; null lifts the focus. */
  focus(keys: readonly string[] | null): void;
  /** Records the view's argument (agency, regulation, program) in the URL. */
  setArg(arg: string | null): void;
  openView(view: ViewName, arg?: string | null): void;
  /** Shows a query result's nodes and relationships in the main view, fitted to the window. */
  showQueryGraph(graph: ViewGraph, source?: ResultSource): void;
  /** The two ends of the paths view; setting one opens that view. */
  paths: Store<PathEnds>;
  setPathEnd(end: 'from' | 'to', key: string): void;
}

export interface PathEnds {
  from: string | null;
  to: string | null;
}

/** A mounted view: `dispose` removes its listeners and pending work. */
export interface MountedView {
  dispose(): void;
}
