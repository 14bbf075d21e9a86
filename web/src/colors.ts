// Colours and display names of the node kinds.

import type { NodeKind } from '../../graph/types.js';

export const KIND_COLORS: Record<NodeKind, string> = {
  Document: '#1f2933',
  Section: '#9aa5b1',
  Agency: '#d64545',
  Program: '#2680c2',
  Regulation: '#7c5e10',
  Metric: '#3ebd93',
  Measure: '#f0b429',
};

export const KIND_NAMES: Record<NodeKind, string> = {
  Document: '报告 Document',
  Section: '章节 Section',
  Agency: '机构 Agency',
  Program: '项目 Program',
  Regulation: '法规 Regulation',
  Metric: '指标 Metric',
  Measure: '措施 Measure',
};
