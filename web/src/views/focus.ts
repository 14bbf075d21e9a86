// The subgraphs the use-case views stress in the main graph, read from the graph already
// drawn (no request): an agency's work, a regulation's citations, a program's measures.

import type Graph from 'graphology';
import { findByName, follow } from '../graph-model.js';

/** The node named by `ref`: its key when the graph has it, else the node of that name. */
const resolve = (graph: Graph, kind: 'Agency' | 'Regulation' | 'Program', ref: string) =>
  graph.hasNode(ref) && graph.getNodeAttribute(ref, 'kind') === kind ? ref : findByName(graph, kind, ref);

/**
 * The measures an agency carries out: those the text gives it, and with `includeDefault` also
 * those it carries out as the report's author because the text names no doer.
 */
export function carriedOut(graph: Graph, agency: string, includeDefault = false): string[] {
  if (!graph.hasNode(agency)) return [];
  const found = new Set<string>();
  graph.forEachOutEdge(agency, (_edge, attributes, _source, target) => {
    if (attributes.kind === 'CARRIES_OUT' && (includeDefault || attributes.default !== true)) found.add(target);
  });
  return [...found];
}

/**
 * Measures summed over the overview's DRIVES edges of `node` (agency → program, weighted by the
 * measures between them): the count of the overview, which holds no measures of its own.
 */
function drivenMeasures(graph: Graph, node: string, direction: 'in' | 'out'): number {
  let sum = 0;
  const add = (_edge: string, attributes: Record<string, unknown>) => {
    if (attributes.kind === 'DRIVES') sum += Number(attributes.weight ?? 0);
  };
  if (direction === 'out') graph.forEachOutEdge(node, add);
  else graph.forEachInEdge(node, add);
  return sum;
}

/** The agency (its key or name), the measures it carries out (see carriedOut) and the programs those measures belong to. */
export function agencyFocus(
  graph: Graph,
  agency: string,
  includeDefault = false,
): { key: string | null; nodes: string[] } {
  const key = resolve(graph, 'Agency', agency);
  if (!key) return { key: null, nodes: [] };
  const measures = carriedOut(graph, key, includeDefault);
  const programs = follow(graph, measures, 'PART_OF', 'out', 'Program');
  const driven = follow(graph, [key], 'DRIVES', 'out');
  return { key, nodes: [key, ...measures, ...new Set([...programs, ...driven])] };
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
  return { key, nodes: [key, ...measures, ...metrics, ...follow(graph, [key], 'DRIVES', 'in')] };
}

/**
 * Entities of `kind` in the graph, most connected by `edge` first: the pick lists of the views.
 * CARRIES_OUT counts the measures the text gives an agency, and with `includeDefault` those it
 * carries out as the report's author. In the overview, which draws no measures, the weights of
 * its DRIVES edges count instead.
 */
export function rankedEntities(
  graph: Graph,
  kind: 'Agency' | 'Program',
  edge: 'CARRIES_OUT' | 'PART_OF',
  includeDefault = false,
): { key: string; name: string; count: number }[] {
  return graph
    .filterNodes((_, a) => a.kind === kind)
    .map((key) => ({
      key,
      name: String(graph.getNodeAttribute(key, 'name') ?? graph.getNodeAttribute(key, 'label') ?? key),
      count:
        edge === 'CARRIES_OUT'
          ? carriedOut(graph, key, includeDefault).length || drivenMeasures(graph, key, 'out')
          : follow(graph, [key], 'PART_OF', 'in', 'Measure').length || drivenMeasures(graph, key, 'in'),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-Hans-CN'));
}
