// The subgraphs the use-case views stress in the main graph, read from the graph already
// drawn (no request): an agency's work, a regulation's citations, a program's measures.

import type Graph from 'graphology';
import { findByName, follow } from '../graph-model.js';

/** The node named by `ref`: its key when the graph has it, else the node of that name. */
const resolve = (graph: Graph, kind: 'Agency' | 'Regulation' | 'Program', ref: string) =>
  graph.hasNode(ref) && graph.getNodeAttribute(ref, 'kind') === kind ? ref : findByName(graph, kind, ref);

/** The agency (its key or name), the measures it carries out and the programs those measures belong to. */
export function agencyFocus(graph: Graph, agency: string): { key: string | null; nodes: string[] } {
  const key = resolve(graph, 'Agency', agency);
  if (!key) return { key: null, nodes: [] };
  const measures = follow(graph, [key], 'CARRIES_OUT', 'out');
  const programs = follow(graph, measures, 'PART_OF', 'out', 'Program');
  return { key, nodes: [key, ...measures, ...programs] };
}

/** The regulation (its key or name), its issuers, the measures citing or implementing it, and their sections. */
export function regulationFocus(graph: Graph, regulation: string): { key: string | null; nodes: string[] } {
  const key = resolve(graph, 'Regulation', regulation);
  if (!key) return { key: null, nodes: [] };
  const issuers = follow(graph, [key], 'ISSUED_BY', 'out');
  const measures = [...follow(graph, [key], 'CITES', 'in'), ...follow(graph, [key], 'IMPLEMENTS', 'in')];
  const sections = follow(graph, measures, 'PART_OF', 'out', 'Section');
  return { key, nodes: [key, ...issuers, ...measures, ...sections] };
}

/** The program (its key or name), its measures and their metrics. */
export function programFocus(graph: Graph, program: string): { key: string | null; nodes: string[] } {
  const key = resolve(graph, 'Program', program);
  if (!key) return { key: null, nodes: [] };
  const measures = follow(graph, [key], 'PART_OF', 'in', 'Measure');
  const metrics = follow(graph, measures, 'HAS_METRIC', 'out');
  return { key, nodes: [key, ...measures, ...metrics] };
}

/** Entities of `kind` in the graph, most connected by `edge` first: the pick lists of the views. */
export function rankedEntities(
  graph: Graph,
  kind: 'Agency' | 'Program',
  edge: 'CARRIES_OUT' | 'PART_OF',
): { key: string; name: string; count: number }[] {
  return graph
    .filterNodes((_, a) => a.kind === kind)
    .map((key) => ({
      key,
      name: String(graph.getNodeAttribute(key, 'name') ?? graph.getNodeAttribute(key, 'label') ?? key),
      count:
        edge === 'CARRIES_OUT'
          ? follow(graph, [key], 'CARRIES_OUT', 'out').length
          : follow(graph, [key], 'PART_OF', 'in', 'Measure').length,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}
