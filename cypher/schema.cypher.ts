// Schema statements: a uniqueness constraint on the key of each node kind, and a full-text
// index with the cjk analyzer over names and aliases. All idempotent (IF NOT EXISTS).

import { NODE_KINDS } from '../graph/types.js';

export const CONSTRAINTS = NODE_KINDS.map(
  (kind) => `CREATE CONSTRAINT ${kind.toLowerCase()}_key IF NOT EXISTS FOR (n:${kind}) REQUIRE n.key IS UNIQUE`,
);

export const INDEXES = [
  'CREATE INDEX section_doc IF NOT EXISTS FOR (n:Section) ON (n.doc)',
  // The loader's look-up of the versions read from the same file (DOCUMENT_STATE).
  'CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file)',
  'CREATE INDEX measure_doc IF NOT EXISTS FOR (n:Measure) ON (n.doc)',
  'CREATE INDEX metric_doc IF NOT EXISTS FOR (n:Metric) ON (n.doc)',
  'CREATE INDEX metric_unit IF NOT EXISTS FOR (n:Metric) ON (n.unit)',
  'CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name)',
  'CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name)',
  'CREATE INDEX regulation_name IF NOT EXISTS FOR (n:Regulation) ON (n.name)',
  'CREATE INDEX metric_indicator IF NOT EXISTS FOR (n:Metric) ON (n.indicator)',
  'CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) ON (n.name)',
];

export const FULLTEXT_INDEX = `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Agency|Program|Regulation|Measure) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`;

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(120)';
