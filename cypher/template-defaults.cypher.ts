// What the loaded data suggests as the templates' example values: the agency with most measures
// the text gives it, the program with most measures, the most cited regulation, the latest report.

/** One row; every column is null when the graph holds nothing of its kind. */
export const TEMPLATE_DEFAULTS = `CALL () {
  OPTIONAL MATCH (a:Agency)-[r:CARRIES_OUT]->(:Measure) WHERE NOT coalesce(r.default, false)
  WITH a, count(r) AS n ORDER BY n DESC, a.name LIMIT 1
  RETURN a.name AS agency, a.key AS agencyKey
}
CALL () {
  OPTIONAL MATCH (:Measure)-[r:PART_OF]->(p:Program)
  WITH p, count(r) AS n ORDER BY n DESC, p.name LIMIT 1
  RETURN p.name AS program, p.key AS programKey
}
CALL () {
  OPTIONAL MATCH (:Measure)-[c:CITES]->(r:Regulation)
  WITH r, count(c) AS n ORDER BY n DESC, r.name LIMIT 1
  RETURN r.name AS regulation, r.key AS regulationKey
}
CALL () {
  OPTIONAL MATCH (d:Document) WHERE d.complete
  WITH d ORDER BY coalesce(d.reviewedYear, d.year) DESC, d.key LIMIT 1
  RETURN substring(d.key, 9) AS doc
}
CALL () {
  OPTIONAL MATCH (i:Indicator)<-[:OF]-(x:Metric) WHERE NOT coalesce(x.target, false)
  WITH i, count(DISTINCT x.doc) AS n ORDER BY n DESC, i.name LIMIT 1
  RETURN i.name AS indicator
}
CALL () {
  OPTIONAL MATCH (x:Metric) WHERE x.unit IS NOT NULL
  WITH x.unit AS unit, count(x) AS n ORDER BY n DESC, unit LIMIT 1
  RETURN unit
}
RETURN agency, agencyKey, program, programKey, regulation, regulationKey, doc, indicator, unit`;
