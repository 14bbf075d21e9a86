// The corpus overview as one query: the entities (agencies, programs, regulations) the reports in
// scope mention, sized by how many reports mention them, the jurisdictions of those reports, and
// summary edges computed here, never stored: agency → program weighted by the measures between them.
// Agencies and programs linked by a measure whose doer the text names come first, then the most
// mentioned.

import { IN_SCOPE } from './scope.cypher.js';

const YEAR = 'coalesce(d.reviewedYear, d.year)';

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
CALL (reports) {
  MATCH (a:Agency)-[r:CARRIES_OUT]->(m:Measure)-[:PART_OF]->(p:Program)
  WHERE NOT coalesce(r.default, false) AND m.doc IN [x IN reports | x.doc]
  RETURN collect(DISTINCT a.key) + collect(DISTINCT p.key) AS driven
}
CALL (reports, driven) {
  UNWIND reports AS x
  MATCH (:Section {doc: x.doc})<-[:MENTIONED_IN]-(e)
  WHERE e:Agency OR e:Program OR e:Regulation
  WITH e, collect(DISTINCT x) AS xs
  WITH labels(e)[0] AS kind, e, xs ORDER BY e.key IN driven DESC, size(xs) DESC, e.name
  WITH kind, collect({e: e, xs: xs}) AS ranked
  WITH kind, size(ranked) AS total,
       ranked[..toInteger($cap * CASE kind WHEN 'Program' THEN 0.5 WHEN 'Agency' THEN 0.3 ELSE 0.2 END)] AS kept
  RETURN collect({kind: kind, total: total}) AS totals, reduce(all = [], k IN collect(kept) | all + k) AS kept
}
WITH reports, totals, kept, [k IN kept | k.e.key] AS keys,
     [k IN kept WHERE k.e:Agency | k.e] AS agencies, [k IN kept WHERE k.e:Program | k.e] AS programs,
     [k IN kept WHERE k.e:Regulation | k.e] AS regulations, [x IN reports | x.doc] AS docs
CALL (keys, docs) {
  UNWIND docs AS doc
  MATCH (a:Agency)-[r:CARRIES_OUT]->(m:Measure {doc: doc})
  WHERE $includeDefault OR NOT coalesce(r.default, false)
  MATCH (m)-[:PART_OF]->(p:Program)
  WITH a, p, count(DISTINCT m) AS weight
  WHERE a.key IN keys AND p.key IN keys
  RETURN collect({source: a.key, target: p.key, kind: 'DRIVES', weight: weight}) AS drives
}
CALL (keys, docs) {
  UNWIND docs AS doc
  MATCH (m:Measure {doc: doc})-[:CITES]->(r:Regulation)
  MATCH (m)-[:PART_OF]->(p:Program)
  WITH p, r, count(DISTINCT m) AS weight
  WHERE p.key IN keys AND r.key IN keys
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
  RETURN collect({key: j.key, kind: 'Jurisdiction', label: j.name, reports: size(own),
                  years: reduce(s = [], x IN own | CASE WHEN x.year IS NULL OR x.year IN s THEN s ELSE s + x.year END)}) AS places,
         collect(CASE WHEN up IS NULL THEN null ELSE {source: j.key, target: up.key, kind: 'WITHIN', weight: 1} END) AS within
}
CALL (kept) {
  UNWIND kept AS k
  UNWIND k.xs AS x
  WITH k.e.key AS source, x.place AS target, count(*) AS weight WHERE target IS NOT NULL
  RETURN collect({source: source, target: target, kind: 'MENTIONED_IN', weight: weight}) AS mentioned
}
RETURN [k IN kept | {key: k.e.key, kind: labels(k.e)[0], label: k.e.name, reports: size(k.xs),
                     years: reduce(s = [], x IN k.xs | CASE WHEN x.year IS NULL OR x.year IN s THEN s ELSE s + x.year END)}]
       + places AS nodes,
       drives + cites + issued + within + mentioned AS edges,
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
