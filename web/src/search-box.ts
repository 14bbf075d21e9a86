// The search box: server-side full-text search as you type, keyboard navigation of the hits,
// and picking one (centre and select). Every hit of the query is also highlighted in the graph
// through the search state, not by writing to the graph.

import { api } from './api.js';
import { kindColor } from './colors.js';
import { errorBlock, h } from './dom.js';
import { label, t } from './i18n.js';
import type { Scope } from './state/scope-state.js';
import {
  activeHit,
  clear,
  close,
  failedSearch,
  type Hit,
  move,
  received,
  type SearchState,
  typed,
} from './state/search-state.js';
import type { Store } from './state/store.js';

const DEBOUNCE_MS = 150;

/** The list of hits, the active one marked for the keyboard and for screen readers. */
function renderHits(
  input: HTMLInputElement,
  list: HTMLElement,
  state: SearchState,
  pick: (hit: Hit) => void,
  retry: () => void,
): void {
  list.hidden = !state.open || state.query.trim() === '';
  input.setAttribute('aria-expanded', String(!list.hidden));
  if (state.error) {
    const block = errorBlock(state.error, retry);
    // Keep the focus in the box, so the list stays open while Retry is clicked.
    block.addEventListener('mousedown', (event) => event.preventDefault());
    list.replaceChildren(block);
    return;
  }
  if (state.hits.length === 0) {
    list.replaceChildren(h('div', { class: 'none' }, t('search.none')));
    return;
  }
  list.replaceChildren(
    ...state.hits.map((hit, i) =>
      h(
        'div',
        {
          role: 'option',
          id: `hit-${i}`,
          'aria-selected': String(i === state.active),
          'data-key': hit.key,
          onmousedown: (event) => {
            event.preventDefault();
            pick(hit);
          },
        },
        h('span', { class: 'swatch', style: `background:${kindColor(hit.kind)}` }),
        h('span', { class: 'hit-name' }, hit.name),
        h('span', { class: 'hit-kind' }, label('kind', hit.kind)),
      ),
    ),
  );
  if (state.active >= 0) input.setAttribute('aria-activedescendant', `hit-${state.active}`);
}

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLElement,
  store: Store<SearchState>,
  onPick: (hit: Hit) => void,
  scope?: () => Scope,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const render = (state: SearchState) => renderHits(input, list, state, pick, () => void ask(input.value));
  const pick = (hit: Hit) => {
    input.value = hit.name;
    store.update(close);
    onPick(hit);
  };
  const onInput = () => {
    clearTimeout(timer);
    const query = input.value;
    store.update((s) => typed(s, query));
    if (query.trim() === '') return;
    timer = setTimeout(() => void ask(query), DEBOUNCE_MS);
  };
  const ask = async (query: string) => {
    if (query.trim() === '') return;
    try {
      const { hits } = await api.search(query.trim(), scope?.());
      store.update((s) => received(s, query, hits));
    } catch (error) {
      store.update((s) => failedSearch(s, query, error));
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') store.update((s) => move(s, 1));
    else if (event.key === 'ArrowUp') store.update((s) => move(s, -1));
    else if (event.key === 'Enter') {
      const hit = activeHit(store.get());
      if (hit) pick(hit);
    } else if (event.key === 'Escape') {
      if (store.get().open) store.update(close);
      else {
        input.value = '';
        store.update(clear);
      }
    } else return;
    event.preventDefault();
  };
  const onBlur = () => store.update(close);
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  const unsubscribe = store.subscribe(render);
  render(store.get());
  return () => {
    clearTimeout(timer);
    unsubscribe();
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', onBlur);
  };
}
