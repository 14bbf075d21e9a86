// Builds DOM nodes with text content only: report text is never parsed as HTML.

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
