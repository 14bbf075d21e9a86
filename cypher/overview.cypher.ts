// The corpus overview as one query: the entities (agencies, programs, regulations) the reports in
// scope mention, sized by how many reports mention them, the jurisdictions of those reports, and
// summary edges computed here, never stored: agency → program weighted by the measures between them.
// Agencies and programs linked by a measure whose doer the text names come first, then the most
// mentioned.
//
// Each part starts from the few nodes that hold what it counts, never from all the measures: the
// agency → program pairs from the programs (a measure is PART_OF its section too, and most are of
// no program), the mentions from the sections of the reports in scope, the citations from the
// regulations drawn. The measures of each pair are counted once, with and without the author's
// default measures.

import { IN_SCOPE } from './scope.cypher.js';

const YEAR = 'coalesce(d.reviewedYear, d.year)';

/** The reviewed years of the report maps `xs` (an expression), each once. */
const YEARS = (xs: string) =>
  `reduce(s = [], x IN ${xs} | CASE WHEN x.year IS NULL OR x.year IN s THEN s ELSE s + x.year END)`;

/**
 * Parameters: the scope ($doc, $place, $below, $from, $to as in corpus.cypher.ts), $cap (most
 * entities: half programs, three tenths agencies, a fifth regulations), $includeDefault (count the
 * measures a report's author carries out because the text names no doer).
 * One row: `nodes`, `edges`, `totals` (entities of each kind in scope before the cap) and `docs`
 * (the ids of the reports in scope).
 */
// Planned afresh on every call (the answer is cached by the API): a plan kept from when the store held
// a few reports can join whole label scans, which at corpus scale exhausts a transaction's memory.
export const OVERVIEW = `CYPHER replan=force
MATCH (d:Document) WHERE d.complete AND ${IN_SCOPE('d')}
WITH collect({doc: substring(d.key, 9), year: ${YEAR}, place: [(d)-[:IN]->(j:Jurisdiction) | j.key][0]}) AS reports
WITH reports, [x IN reports | x.doc] AS docs
CALL (docs) {
  MATCH (p:Program)<-[:PART_OF]-(m:Measure)<-[r:CARRIES_OUT]-(a:Agency)
  USING SCAN p:Program
  WHERE m.doc IN docs
  WITH a.key AS source, p.key AS target, count(*) AS all, sum(CASE WHEN coalesce(r.default, false) THEN 0 ELSE 1 END) AS stated
  RETURN collect({source: source, target: target, weight: CASE WHEN $includeDefault THEN all ELSE stated END}) AS pairs,
         collect(DISTINCT CASE WHEN stated > 0 THEN source END) + collect(DISTINCT CASE WHEN stated > 0 THEN target END) AS driven
}
CALL (docs, driven) {
  MATCH (e:Agency|Program|Regulation)-[:MENTIONED_IN]->(s:Section)
  WHERE s.doc IN docs
  WITH e, collect(DISTINCT s.doc) AS ds
  WITH labels(e)[0] AS kind, e, ds ORDER BY e.key IN driven DESC, size(ds) DESC, e.name
  WITH kind, collect({e: e, ds: ds}) AS ranked
  WITH kind, size(ranked) AS total,
       ranked[..toInteger($cap * CASE kind WHEN 'Program' THEN 0.5 WHEN 'Agency' THEN 0.3 ELSE 0.2 END)] AS kept
  RETURN collect({kind: kind, total: total}) AS totals, reduce(all = [], k IN collect(kept) | all + k) AS kept
}
WITH reports, docs, pairs, totals, [k IN kept | {e: k.e, xs: [x IN reports WHERE x.doc IN k.ds]}] AS kept
WITH reports, docs, pairs, totals, kept, [k IN kept | k.e.key] AS keys, [k IN kept WHERE k.e:Regulation | k.e] AS regulations
CALL (regulations, keys, docs) {
  UNWIND regulations AS r
  MATCH (r)<-[:CITES]-(m:Measure)-[:PART_OF]->(p:Program)
  WHERE m.doc IN docs AND p.key IN keys
  WITH p, r, count(*) AS weight
  RETURN collect({source: p.key, target: r.key, kind: 'CITES', weight: weight}) AS cites
}
CALL (regulations, keys, docs) {
  UNWIND regulations AS r
  MATCH (r)-[i:ISSUED_BY]->(a:Agency)
  WHERE a.key IN keys AND ($includeDefault OR NOT coalesce(i.default, false))
  WITH r, a, size([doc IN i.docs WHERE doc IN docs]) AS weight WHERE weight > 0
  RETURN collect({source: r.key, target: a.key, kind: 'ISSUED_BY', weight: weight}) AS issued
}
CALL (reports) {
  UNWIND reports AS x
  MATCH (:Jurisdiction {key: x.place})-[:WITHIN*0..]->(j:Jurisdiction)
  WITH DISTINCT j
  OPTIONAL MATCH (j)-[:WITHIN]->(up:Jurisdiction)
  WITH j, up, [x IN reports WHERE x.place = j.key] AS own
  RETURN collect({key: j.key, kind: 'Jurisdiction', label: j.name, reports: size(own), years: ${YEARS('own')}}) AS places,
         collect(CASE WHEN up IS NULL THEN null ELSE {source: j.key, target: up.key, kind: 'WITHIN', weight: 1} END) AS within
}
CALL (kept) {
  UNWIND kept AS k
  UNWIND k.xs AS x
  WITH k.e.key AS source, x.place AS target, count(*) AS weight WHERE target IS NOT NULL
  RETURN collect({source: source, target: target, kind: 'MENTIONED_IN', weight: weight}) AS mentioned
}
RETURN [k IN kept | {key: k.e.key, kind: labels(k.e)[0], label: k.e.name, reports: size(k.xs), years: ${YEARS('k.xs')}}]
       + places AS nodes,
       [x IN pairs WHERE x.weight > 0 AND x.source IN keys AND x.target IN keys
          | {source: x.source, target: x.target, kind: 'DRIVES', weight: x.weight}]
       + cites + issued + within + mentioned AS edges,
       totals, docs`;

