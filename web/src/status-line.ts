// The status line under the tool bar: what the graph shows (counts, or what the filter leaves of
// them), a message while loading, or an error with its code and a retry button. Draws only.

import { h } from './dom.js';
import { errorMessage } from './error-message.js';
import type { GraphView } from './graph-view.js';
import { type MessageKey, t } from './i18n.js';
import { isActive } from './state/filter-state.js';
import type { GraphState } from './state/graph-state.js';
import type { Store } from './state/store.js';

export interface Status {
  key: MessageKey;
  vars?: Record<string, number>;
  error?: unknown;
  retry?: () => void;
}

export interface StatusLine {
  set(next: Status): void;
  /** Draws the current status again: after a change of language or of the filter. */
  refresh(): void;
}

export function mountStatusLine(element: HTMLElement, view: GraphView, graphState: Store<GraphState>): StatusLine {
  let status: Status = { key: 'status.loading' };
  const draw = () => {
    element.className = status.error !== undefined ? 'error' : '';
    if (status.error !== undefined) {
      const message = errorMessage(status.error);
      element.dataset.code = message.code;
      element.replaceChildren(message.text);
      if (status.retry)
        element.append(' ', h('button', { type: 'button', class: 'retry', onclick: status.retry }, t('common.retry')));
      return;
    }
    delete element.dataset.code;
    const filter = graphState.get().filter;
    if (status.key === 'status.counts' && isActive(filter)) {
      const shown = view.graph.filterNodes((node) => !view.sigma.getNodeDisplayData(node)?.hidden).length;
      element.textContent = t('status.filtered', { ...status.vars, shown });
    } else element.textContent = t(status.key, status.vars);
  };
  return {
    set(next) {
      status = next;
      draw();
    },
    refresh: draw,
  };
}
