// The graph's tool bar: layout start/stop, zoom to fit, exports (PNG, GEXF, JSON), and the
// banner offering the way back when the main view holds a query result. Buttons only: the
// actions are the graph view's and export.ts's.

import { h } from './dom.js';
import { exportGexf, exportJson, exportPng } from './export.js';
import type { GraphView } from './graph-view.js';
import { t } from './i18n.js';

export interface ToolbarOptions {
  view: GraphView;
  /** Base of exported file names, e.g. the document id. */
  fileName(): string;
  onError(error: unknown): void;
}

export function mountToolbar(container: HTMLElement, options: ToolbarOptions): () => void {
  const { view } = options;
  const layout = h('button', { type: 'button', id: 'layout' });
  const setLayoutText = () => {
    layout.textContent = view.isLayoutRunning() ? t('graph.layoutStop') : t('graph.layoutStart');
    layout.setAttribute('aria-pressed', String(view.isLayoutRunning()));
  };
  layout.addEventListener('click', () => {
    view.toggleLayout();
    setLayoutText();
  });
  setLayoutText();
  const offContents = view.onContents(setLayoutText);
  const item = (id: string, text: string, run: () => void | Promise<void>) =>
    h(
      'button',
      {
        type: 'button',
        id,
        role: 'menuitem',
        onclick: async () => {
          try {
            await run();
          } catch (error) {
            options.onError(error);
          }
          menu.open = false;
        },
      },
      text,
    );
  const menu = h(
    'details',
    { class: 'menu', id: 'export' },
    h('summary', {}, t('export.label')),
    h(
      'div',
      { role: 'menu' },
      item('export-png', t('export.png'), () => exportPng(view, options.fileName())),
      item('export-gexf', t('export.gexf'), () => exportGexf(view, options.fileName())),
      item('export-json', t('export.json'), () => exportJson(view, options.fileName())),
    ),
  );
  container.replaceChildren(
    layout,
    h('button', { type: 'button', id: 'fit', onclick: () => view.fit() }, t('graph.fit')),
    menu,
  );
  return offContents;
}

/** The banner shown while the main view holds a query result. */
export function queryBanner(container: HTMLElement, shown: boolean, onBack: () => void): void {
  container.hidden = !shown;
  container.replaceChildren(
    shown
      ? h(
          'p',
          {},
          t('graph.queryBanner'),
          ' ',
          h(
            'button',
            { type: 'button', id: 'back-to-report', class: 'secondary', onclick: onBack },
            t('graph.backToReport'),
          ),
        )
      : '',
  );
}
