// Questions across reports, as named templates: a program through time, an indicator as a series,
// regulations ranked by the reports citing them, two reports side by side. Each takes the scope
// ($doc: a report id; $place: a Jurisdiction key, with $below = 1 for the levels below it; $from,
// $to: reviewed years) where '' and 0 mean "any". Every value is a $parameter; rows are bounded.

import type { Template } from '../graph/types.js';
import { IN_SCOPE, SCOPE_PARAMS, YEAR } from './scope.cypher.js';

const PLACE = (d: string) => `[(${d})-[:IN]->(j:Jurisdiction) | j.chain][0]`;

export const PROGRAM_TIMELINE = `CALL () {
  MATCH (p:Program {key: $program}) RETURN p
  UNION MATCH (p:Program {name: $program}) RETURN p
}
// The program's measures by report, read once from the program (not report by report).
CALL (p) {
  MATCH (m:Measure)-[:PART_OF]->(p)
  WITH m ORDER BY m.start
  WITH m.doc AS doc, count(m) AS measureCount, collect(m.text)[..5] AS measures
  RETURN collect({doc: doc, measureCount: measureCount, measures: measures}) AS byDoc
}
MATCH (p)-[:MENTIONED_IN]->(s:Section)
WITH p, byDoc, s.doc AS doc, count(*) AS mentions
MATCH (d:Document {key: 'Document:' + doc})
WHERE d.complete AND ${IN_SCOPE('d')}
WITH p, d, mentions, [x IN byDoc WHERE x.doc = doc][0] AS own
RETURN p.name AS program, substring(d.key, 9) AS document, ${YEAR('d')} AS year, ${PLACE('d')} AS place,
       mentions, coalesce(own.measureCount, 0) AS measureCount, coalesce(own.measures, []) AS measures
ORDER BY year, place, document
LIMIT 300`;

export const INDICATOR_SERIES = `MATCH (i:Indicator {name: $indicator})<-[:OF]-(x:Metric)
WHERE x.measure = $measure AND NOT coalesce(x.target, false)
MATCH (d:Document {key: 'Document:' + x.doc})-[:IN]->(j:Jurisdiction)
WHERE d.complete AND ($places = '' OR j.key IN split($places, '|')) AND ${IN_SCOPE('d')}
WITH j, ${YEAR('d')} AS year, x ORDER BY x.doc, x.start
WITH j, year, collect(x)[0] AS x
RETURN j.key AS placeKey, j.chain AS place, year, x.seriesValue AS value, x.seriesUnit AS unit,
       x.sentence AS evidence, x.doc AS document, x.section AS section
ORDER BY place, year
LIMIT 500`;

export const REGULATIONS_RANKED = `MATCH (r:Regulation)-[:MENTIONED_IN]->(s:Section)
// Grouped by report first: each report is looked up by its key, checked against the scope and
// placed once, not once per regulation it cites.
WITH DISTINCT r, s.doc AS doc
WITH doc, collect(r) AS regulations
MATCH (d:Document {key: 'Document:' + doc})
WHERE d.complete AND ${IN_SCOPE('d')}
WITH d, regulations, ${YEAR('d')} AS year, ${PLACE('d')} AS place
UNWIND regulations AS r
WITH r, d, year, place ORDER BY year, d.key
WITH r, collect({year: year, at: place + ' ' + coalesce(toString(year), '')}) AS cited
WITH r, cited, size(cited) AS reports ORDER BY reports DESC, r.name
LIMIT 200
RETURN r.key AS key, r.name AS regulation, reports,
       [(r)-[:ISSUED_BY]->(a) | a.name] AS issuers,
       reduce(s = [], y IN [c IN cited | c.year] | CASE WHEN y IS NULL OR y IN s THEN s ELSE s + y END) AS years,
       [c IN cited | c.at][..20] AS citedIn`;