/**
 * The measures of the overview's programs ($programs, keys) in the reports in scope ($docs), at
 * most $measureCap, with their metrics, the programs they belong to and the agencies of
 * $agencies that carry them out (stated ones unless $includeDefault). One row: `nodes`, `edges`.
 */
export const OVERVIEW_MEASURES = `UNWIND $programs AS key
MATCH (p:Program {key: key})<-[:PART_OF]-(m:Measure) WHERE m.doc IN $docs
WITH DISTINCT m ORDER BY m.doc, m.start LIMIT toInteger($measureCap)
CALL (m) {
  RETURN {key: m.key, kind: 'Measure', label: m.name, doc: m.doc, status: m.status} AS node, null AS edge
  UNION ALL
  MATCH (m)-[:HAS_METRIC]->(x:Metric)
  RETURN {key: x.key, kind: 'Metric', label: x.name, doc: x.doc} AS node,
         {source: m.key, target: x.key, kind: 'HAS_METRIC', weight: 1} AS edge
  UNION ALL
  MATCH (m)-[:PART_OF]->(p:Program) WHERE p.key IN $programs
  RETURN null AS node, {source: m.key, target: p.key, kind: 'PART_OF', weight: 1} AS edge
  UNION ALL
  MATCH (a:Agency)-[r:CARRIES_OUT]->(m)
  WHERE a.key IN $agencies AND ($includeDefault OR NOT coalesce(r.default, false))
  RETURN null AS node, {source: a.key, target: m.key, kind: 'CARRIES_OUT', weight: 1} AS edge
}
RETURN collect(node) AS nodes, collect(edge) AS edges`;

/** What changes whenever a report is stored, replaced or removed: the overview's cache key. */
export const OVERVIEW_VERSION = `MATCH (d:Document)
RETURN count(d) AS documents, sum(CASE WHEN d.complete THEN 1 ELSE 0 END) AS complete,
       toString(max(d.loadedAt)) AS lastLoaded`;
