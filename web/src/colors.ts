// Colours of the node kinds and of the statuses of measures. Names are in i18n.ts.

import type { NodeKind } from '../../graph/types.js';

export const KIND_COLORS: Record<NodeKind, string> = {
  Document: '#1f2933',
  Section: '#9aa5b1',
  Agency: '#d64545',
  Program: '#2680c2',
  Regulation: '#7c5e10',
  Metric: '#3ebd93',
  Measure: '#f0b429',
  Jurisdiction: '#8e44ad',
  Indicator: '#0f9d8a',
};

export const OTHER_COLOR = '#888888';

export function kindColor(kind: string): string {
  return KIND_COLORS[kind as NodeKind] ?? OTHER_COLOR;
}
