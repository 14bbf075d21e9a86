// The use-case queries, as named templates: parameterized Cypher the API runs and the explorer
// shows (and lets people edit). Every value is a $parameter.

import { NODE_KINDS, type Template } from '../graph/types.js';
import { CORPUS_TEMPLATES } from './corpus.cypher.js';

export type { Template };

const VIEW_PROPS = `n { .*, aliasText: null, text: CASE WHEN n:Document THEN null ELSE n.text END }`;

export const DOCUMENTS = `
MATCH (d:Document) WHERE d.complete
OPTIONAL MATCH (d)<-[:PART_OF*1..6]-(x)
WITH d, count(DISTINCT x) AS parts
RETURN d.key AS key, d.name AS name, d.title AS title, d.region AS region, d.year AS year,
       toString(d.published) AS published, d.source AS source, parts
ORDER BY d.region, d.year, d.key`;

/** The nodes of the whole graph, at most $cap. */
export const GRAPH_NODES = `
MATCH (n)
WHERE n:Document OR n:Section OR n:Agency OR n:Program OR n:Regulation OR n:Measure OR n:Metric OR n:Jurisdiction OR n:Indicator
WITH n LIMIT $cap
RETURN n.key AS key, labels(n)[0] AS kind, ${VIEW_PROPS} AS props`;

/** Relationships leaving the given nodes (the caller keeps those whose target it has). */
export const GRAPH_EDGES = `
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Document|Section|Agency|Program|Regulation|Measure|Metric|Jurisdiction|Indicator {key: key}) RETURN n
}
MATCH (n)-[r]->(m)
RETURN n.key AS source, type(r) AS type, m.key AS target, r.default = true AS implied`;

/** One document's nodes: its own (Document, Sections, Measures, Metrics) and the entities it mentions. */
export const DOCUMENT_GRAPH_NODES = `
CALL () {
  MATCH (n:Document {key: 'Document:' + $doc}) RETURN n
  UNION MATCH (n:Section {doc: $doc}) RETURN n
  UNION MATCH (n:Measure {doc: $doc}) RETURN n
  UNION MATCH (n:Metric {doc: $doc}) RETURN n
  UNION MATCH (:Section {doc: $doc})<-[:MENTIONED_IN]-(n) RETURN n
}
WITH n LIMIT $cap
RETURN n.key AS key, labels(n)[0] AS kind, ${VIEW_PROPS} AS props`;

/** One document's relationships: those of its own nodes, and the shared ones it states. */
export const DOCUMENT_GRAPH_EDGES = `
CALL () {
  MATCH (:Section {doc: $doc})-[r]-() RETURN r
  UNION MATCH (:Measure {doc: $doc})-[r]-() RETURN r
  UNION MATCH (:Metric {doc: $doc})-[r]-() RETURN r
  UNION MATCH (:Section {doc: $doc})<-[:MENTIONED_IN]-(:Regulation|Agency)-[r:ISSUED_BY|ESTABLISHED]->() WHERE $doc IN r.docs RETURN r
}
RETURN startNode(r).key AS source, type(r) AS type, endNode(r).key AS target, r.default = true AS implied`;

/**
 * Finds the node whose key is $key through the key constraint of each kind: one index seek per
 * label, instead of a scan of every node.
 */
export const NODE_BY_KEY = (param: string, variable: string) =>
  `CALL () {\n${NODE_KINDS.map((label) => `  MATCH (x:${label} {key: $${param}}) RETURN x AS ${variable}`).join(
    '\n  UNION\n',
  )}\n}`;

export const NODE = `
${NODE_BY_KEY('key', 'n')}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m)
  WITH r, m LIMIT $cap
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
    key: m.key, kind: labels(m)[0], name: m.name,
    evidence: CASE WHEN r.sentence IS NULL THEN null ELSE {doc: r.doc, section: r.section, start: r.start, end: r.end, sentence: r.sentence, sentenceStart: r.sentenceStart} END
  } END) AS neighbours
}
RETURN n.key AS key, labels(n)[0] AS kind, ${VIEW_PROPS} AS props, neighbours, COUNT { (n)--() } AS degree`;

