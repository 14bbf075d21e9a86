// The current graph as GEXF 1.3 for Gephi: scalar attributes kept, lists joined with "|",
// position, size and colour as viz data. Pure; no DOM.

import type Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';

const SCALAR = new Set(['string', 'number', 'boolean']);

/** Node attributes GEXF can hold: scalars, lists joined; positions, size and colour as viz data. */
function gexfAttributes(attributes: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (['x', 'y', 'size', 'color', 'label', 'fixed'].includes(name)) continue;
    if (Array.isArray(value)) out[name] = value.join('|');
    else if (SCALAR.has(typeof value)) out[name] = value as string | number | boolean;
  }
  return out;
}

export function toGexf(graph: Graph): string {
  return write(graph, {
    formatNode: (key, a) => ({
      label: String(a.label ?? key),
      x: Number(a.x),
      y: Number(a.y),
      size: Number(a.size ?? 3),
      color: String(a.color ?? '#888888'),
      attributes: gexfAttributes(a),
    }),
    formatEdge: (_key, a) => ({ attributes: { kind: String(a.kind ?? '') } }),
  });
}
