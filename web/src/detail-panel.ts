// The detail panel: a node's properties, its neighbours grouped by relationship type, and the
// sentences it came from with the mention highlighted.

import type { Evidence, NodeDetail } from './api.js';
import { KIND_NAMES } from './colors.js';
import { h, highlighted } from './dom.js';

const SHOWN = [
  'name',
  'value',
  'unit',
  'qualifier',
  'subject',
  'rank',
  'docType',
  'issuer',
  'status',
  'text',
  'region',
  'year',
  'published',
  'path',
  'role',
  'jurisdiction',
  'aliases',
];

function evidenceBlock(evidence: Evidence): HTMLElement {
  const from = evidence.start - evidence.sentenceStart;
  const to = evidence.end - evidence.sentenceStart;
  return h(
    'div',
    { class: 'evidence' },
    h('div', { class: 'path' }, `${evidence.doc} · ${evidence.section || '—'}`),
    highlighted(evidence.sentence, from, to),
  );
}
export function renderDetail(container: HTMLElement, detail: NodeDetail, onPick: (key: string) => void): void {
  const props = detail.properties;
  const name = String(props.name ?? detail.key);
  const list = h('dl');
  for (const key of SHOWN) {
    const value = props[key];
    if (value === null || value === undefined || value === '' || key === 'name') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    list.append(h('dt', {}, key), h('dd', {}, Array.isArray(value) ? value.join('、') : String(value)));
  }
  const evidence: HTMLElement[] = [];
  if (typeof props.sentence === 'string') {
    const { doc, section, start, end, sentenceStart } = props as Record<string, unknown>;
    evidence.push(
      evidenceBlock({
        doc: String(doc),
        section: String(section ?? ''),
        start: Number(start),
        end: Number(end),
        sentence: props.sentence,
        sentenceStart: Number(sentenceStart),
      }),
    );
  }
  const neighbourBlocks: HTMLElement[] = [];
  for (const [type, items] of Object.entries(detail.neighbours)) {
    neighbourBlocks.push(
      h('h3', {}, `${type} (${items.length})`),
      h(
        'ul',
        {},
        ...items
          .slice(0, 50)
          .map((item) =>
            h(
              'li',
              {},
              h(
                'button',
                { class: 'link', type: 'button', onclick: () => onPick(item.key) },
                `${item.direction === 'out' ? '→' : '←'} ${item.name ?? item.key}`,
              ),
            ),
          ),
      ),
    );
    if (type === 'MENTIONED_IN') {
      for (const item of items) if (item.evidence && evidence.length < 20) evidence.push(evidenceBlock(item.evidence));
    }
  }
  container.replaceChildren(
    h('div', { class: 'kind' }, KIND_NAMES[detail.kind] ?? detail.kind),
    h('h2', {}, name),
    list,
    evidence.length > 0 ? h('h3', {}, `出处 Evidence (${evidence.length})`) : '',
    ...evidence,
    ...neighbourBlocks,
  );
}