/** More neighbours of one node, for the explorer's "expand": the node, its neighbours, the edges. */
export const NEIGHBOURS = `
${NODE_BY_KEY('key', 'n')}
MATCH (n)-[r]-(m)
WITH n, r, m ORDER BY m.key LIMIT $limit
RETURN m.key AS key, labels(m)[0] AS kind, m { .*, aliasText: null, text: CASE WHEN m:Document THEN null ELSE m.text END } AS props,
       type(r) AS type, startNode(r) = n AS outgoing`;

/** A document's cleaned text and every mention in it: entities (MENTIONED_IN offsets) and metrics. */
export const DOCUMENT_TEXT = `
MATCH (d:Document {key: 'Document:' + $id})
OPTIONAL MATCH (s:Section {doc: $id})<-[r:MENTIONED_IN]-(e)
WITH d, collect(CASE WHEN r IS NULL THEN null ELSE {starts: coalesce(r.starts, [r.start]), ends: coalesce(r.ends, [r.end]), key: e.key, kind: labels(e)[0]} END) AS spans
RETURN d.text AS text, d.name AS name, spans`;

export const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
RETURN node.key AS key, labels(node)[0] AS kind, node.name AS name, node.aliases AS aliases, score`;

export const TEMPLATES: Template[] = [
  {
    name: 'agency-initiatives',
    title: '机构 → 举措 Agency → initiatives',
    description:
      "The programs and measures an agency carries out, with the sentence that says so. Only measures the text gives it; $includeDefault = true adds those it carries out as the report's author because no doer is named.",
    params: { agency: '', includeDefault: false },
    cypher: `CALL () {
  MATCH (a:Agency {key: $agency}) RETURN a
  UNION MATCH (a:Agency {name: $agency}) RETURN a
  UNION CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($agency, '\\\\', ''), '"', '') + '"', {limit: 100})
    YIELD node WHERE node:Agency AND $agency IN node.aliases RETURN node AS a
}
MATCH (a)-[r:CARRIES_OUT]->(m:Measure)
WHERE $includeDefault OR NOT coalesce(r.default, false)
WITH a, m, NOT coalesce(r.default, false) AS stated LIMIT 300
OPTIONAL MATCH (m)-[:PART_OF]->(p:Program)
RETURN a.name AS agency, p.name AS program, m.text AS measure, m.status AS status, m.doc AS document, m.section AS section, stated
ORDER BY program, document, m.start
LIMIT 300`,
  },
  {
    name: 'program-measures',
    title: '项目 → 措施 Program → measures',
    description: 'All measures tied to one program, with their status, metrics and section.',
    params: { program: '' },
    cypher: `CALL () {
  MATCH (p:Program {key: $program}) RETURN p
  UNION MATCH (p:Program {name: $program}) RETURN p
  UNION CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($program, '\\\\', ''), '"', '') + '"', {limit: 100})
    YIELD node WHERE node:Program AND $program IN node.aliases RETURN node AS p
}
MATCH (m:Measure)-[:PART_OF]->(p)
WITH p, m LIMIT 300
OPTIONAL MATCH (m)-[:HAS_METRIC]->(x:Metric)
WITH p, m, collect(CASE WHEN x.value = toInteger(x.value) THEN toString(toInteger(x.value)) ELSE toString(x.value) END + x.unit) AS metrics
ORDER BY m.doc, m.start
RETURN p.name AS program, m.text AS measure, m.status AS status, m.section AS section, metrics
LIMIT 500`,
  },
  {
    name: 'regulations-cited',
    title: '法规引用 Regulations cited',
    description: 'Every regulation, how often it is cited, who issued it, which measures implement it.',
    params: {},
    cypher: `MATCH (r:Regulation)
