// The lists the explorer's pickers offer, each in the scope (see scope.cypher.ts) and with the
// count the view shows for the item: agencies by the measures they carry out, programs by
// their measures. `total` counts the items before the row limit.

import type { Template } from '../graph/types.js';
import { IN_DOCS, SCOPE_DOCS, SCOPE_PARAMS } from './scope.cypher.js';

const PLACES = (docs: string) =>
  `reduce(out = [], x IN [id IN ${docs} | [(d:Document {key: 'Document:' + id})-[:IN]->(j:Jurisdiction) | j.name][0]] | CASE WHEN x IS NULL OR x IN out THEN out ELSE out + x END)`;

export const PICKER_TEMPLATES: Template[] = [
  {
    name: 'agencies-ranked',
    title: '机构列表 Agencies in the scope',
    description:
      "Agencies mentioned or carrying out measures in the scope, with the number of those measures and of their reports, most first. Only measures the text gives them; $includeDefault = true adds those they carry out as the report's author.",
    params: { limit: 1000, includeDefault: false, ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
CALL (docs) {
  MATCH (a:Agency)-[:MENTIONED_IN]->(s:Section) WHERE ${IN_DOCS('s.doc')} RETURN a
  UNION MATCH (a:Agency)-[:CARRIES_OUT]->(m:Measure) WHERE ${IN_DOCS('m.doc')} RETURN a
}
CALL (a, docs) {
  OPTIONAL MATCH (a)-[r:CARRIES_OUT]->(m:Measure)
  WHERE ($includeDefault OR NOT coalesce(r.default, false)) AND ${IN_DOCS('m.doc')}
  RETURN count(DISTINCT m) AS measures, collect(DISTINCT m.doc) AS reports
}
WITH a, measures, reports
ORDER BY measures DESC, a.name
WITH collect({a: a, measures: measures, reports: reports}) AS found
UNWIND found[..toInteger($limit)] AS f
RETURN f.a.key AS key, f.a.name AS name, f.a.jurisdiction AS jurisdiction, ${PLACES('f.reports')} AS places,
       f.measures AS measures, size(f.reports) AS reports, size(found) AS total`,
  },
  {
    name: 'programs-ranked',
    title: '项目列表 Programs in the scope',
    description:
      'Programs with measures in the scope, with the number of those measures and of their reports, most first.',
    params: { limit: 1000, ...SCOPE_PARAMS },
    cypher: `${SCOPE_DOCS}
MATCH (m:Measure)-[:PART_OF]->(p:Program) WHERE ${IN_DOCS('m.doc')}
WITH p, count(DISTINCT m) AS measures, collect(DISTINCT m.doc) AS reports
ORDER BY measures DESC, p.name
WITH collect({p: p, measures: measures, reports: reports}) AS found
UNWIND found[..toInteger($limit)] AS f
RETURN f.p.key AS key, f.p.name AS name, ${PLACES('f.reports')} AS places,
       f.measures AS measures, size(f.reports) AS reports, size(found) AS total`,
  },
];
