// The report reader: a document's cleaned text with its entity and metric mentions coloured by
// kind. Clicking a mention selects its node; selecting a node scrolls here to its mentions.
// Report text is only ever set as text nodes.

import { api } from '../api.js';
import { kindColor } from '../colors.js';
import { errorBlock, h, stateBlock } from '../dom.js';
import { label, t } from '../i18n.js';
import { mentionCounts, segmentText } from '../reader-model.js';
import type { AppContext, MountedView } from './context.js';

function renderText(ctx: AppContext, text: string, mentions: Parameters<typeof segmentText>[1]): HTMLElement {
  const box = h('div', { class: 'reader-text', lang: 'zh-CN' });
  const fragment = document.createDocumentFragment();
  for (const segment of segmentText(text, mentions)) {
    if (!segment.mention) {
      fragment.append(segment.text);
      continue;
    }
    const { key, kind } = segment.mention;
    fragment.append(
      h(
        'span',
        {
          class: `mention kind-${kind}`,
          style: `--kind:${kindColor(kind)}`,
          'data-key': key,
          'data-kind': kind,
          role: 'button',
          tabindex: '0',
          title: `${label('kind', kind)} · ${key}`,
          onclick: () => ctx.select(key),
          onkeydown: (event) => {
            if ((event as KeyboardEvent).key === 'Enter') ctx.select(key);
          },
        },
        segment.text,
      ),
    );
  }
  box.append(fragment);
  return box;
}

/** Marks the mentions of `key` as current and scrolls the first into view; returns how many. */
function markSelection(root: HTMLElement, key: string | null): number {
  for (const old of root.querySelectorAll('.mention.current')) old.classList.remove('current');
  if (!key) return 0;
  const spans = [...root.querySelectorAll<HTMLElement>('.mention')].filter((s) => s.dataset.key === key);
  for (const span of spans) span.classList.add('current');
  spans[0]?.scrollIntoView({ block: 'center' });
  return spans.length;
}

export function mountReaderView(container: HTMLElement, ctx: AppContext): MountedView {
  const inScope = ctx.scopeDocuments();
  const doc =
    ctx.graphState.get().doc ??
    ctx
      .documents()
      .map((d) => d.key.replace(/^Document:/, ''))
      .find((id) => inScope === null || inScope.has(id)) ??
    null;
  const title = ctx.documents().find((d) => d.key === `Document:${doc}`)?.name ?? doc ?? '';
  const section = h(
    'section',
    { class: 'view view-reader', 'data-view': 'reader' },
    h('h2', {}, t('reader.title')),
    h('p', { class: 'intro' }, t('reader.intro')),
  );
  const info = h('p', { class: 'reader-info', role: 'status' });
  const body = h('div', { class: 'reader-body' }, stateBlock('loading'));
  section.append(h('h3', { class: 'doc-title' }, title), info, body);
  container.replaceChildren(section);
  let disposed = false;
  let counts = new Map<string, number>();

  const showSelection = (key: string | null) => {
    const shown = markSelection(body, key);
    info.textContent = key && shown > 0 ? t('reader.mentions', { count: counts.get(key) ?? shown }) : '';
  };
  const unsubscribe = ctx.selection.subscribe((s, previous) => {
    if (s.selected !== previous.selected) showSelection(s.selected);
  });

  const load = async () => {
    if (!doc) return void body.replaceChildren(stateBlock('empty', t('reader.pickDoc')));
    body.replaceChildren(stateBlock('loading'));
    try {
      const { text, mentions } = await api.documentText(doc);
      if (disposed) return;
      counts = mentionCounts(segmentText(text, mentions));
      body.replaceChildren(renderText(ctx, text, mentions));
      showSelection(ctx.selection.get().selected);
    } catch (error) {
      if (!disposed) body.replaceChildren(errorBlock(error, () => void load()));
    }
  };
  void load();
  return {
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
