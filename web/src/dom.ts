// Builds DOM nodes with text content only: report text is never parsed as HTML. Also the
// loading, empty and error blocks every panel uses, and file downloads.

import { errorMessage } from './error-message.js';
import { type MessageKey, t } from './i18n.js';

export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | ((event: Event) => void)> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** The sentence with [start, end) (offsets relative to the sentence) wrapped in <mark>. */
export function highlighted(sentence: string, start: number, end: number): HTMLElement {
  const span = h('span');
  if (start < 0 || end > sentence.length || start >= end) {
    span.append(sentence);
    return span;
  }
  span.append(sentence.slice(0, start), h('mark', {}, sentence.slice(start, end)), sentence.slice(end));
  return span;
}

/** A designed placeholder: a spinner line while loading, a quiet line when empty, an alert on error. */
export function stateBlock(kind: 'loading' | 'empty' | 'error', text?: string, retry?: () => void): HTMLElement {
  const messages: Record<typeof kind, MessageKey> = {
    loading: 'common.loading',
    empty: 'common.empty',
    error: 'common.error',
  };
  const block = h(
    'div',
    { class: `state state-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null,
    kind === 'error' ? h('strong', {}, t('common.error')) : null,
    h('span', { class: 'state-text' }, text ?? t(messages[kind])),
  );
  if (retry) block.append(h('button', { type: 'button', class: 'retry', onclick: retry }, t('common.retry')));
  return block;
}

/**
 * A failed request as the user should read it: "server unreachable" as such, the code's sentence
 * in the page's language, the server's own words folded away, and a retry when one is given.
 */
export function errorBlock(error: unknown, retry?: () => void): HTMLElement {
  const message = errorMessage(error);
  const block = h(
    'div',
    {
      class: `state state-error${message.unreachable ? ' state-unreachable' : ''}`,
      role: 'alert',
      'data-code': message.code,
    },
    h('strong', { class: 'error-title' }, message.unreachable ? t('error.unreachable') : t('common.error')),
    h('span', { class: 'state-text error-text' }, message.text),
  );
  if (retry) block.append(h('button', { type: 'button', class: 'retry', onclick: retry }, t('common.retry')));
  if (message.detail) {
    block.append(
      h(
        'details',
        { class: 'error-detail' },
        h('summary', {}, t('error.detail')),
        h('code', {}, `${message.code}: ${message.detail}`),
      ),
    );
  }
  return block;
}

/** Saves `content` as a file named `name` through a temporary link. */
export function download(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
