// Named saved views: the current URL state saved under a name, listed, reopened (as the link
// it is) and deleted. Kept in the browser's localStorage; the list itself is pure state.

import { h } from './dom.js';
import { t } from './i18n.js';
import { parseSavedViews, removeView, type SavedView, saveView } from './state/saved-views.js';

const STORAGE_KEY = 'govkg-saved-views';

function readViews(): SavedView[] {
  try {
    return parseSavedViews(localStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

function writeViews(list: readonly SavedView[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage refused (private mode, quota): the list lives until the page closes.
  }
}

export function mountSavedViews(container: HTMLElement): () => void {
  let views = readViews();
  let open = false;
  const render = () => {
    const name = h('input', { type: 'text', id: 'view-name', maxlength: '60', 'aria-label': t('views.name') });
    name.placeholder = t('views.name');
    const save = h('button', { type: 'button', id: 'save-view', class: 'primary' }, t('views.save'));
    const commit = () => {
      if (name.value.trim() === '') return name.focus();
      views = saveView(views, name.value, location.search);
      writeViews(views);
      render();
    };
    save.addEventListener('click', commit);
    name.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') commit();
    });
    const details = h(
      'details',
      { class: 'menu', id: 'saved-views-menu' },
      h('summary', {}, `${t('views.title')} (${views.length})`),
      h(
        'div',
        { class: 'saved-views' },
        h('div', { class: 'save-row' }, name, save),
        views.length === 0
          ? h('p', { class: 'hint' }, t('views.none'))
          : h(
              'ul',
              {},
              ...views.map((view) =>
                h(
                  'li',
                  { 'data-name': view.name },
                  h('a', { href: `${location.pathname}${view.search}`, class: 'saved-view' }, view.name),
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'link delete',
                      title: t('views.delete'),
                      onclick: () => {
                        views = removeView(views, view.name);
                        writeViews(views);
                        render();
                      },
                    },
                    '✕',
                  ),
                ),
              ),
            ),
      ),
    );
    details.open = open;
    details.addEventListener('toggle', () => {
      open = details.open;
    });
    container.replaceChildren(details);
  };
  render();
  return () => container.replaceChildren();
}