export const COMPARE_REPORTS = `CALL () {
  OPTIONAL MATCH (p:Program)-[:MENTIONED_IN]->(:Section {doc: $a}) RETURN collect(DISTINCT p.name) AS before
}
CALL () {
  OPTIONAL MATCH (p:Program)-[:MENTIONED_IN]->(:Section {doc: $b}) RETURN collect(DISTINCT p.name) AS after
}
CALL (before, after) {
  UNWIND before + [n IN after WHERE NOT n IN before] AS name
  RETURN 'Program' AS kind, name,
         CASE WHEN name IN before AND name IN after THEN 'kept' WHEN name IN after THEN 'new' ELSE 'dropped' END AS change,
         null AS measure, null AS valueA, null AS valueB, null AS unit
  UNION
  MATCH (xa:Metric {doc: $a})-[:OF]->(i:Indicator)<-[:OF]-(xb:Metric {doc: $b})
  WHERE xa.measure = xb.measure AND xa.seriesUnit = xb.seriesUnit
    AND NOT coalesce(xa.target, false) AND NOT coalesce(xb.target, false)
  WITH i, xa, xb ORDER BY xa.start, xb.start
  WITH i, xa.measure AS measure, collect(xa)[0] AS xa, collect(xb)[0] AS xb
  RETURN 'Indicator' AS kind, i.name AS name,
         CASE WHEN xb.seriesValue > xa.seriesValue THEN 'up' WHEN xb.seriesValue < xa.seriesValue THEN 'down' ELSE 'same' END AS change,
         measure, xa.seriesValue AS valueA, xb.seriesValue AS valueB, xa.seriesUnit AS unit
}
RETURN kind, change, name, measure, valueA, valueB, unit
ORDER BY kind DESC, change, name
LIMIT 1000`;

/** Jurisdictions with their reports: for the scope control. */
export const JURISDICTIONS = `MATCH (j:Jurisdiction)
OPTIONAL MATCH (j)-[:WITHIN]->(parent:Jurisdiction)
OPTIONAL MATCH (d:Document)-[:IN]->(j) WHERE d.complete
WITH j, parent, collect(${YEAR('d')}) AS years, count(d) AS reports
RETURN j.key AS key, j.name AS name, j.chain AS chain, j.level AS level, parent.key AS parent, reports,
       reduce(m = null, y IN years | CASE WHEN m IS NULL OR y < m THEN y ELSE m END) AS firstYear,
       reduce(m = null, y IN years | CASE WHEN m IS NULL OR y > m THEN y ELSE m END) AS lastYear
ORDER BY j.chain
LIMIT 2000`;

/** Indicators with the number of reported points, most reported first: for the series picker. */
export const INDICATORS = `MATCH (i:Indicator)<-[:OF]-(x:Metric)
WHERE NOT coalesce(x.target, false)
WITH i, count(DISTINCT x.doc) AS reports, collect(DISTINCT x.measure) AS measures
RETURN i.name AS name, reports, measures
ORDER BY reports DESC, name
LIMIT 500`;

export const CORPUS_TEMPLATES: Template[] = [
  {
    name: 'program-timeline',
    title: '项目时间线 Program through time',
    description: 'The reports and years that mention a program, with its measures in each; first and last year.',
    params: { program: '', ...SCOPE_PARAMS },
    cypher: PROGRAM_TIMELINE,
  },
  {
    name: 'indicator-series',
    title: '指标序列 Indicator series',
    description:
      'Values of one indicator by year for each place (or the places in $places, keys joined by |), reported results only, with the sentence of each point.',
    params: { indicator: '', measure: 'growth', places: '', ...SCOPE_PARAMS },
    cypher: INDICATOR_SERIES,
  },
  {
    name: 'regulations-ranked',
    title: '法规排名 Regulations by reports citing them',
    description: 'Regulations ranked by the number of reports that cite them, with issuers and years.',
    params: { ...SCOPE_PARAMS },
    cypher: REGULATIONS_RANKED,
  },
  {
    name: 'compare-reports',
    title: '两份报告对比 Two reports side by side',
    description: 'Programs new, dropped and kept from report $a to report $b, and the indicators that moved.',
    params: { a: '', b: '' },
    cypher: COMPARE_REPORTS,
  },
];
