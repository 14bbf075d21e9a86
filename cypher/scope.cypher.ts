// The scope every view, search and picker follows: one report ($doc, its id), a jurisdiction
// ($place, a Jurisdiction key, with $below = 1 for the levels below it), reviewed years ($from,
// $to), or all ('' and 0 mean "any"). Applied through Document -[:IN]-> Jurisdiction and the
// report's year; the Cypher fragments here are pasted into the templates, so a view's Cypher
// shows the scope it ran with.

/** The year a report reviews: `reviewedYear` when read, else `year`. */
export const YEAR = (d: string) => `coalesce(${d}.reviewedYear, ${d}.year)`;

/** Whether document `d` is in the scope. */
export const IN_SCOPE = (d: string) => `($doc = '' OR ${d}.key = 'Document:' + $doc)
  AND ($from = 0 OR ${YEAR(d)} >= $from) AND ($to = 0 OR ${YEAR(d)} <= $to)
  AND ($place = '' OR EXISTS {
    MATCH (${d})-[:IN]->(j:Jurisdiction)
    WHERE j.key = $place OR ($below = 1 AND EXISTS { (j)-[:WITHIN*1..4]->(:Jurisdiction {key: $place}) })
  })`;

/** The scope parameters with their "any" values: every scoped template takes them. */
export const SCOPE_PARAMS = { doc: '', place: '', below: 1, from: 0, to: 0 };

/**
 * Binds `docs`: the ids of the complete reports in the scope, or null when the scope is all
 * (nothing is left out then). Rows are kept with `IN_DOCS`.
 */
export const SCOPE_DOCS = `CALL () {
  OPTIONAL MATCH (d:Document) WHERE d.complete AND ${IN_SCOPE('d')}
  RETURN CASE WHEN $doc = '' AND $place = '' AND $from = 0 AND $to = 0 THEN null
              ELSE collect(substring(d.key, 9)) END AS docs
}`;

/** Whether the document id `doc` (an expression) is in the scope bound by SCOPE_DOCS. */
export const IN_DOCS = (doc: string) => `CASE WHEN docs IS NULL THEN true ELSE ${doc} IN docs END`;

/** Whether node `n` belongs to the scope: its report is in it, or a report in it mentions it. */
export const NODE_IN_DOCS = (n: string) => `CASE
    WHEN docs IS NULL THEN true
    WHEN ${n}:Jurisdiction OR ${n}:Indicator THEN true
    WHEN ${n}:Document THEN substring(${n}.key, 9) IN docs
    WHEN ${n}.doc IS NOT NULL THEN ${n}.doc IN docs
    ELSE EXISTS { MATCH (${n})-[:MENTIONED_IN]->(s:Section) WHERE s.doc IN docs }
  END`;

/** The report of the document id `doc` (an expression) as place and year: 宝安区 2022. */
export const REPORT = (doc: string) =>
  `COLLECT { MATCH (rd:Document {key: 'Document:' + ${doc}})
    RETURN trim(coalesce([(rd)-[:IN]->(rj:Jurisdiction) | rj.name][0], rd.region, '') + ' ' + coalesce(toString(${YEAR('rd')}), '')) }[0]`;
