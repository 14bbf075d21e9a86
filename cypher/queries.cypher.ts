// The use-case queries, as named templates: parameterized Cypher the API runs and the explorer
// shows (and lets people edit). Every value is a $parameter.

import { NODE_KINDS, type Template } from '../graph/types.js';
import { CORPUS_TEMPLATES } from './corpus.cypher.js';
import { PICKER_TEMPLATES } from './pickers.cypher.js';
import { IN_DOCS, IN_SCOPE, NODE_IN_DOCS, REPORT, SCOPE_DOCS, SCOPE_PARAMS } from './scope.cypher.js';

export type { Template };

const VIEW_PROPS = `n { .*, aliasText: null, text: CASE WHEN n:Document THEN null ELSE n.text END }`;

/** The stored reports, each with its place, the year it reviews and its counts (from the `doc` indexes). */
export const DOCUMENTS = `
MATCH (d:Document) WHERE d.complete
WITH d, substring(d.key, 9) AS id
WITH d, COUNT { (:Section {doc: id}) } AS sections, COUNT { (:Measure {doc: id}) } AS measures
RETURN d.key AS key, d.name AS name, d.title AS title, d.region AS region, d.year AS year,
       toString(d.published) AS published, d.source AS source, sections + measures AS parts,
       [(d)-[:IN]->(j:Jurisdiction) | j.key][0] AS placeKey, [(d)-[:IN]->(j:Jurisdiction) | j.name][0] AS place,
       coalesce(d.reviewedYear, d.year) AS reviewedYear, measures
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

/** The nodes of the reports $docs (ids): their own (Document, Sections, Measures, Metrics) and the entities they mention. */
export const DOCUMENT_GRAPH_NODES = `
CALL () {
  MATCH (n:Document) WHERE n.key IN [id IN $docs | 'Document:' + id] RETURN n
  UNION MATCH (n:Section) WHERE n.doc IN $docs RETURN n
  UNION MATCH (n:Measure) WHERE n.doc IN $docs RETURN n
  UNION MATCH (n:Metric) WHERE n.doc IN $docs RETURN n
  UNION MATCH (s:Section)<-[:MENTIONED_IN]-(n) WHERE s.doc IN $docs RETURN n
}
WITH n LIMIT $cap
RETURN n.key AS key, labels(n)[0] AS kind, ${VIEW_PROPS} AS props`;

/** The relationships of the reports $docs: those of their own nodes, and the shared ones they state. */
export const DOCUMENT_GRAPH_EDGES = `
CALL () {
  MATCH (s:Section)-[r]-() WHERE s.doc IN $docs RETURN r
  UNION MATCH (m:Measure)-[r]-() WHERE m.doc IN $docs RETURN r
  UNION MATCH (x:Metric)-[r]-() WHERE x.doc IN $docs RETURN r
  UNION MATCH (s:Section)<-[:MENTIONED_IN]-(:Regulation|Agency)-[r:ISSUED_BY|ESTABLISHED]->()
    WHERE s.doc IN $docs AND any(id IN r.docs WHERE id IN $docs) RETURN r
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

/**
 * The evidence of relationship `r`, or null: the values it holds, the others from its Measure or
 * Metric end (the loader stores a measure's sentence once, on the measure; evidenceOwner in
 * load-rows.ts picks the same end).
 */
export const EDGE_EVIDENCE = (r: string) => {
  const o = `CASE WHEN startNode(${r}):Measure OR startNode(${r}):Metric THEN startNode(${r}) ELSE endNode(${r}) END`;
  const field = (name: string) => `${name}: coalesce(${r}.${name}, ${o}.${name})`;
  return `CASE WHEN ${r}.start IS NULL THEN null ELSE {${['doc', 'section', 'start', 'end', 'sentence', 'sentenceStart'].map(field).join(', ')}} END`;
};

export const NODE = `
${NODE_BY_KEY('key', 'n')}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(m)
  WITH r, m LIMIT $cap
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
    key: m.key, kind: labels(m)[0], name: m.name,
    evidence: ${EDGE_EVIDENCE('r')}
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

/** The ids of the complete reports in the scope. */
export const SCOPE_DOC_IDS = `MATCH (d:Document) WHERE d.complete AND ${IN_SCOPE('d')}
RETURN substring(d.key, 9) AS id ORDER BY id`;

export const SEARCH = `${SCOPE_DOCS}
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit * 10}) YIELD node, score
WITH node, score WHERE ${NODE_IN_DOCS('node')}
WITH node, score LIMIT $limit
RETURN node.key AS key, labels(node)[0] AS kind, node.name AS name, node.aliases AS aliases, score`;

export const TEMPLATES: Template[] = [
  {
    name: 'agency-initiatives',
    title: '机构 → 举措 Agency → initiatives',
    description:
      "The programs and measures an agency carries out in the scope, with their report (place, year); `total` counts the measures before the row limit. Only measures the text gives it; $includeDefault = true adds those it carries out as the report's author because no doer is named.",
    params: { agency: '', includeDefault: false, ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
CALL () {
  MATCH (a:Agency {key: $agency}) RETURN a
  UNION MATCH (a:Agency {name: $agency}) RETURN a
  UNION CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($agency, '\\\\', ''), '"', '') + '"', {limit: 100})
    YIELD node WHERE node:Agency AND $agency IN node.aliases RETURN node AS a
}
MATCH (a)-[r:CARRIES_OUT]->(m:Measure)
WHERE ($includeDefault OR NOT coalesce(r.default, false)) AND ${IN_DOCS('m.doc')}
WITH m, collect(a.name)[0] AS agency, any(x IN collect(r) WHERE NOT coalesce(x.default, false)) AS stated
ORDER BY m.doc, m.start
WITH collect({m: m, agency: agency, stated: stated}) AS found
UNWIND found[..300] AS f
WITH f.m AS m, f.agency AS agency, f.stated AS stated, size(found) AS total
OPTIONAL MATCH (m)-[:PART_OF]->(p:Program)
RETURN agency, p.name AS program, m.text AS measure, m.status AS status, ${REPORT('m.doc')} AS report,
       m.doc AS document, m.section AS section, stated, m.key AS key, total
ORDER BY program, document, m.start
LIMIT 500`,
  },
  {
    name: 'program-measures',
    title: '项目 → 措施 Program → measures',
    description:
      'The measures tied to one program in the scope, with their status, metrics, section and report (place, year); `total` counts them before the row limit.',
    params: { program: '', ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
CALL () {
  MATCH (p:Program {key: $program}) RETURN p
  UNION MATCH (p:Program {name: $program}) RETURN p
  UNION CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($program, '\\\\', ''), '"', '') + '"', {limit: 100})
    YIELD node WHERE node:Program AND $program IN node.aliases RETURN node AS p
}
MATCH (m:Measure)-[:PART_OF]->(p) WHERE ${IN_DOCS('m.doc')}
WITH m, collect(p.name)[0] AS program ORDER BY m.doc, m.start
WITH collect({m: m, program: program}) AS found
UNWIND found[..300] AS f
WITH f.m AS m, f.program AS program, size(found) AS total
OPTIONAL MATCH (m)-[:HAS_METRIC]->(x:Metric)
WITH program, total, m, collect(CASE WHEN x.value = toInteger(x.value) THEN toString(toInteger(x.value)) ELSE toString(x.value) END + x.unit) AS metrics
ORDER BY m.doc, m.start
RETURN program, m.text AS measure, m.status AS status, m.section AS section, metrics,
       ${REPORT('m.doc')} AS report, m.doc AS document, m.key AS key, total
