// Exports of the main view: a PNG of what is drawn (sigma's canvases composed, view state
// included), GEXF and graphology JSON of the current graph. CSV of tables is in views/common.ts.

import { downloadAsPNG } from '@sigma/export-image';
import { download } from './dom.js';
import { toGexf } from './gexf.js';
import type { GraphView } from './graph-view.js';

export function exportPng(view: GraphView, name: string): Promise<void> {
  return downloadAsPNG(view.sigma, { fileName: name, backgroundColor: '#ffffff' });
}

export function exportGexf(view: GraphView, name: string): void {
  download(`${name}.gexf`, toGexf(view.graph), 'application/xml;charset=utf-8');
}

export function exportJson(view: GraphView, name: string): void {
  download(`${name}.json`, JSON.stringify(view.graph.export()), 'application/json;charset=utf-8');
}
