// Places a document in time and space: the Jurisdiction nodes of its chain (中国 > 省 > 市 > 区/县,
// each WITHIN the one above) with the document IN the lowest, and each metric that names an
// indicator OF that Indicator (one node per name, national), so the figures of one place and one
// indicator over the years read as one series.

import type { Extraction, GraphEdge, GraphNode, JurisdictionAttributes, MetricAttributes } from '../../graph/types.js';
import type { MetricMention } from './extract-metrics.js';
import { splitUnits } from './read-metadata.js';
import type { ResolvedIndicator } from './resolve-indicators.js';

export const NATION = '中国';

export const jurisdictionKey = (chain: string) => `Jurisdiction:${chain || NATION}`;

function levelOf(unit: string, depth: number): JurisdictionAttributes['level'] {
  if (/(?:省|自治区|特别行政区)$/.test(unit)) return '省';
  if (/(?:区|县|旗)$/.test(unit) && depth > 0) return '区县';
  return '市';
}

/** The units of a document's jurisdiction chain, from the top; empty for a national report. */
export function documentUnits(attributes: { region?: string; units?: unknown }): string[] {
  if (Array.isArray(attributes.units)) return attributes.units.filter((u): u is string => typeof u === 'string');
  const region = attributes.region ?? '';
  return region === NATION ? [] : splitUnits(region);
}

function edge(kind: GraphEdge['attributes']['kind'], source: string, target: string): GraphEdge {
  return { key: `${kind}:${source}->${target}`, source, target, attributes: { kind } };
}

/** Adds the jurisdiction chain of the document and its IN relationship. */
export function linkJurisdiction(extraction: Extraction): Extraction {
  const units = documentUnits(extraction.document.attributes as { region?: string; units?: unknown });
  const nodes: GraphNode[] = [
    { key: jurisdictionKey(NATION), attributes: { kind: 'Jurisdiction', name: NATION, level: '国家', chain: NATION } },
  ];
  const edges: GraphEdge[] = [];
  let chain = '';
  let parent = jurisdictionKey(NATION);
  units.forEach((unit, depth) => {
    chain += unit;
    const key = jurisdictionKey(chain);
    nodes.push({ key, attributes: { kind: 'Jurisdiction', name: unit, level: levelOf(unit, depth), chain } });
    edges.push(edge('WITHIN', key, parent));
    parent = key;
  });
  edges.push(edge('IN', extraction.document.key, parent));
  return { ...extraction, nodes: [...extraction.nodes, ...nodes], edges: [...extraction.edges, ...edges] };
}

/** Sets each metric's indicator, measure and series value, and links it OF its Indicator. */
export function linkIndicators(
  extraction: Extraction,
  metrics: MetricMention[],
  resolved: (ResolvedIndicator | null)[],
): Extraction {
  const docId = extraction.document.key.slice('Document:'.length);
  const byKey = new Map(extraction.nodes.map((n) => [n.key, n]));
  const indicators = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  metrics.forEach((metric, i) => {
    const found = resolved[i];
    const node = byKey.get(`Metric:${docId}:${metric.start}`);
    if (!found || !node || node.attributes.kind !== 'Metric') return;
    const attributes = node.attributes as MetricAttributes;
    attributes.indicator = found.indicator;
    attributes.measure = found.measure;
    attributes.seriesValue = found.seriesValue;
    attributes.seriesUnit = found.seriesUnit;
    attributes.target = found.target;
    const key = `Indicator:${found.indicator}`;
    if (!indicators.has(key)) indicators.set(key, { key, attributes: { kind: 'Indicator', name: found.indicator } });
    edges.push(edge('OF', node.key, key));
  });
  return {
    ...extraction,
    nodes: [...extraction.nodes, ...indicators.values()],
    edges: [...extraction.edges, ...edges],
  };
}
