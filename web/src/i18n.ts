// The page's UI strings in Chinese (first) and English, and the current language. Only UI
// labels live here: text from reports is shown as it is, never translated or parsed.

import { EN, type MessageKey, ZH } from './i18n-messages.js';

export type { MessageKey };
export type Lang = 'zh' | 'en';

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };

let current: Lang = 'zh';
const listeners = new Set<(lang: Lang) => void>();

export function currentLang(): Lang {
  return current;
}

/** Switches every label; listeners re-render what they drew. */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  for (const listener of listeners) listener(lang);
}

/** Calls `listener` on each language change; returns the unsubscribe. */
export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The UI string `key` in `lang` (default: the current language), with {name} filled from `vars`. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, lang: Lang = current): string {
  const template = MESSAGES[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A label for `key` when it is a known message (kinds, relationships, properties), else `key` itself. */
export function label(prefix: 'kind' | 'rel' | 'prop' | 'col' | 'status', name: string): string {
  const key = `${prefix}.${name}`;
  if (key in ZH) return t(key as MessageKey);
  // A column named after a property reads as the property.
  return prefix === 'col' && `prop.${name}` in ZH ? t(`prop.${name}` as MessageKey) : name;
}

/** Fills elements marked data-i18n (text), data-i18n-placeholder, data-i18n-title and data-i18n-label. */
export function applyStaticLabels(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const [attribute, data] of [
    ['placeholder', 'i18nPlaceholder'],
    ['title', 'i18nTitle'],
    ['aria-label', 'i18nLabel'],
  ] as const) {
    for (const element of root.querySelectorAll<HTMLElement>(
      `[data-${attribute === 'aria-label' ? 'i18n-label' : `i18n-${attribute}`}]`,
    )) {
      element.setAttribute(attribute, t(element.dataset[data] as MessageKey));
    }
  }
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}
