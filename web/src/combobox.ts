// A searchable picker (ARIA combobox with a listbox): type to filter, arrows to move, Enter to
// pick, Escape to close. Each option shows its name, where it belongs and its count. At most
// MAX_SHOWN options are drawn; the list says so when it holds more.

import { h } from './dom.js';
import { t } from './i18n.js';
import { CLOSED, type ComboOption, type ComboState, matching, moveActive, typedText } from './state/combobox-state.js';

export type { ComboOption };

export const MAX_SHOWN = 200;

export interface ComboboxOptions {
  id: string;
  label: string;
  options: readonly ComboOption[];
  value: string;
  placeholder?: string;
  /** Items the server left out of `options` (its row limit): the list says "showing N of M". */
  total?: number;
  onPick(value: string): void;
}

const optionText = (o: ComboOption) => `${o.label}${o.detail ? ` · ${o.detail}` : ''}`;

export function combobox(config: ComboboxOptions): HTMLElement {
  const { id, options } = config;
  const listId = `${id}-list`;
  const input = h('input', {
    id,
    type: 'text',
    class: 'combo-input',
    role: 'combobox',
    autocomplete: 'off',
    'aria-label': config.label,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    placeholder: config.placeholder ?? config.label,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'combo-list', 'aria-label': config.label });
  list.hidden = true;
  const note = h('li', { class: 'combo-note', role: 'presentation' });
  const root = h('div', { class: 'combobox', 'data-value': config.value }, input, list);
  let value = config.value;
  let state: ComboState = CLOSED;
  let shown: ComboOption[] = [];
  const current = () => options.find((o) => o.value === value);
  const showValue = () => {
    const o = current();
    input.value = o ? optionText(o) : '';
    input.title = o ? `${optionText(o)}${o.count !== undefined ? ` (${o.count})` : ''}` : '';
  };

  const render = () => {
    input.setAttribute('aria-expanded', String(state.open));
    list.hidden = !state.open;
    if (!state.open) return void input.removeAttribute('aria-activedescendant');
    const all = matching(options, state.text);
    shown = all.slice(0, MAX_SHOWN);
    const items = shown.map((o, i) =>
      h(
        'li',
        {
          id: `${id}-opt-${i}`,
          role: 'option',
          class: i === state.active ? 'combo-option active' : 'combo-option',
          'data-value': o.value,
          'aria-selected': String(o.value === value),
          onmousedown: (event) => event.preventDefault(),
          onclick: () => pick(o.value),
        },
        h('span', { class: 'combo-name' }, o.label),
        o.detail ? h('span', { class: 'combo-detail' }, o.detail) : '',
        o.count !== undefined ? h('span', { class: 'combo-count' }, String(o.count)) : '',
      ),
    );
    const total = Math.max(all.length, state.text.trim() === '' ? (config.total ?? 0) : 0);
    note.textContent = total > shown.length ? t('combo.showing', { shown: shown.length, total }) : '';
    list.replaceChildren(...items, ...(note.textContent ? [note] : []));
    if (state.active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${state.active}`);
      items[state.active]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    state = CLOSED;
    input.placeholder = config.placeholder ?? config.label;
    showValue();
    render();
  };
  const pick = (next: string) => {
    value = next;
    root.dataset.value = next;
    close();
    config.onPick(next);
  };

  // Opening empties the box (the current option stays as its placeholder): what is typed is a filter.
  const open = () => {
    input.placeholder = input.value || config.placeholder || config.label;
    input.value = '';
    state = { text: '', open: true, active: Math.max(0, options.indexOf(current() as ComboOption)) };
    render();
  };
  input.addEventListener('focus', open);
  // A click on the box while it has the focus (after Escape, or a pick) opens it again.
  input.addEventListener('click', () => {
    if (!state.open) open();
  });
  input.addEventListener('input', () => {
    state = typedText(state, input.value, matching(options, input.value).length);
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      state = moveActive(
        state,
        event.key === 'ArrowDown' ? 1 : -1,
        Math.min(MAX_SHOWN, matching(options, state.text).length),
      );
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = shown[state.active];
      if (state.open && chosen) pick(chosen.value);
    } else if (event.key === 'Escape') {
      if (state.open) event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', close);
  showValue();
  return root;
}