LIMIT 500`,
  },
  {
    name: 'regulations-cited',
    title: '法规引用 Regulations cited',
    description:
      'Every regulation cited in the scope: how often (measures citing it), who issued it, which measures implement it, and where (report, section); `total` counts the regulations before the row limit.',
    params: { ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
MATCH (r:Regulation)
WITH docs, r, COUNT { MATCH (m:Measure)-[:CITES]->(r) WHERE ${IN_DOCS('m.doc')} } AS citations
WHERE docs IS NULL OR citations > 0
   OR EXISTS { MATCH (r)-[:MENTIONED_IN]->(s:Section) WHERE ${IN_DOCS('s.doc')} }
WITH docs, r, citations ORDER BY citations DESC, r.name
WITH docs, collect({r: r, citations: citations}) AS found
UNWIND found[..300] AS f
WITH docs, f.r AS r, f.citations AS citations, size(found) AS total
RETURN r.key AS key, r.name AS regulation, r.docType AS type,
       [(r)-[:ISSUED_BY]->(a) | a.name] AS issuers, citations,
       COUNT { MATCH (m:Measure)-[:IMPLEMENTS]->(r) WHERE ${IN_DOCS('m.doc')} } AS implementations,
       [(m:Measure)-[:CITES]->(r) WHERE ${IN_DOCS('m.doc')} | ${REPORT('m.doc')} + ' ' + m.section][..10] AS sections,
       total`,
  },
  {
    name: 'regulation-cited-by',
    title: '引用某法规 Cited by',
    description:
      'The measures citing one regulation in the scope, with their section and report (place, year); `total` counts them before the row limit.',
    params: { regulation: '', ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
CALL () {
  MATCH (r:Regulation {key: $regulation}) RETURN r
  UNION MATCH (r:Regulation {name: $regulation}) RETURN r
  UNION CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($regulation, '\\\\', ''), '"', '') + '"', {limit: 100})
    YIELD node WHERE node:Regulation AND $regulation IN node.aliases RETURN node AS r
}
MATCH (m:Measure)-[:CITES]->(r) WHERE ${IN_DOCS('m.doc')}
WITH r, m ORDER BY m.doc, m.start
WITH collect({r: r, m: m}) AS found
UNWIND found[..300] AS f
WITH f.r AS r, f.m AS m, size(found) AS total
OPTIONAL MATCH (m)-[i:IMPLEMENTS]->(r)
RETURN r.name AS regulation, ${REPORT('m.doc')} AS report, m.section AS section, m.text AS measure,
       i IS NOT NULL AS implements, m.doc AS document, total