WITH r, COUNT { ()-[:CITES]->(r) } AS citations
ORDER BY citations DESC, r.name
LIMIT 300
RETURN r.key AS key, r.name AS regulation, r.docType AS type,
       [(r)-[:ISSUED_BY]->(a) | a.name] AS issuers, citations,
       COUNT { ()-[:IMPLEMENTS]->(r) } AS implementations,
       [(m)-[:CITES]->(r) | m.doc + ' ' + m.section][..10] AS sections`,
  },
  {
    name: 'regulation-cited-by',
    title: '引用某法规 Cited by',
    description: 'Everything that cites one regulation: measures, their sections and documents.',
    params: { regulation: '' },
    cypher: `CALL () {
  MATCH (r:Regulation {key: $regulation}) RETURN r
  UNION MATCH (r:Regulation {name: $regulation}) RETURN r
  UNION CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($regulation, '\\\\', ''), '"', '') + '"', {limit: 100})
    YIELD node WHERE node:Regulation AND $regulation IN node.aliases RETURN node AS r
}
MATCH (m:Measure)-[c:CITES]->(r)
WITH r, m, c LIMIT 300
OPTIONAL MATCH (m)-[i:IMPLEMENTS]->(r)
RETURN r.name AS regulation, m.doc AS document, m.section AS section, m.text AS measure, i IS NOT NULL AS implements
ORDER BY document, m.start
LIMIT 500`,
  },
  {
    name: 'neighbourhood',
    title: '邻域 Neighbourhood',
    description:
      'Every node within $hops (1–3) steps of one node, nearest first, at most $cap of them; `omitted` counts those left out.',
    params: { key: '', hops: 2, cap: 150 },
    cypher: `${NODE_BY_KEY('key', 'n')}
CALL (n) {
  OPTIONAL MATCH (n)--(m) WHERE m <> n
  RETURN collect(DISTINCT m) AS ring1
}
CALL (n, ring1) {
  UNWIND CASE WHEN toInteger($hops) >= 2 THEN ring1 ELSE [] END AS x
  MATCH (x)--(m) WHERE m <> n AND NOT m IN ring1
  RETURN collect(DISTINCT m) AS ring2
}
CALL (n, ring1, ring2) {
  UNWIND CASE WHEN toInteger($hops) >= 3 THEN ring2 ELSE [] END AS x
  MATCH (x)--(m) WHERE m <> n AND NOT m IN ring1 AND NOT m IN ring2
  RETURN collect(DISTINCT m) AS ring3
}
WITH n, [m IN ring1 | [m, 1]] + [m IN ring2 | [m, 2]] + [m IN ring3 | [m, 3]] AS found
WITH n, found, size(found) AS total, found[..toInteger($cap)] AS kept
UNWIND [[n, 0]] + kept AS hit
RETURN hit[0] AS node, hit[1] AS hops, total, total - size(kept) AS omitted`,
  },
  {
    name: 'shortest-path',
    title: '最短路径 Shortest paths',
    description: 'All shortest paths (up to 6 steps, at most $limit of them) between two nodes.',
    params: { from: '', to: '', limit: 10 },
    cypher: `${NODE_BY_KEY('from', 'a')}
${NODE_BY_KEY('to', 'b')}
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p LIMIT toInteger($limit)
RETURN p, length(p) AS hops`,
  },
  {
    name: 'search',
    title: '搜索 Search',
    description: 'Agencies, programs, regulations and measures by name or alias, ranked (full-text, cjk).',
    params: { query: '' },
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 50}) YIELD node, score
RETURN labels(node)[0] AS kind, node.name AS name, node.key AS key, score`,
  },
  {
    name: 'metrics',
    title: '指标 Metrics',
    description: "One report's metrics as a table.",
    params: { doc: '' },
    cypher: `MATCH (x:Metric {doc: $doc})
RETURN x.subject AS subject, x.value AS value, x.unit AS unit, x.qualifier AS qualifier, x.rank AS rank,
       x.section AS section, x.sentence AS sentence
ORDER BY x.start
LIMIT 1000`,
  },
  {
    name: 'metrics-across',
    title: '跨报告指标 Metrics across reports',
    description: 'The same kind of metric (unit and a word of its subject) across reports, by region and year.',
    params: { unit: '', subject: '' },
    cypher: `MATCH (x:Metric)
WHERE x.unit = $unit AND x.subject CONTAINS $subject
MATCH (d:Document {key: 'Document:' + x.doc})
RETURN d.region AS region, d.year AS year, x.subject AS subject, x.value AS value, x.unit AS unit
ORDER BY subject, region, year
LIMIT 1000`,
  },
  {
    name: 'outline',
    title: '提纲 Document outline',
    description: 'The section tree of one document with counts of measures and mentions.',
    params: { doc: '' },
    cypher: `MATCH (s:Section {doc: $doc})
OPTIONAL MATCH (m:Measure)-[:PART_OF]->(s)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(s)
WITH s, count(DISTINCT m) AS measures, count(DISTINCT e) AS mentions
ORDER BY s.order
RETURN s.path AS path, s.title AS title, s.level AS level, s.role AS role, measures, mentions`,
  },
  ...CORPUS_TEMPLATES,
];
