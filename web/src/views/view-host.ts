// Mounts the use-case view the route names into the side panel, disposing the one before;
// the graph view needs no panel. Knows the views by name only.

import type { ViewName } from '../state/url-state.js';
import { mountAgenciesView } from './agencies-view.js';
import { mountConsoleView } from './console-view.js';
import type { AppContext, MountedView } from './context.js';
import { mountCorpusView } from './corpus-view.js';
import { mountPathsView } from './paths-view.js';
import { mountProgramView } from './program-view.js';
import { mountReaderView } from './reader-view.js';
import { mountRegulationsView } from './regulations-view.js';
import { mountTableView } from './table-view.js';

export interface ViewHost {
  /** Shows `view` with `arg`; `initial` is true for the view a link opened. */
  show(view: ViewName, arg: string | null, initial?: boolean): void;
  current(): ViewName;
  dispose(): void;
}

export function mountViewHost(panel: HTMLElement, ctx: AppContext): ViewHost {
  let mounted: MountedView | null = null;
  let name: ViewName = 'graph';
  return {
    show(view, arg, initial = false) {
      mounted?.dispose();
      mounted = null;
      name = view;
      panel.hidden = view === 'graph';
      panel.dataset.view = view;
      document.body.dataset.view = view;
      if (view === 'graph') return void panel.replaceChildren();
      if (view === 'agencies') mounted = mountAgenciesView(panel, ctx, arg);
      else if (view === 'regulations') mounted = mountRegulationsView(panel, ctx, arg);
      else if (view === 'program') mounted = mountProgramView(panel, ctx, arg);
      else if (view === 'paths') mounted = mountPathsView(panel, ctx);
      else if (view === 'table') mounted = mountTableView(panel, ctx, arg);
      else if (view === 'corpus') mounted = mountCorpusView(panel, ctx, arg);
      else if (view === 'console') mounted = mountConsoleView(panel, ctx, initial);
      else mounted = mountReaderView(panel, ctx);
    },
    current: () => name,
    dispose() {
      mounted?.dispose();
      mounted = null;
    },
  };
}