ORDER BY document, m.start
LIMIT 500`,
  },
  {
    name: 'neighbourhood',
    title: '邻域 Neighbourhood',
    description:
      'Every node of the scope within $hops (1–3) steps of one node, nearest first, at most $cap of them; `omitted` counts those left out.',
    params: { key: '', hops: 2, cap: 150, ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
${NODE_BY_KEY('key', 'n')}
CALL (n, docs) {
  OPTIONAL MATCH (n)--(m) WHERE m <> n AND ${NODE_IN_DOCS('m')}
  RETURN collect(DISTINCT m) AS ring1
}
CALL (n, docs, ring1) {
  UNWIND CASE WHEN toInteger($hops) >= 2 THEN ring1 ELSE [] END AS x
  MATCH (x)--(m) WHERE m <> n AND NOT m IN ring1 AND ${NODE_IN_DOCS('m')}
  RETURN collect(DISTINCT m) AS ring2
}
CALL (n, docs, ring1, ring2) {
  UNWIND CASE WHEN toInteger($hops) >= 3 THEN ring2 ELSE [] END AS x
  MATCH (x)--(m) WHERE m <> n AND NOT m IN ring1 AND NOT m IN ring2 AND ${NODE_IN_DOCS('m')}
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
    description: 'Agencies, programs, regulations and measures by name or alias in the scope, ranked (full-text, cjk).',
    params: { query: '', ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 500}) YIELD node, score
WITH node, score WHERE ${NODE_IN_DOCS('node')}
RETURN labels(node)[0] AS kind, node.name AS name, node.key AS key, score
LIMIT 50`,
  },
  {
    name: 'metrics',
    title: '指标 Metrics',
    description: 'The metrics of the reports in the scope as a table, each with its report (place, year).',
    params: { ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
MATCH (x:Metric) WHERE ${IN_DOCS('x.doc')}
RETURN x.subject AS subject, x.value AS value, x.unit AS unit, x.qualifier AS qualifier, x.rank AS rank,
       x.section AS section, x.sentence AS sentence, ${REPORT('x.doc')} AS report
ORDER BY x.doc, x.start
LIMIT 1000`,
  },
  {
    name: 'metrics-across',
    title: '跨报告指标 Metrics across reports',
    description:
      'The same kind of metric (unit and a word of its subject) across the reports in the scope, by region and year.',
    params: { unit: '', subject: '', ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
MATCH (x:Metric)
WHERE x.unit = $unit AND x.subject CONTAINS $subject AND ${IN_DOCS('x.doc')}
MATCH (d:Document {key: 'Document:' + x.doc})
RETURN d.region AS region, d.year AS year, x.subject AS subject, x.value AS value, x.unit AS unit,
       ${REPORT('x.doc')} AS report
ORDER BY subject, region, year
LIMIT 1000`,
  },
  {
    name: 'outline',
    title: '提纲 Document outline',
    description:
      'The section tree of each report in the scope with counts of measures and mentions, and the report (place, year).',
    params: { ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
MATCH (s:Section) WHERE ${IN_DOCS('s.doc')}
WITH s ORDER BY s.doc, s.order LIMIT 2000
OPTIONAL MATCH (m:Measure)-[:PART_OF]->(s)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(s)
WITH s, count(DISTINCT m) AS measures, count(DISTINCT e) AS mentions
ORDER BY s.doc, s.order
RETURN s.path AS path, s.title AS title, s.level AS level, s.role AS role, measures, mentions,
       ${REPORT('s.doc')} AS report`,
  },
  ...CORPUS_TEMPLATES,
  ...PICKER_TEMPLATES,
];
