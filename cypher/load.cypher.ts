// Cypher of the loader. Labels and relationship types come from the closed lists of the
// ontology (graph/types.ts), never from input; every value is a $parameter.

import type { EdgeKind, NodeKind } from '../graph/types.js';

/**
 * Prefix of the write statements: each is planned once, with interpreted expressions, and its
 * plan kept as the store grows. Otherwise Neo4j plans a statement again when it has run a few
 * times (to compile its expressions to bytecode, which gains nothing for a row's fields and a map
 * of properties) and whenever the store's statistics moved (the plans of these statements, seeks
 * by key or id, do not depend on them): in a JFR recording of bench:corpus those plannings took
 * about 5% of the Bolt workers' CPU for the corpus.
 */
const INTERPRETED = 'CYPHER expressionEngine=interpreted replan=skip';

/**
 * The stored version of a document, and the other documents last read from the same file: the
 * versions the document replaces.
 */
export const DOCUMENT_STATE = `
OPTIONAL MATCH (d:Document {key: $key})
OPTIONAL MATCH (old:Document {file: $file}) WHERE old.key <> $key
RETURN d IS NOT NULL AS stored, d.contentHash AS contentHash, d.complete AS complete, d.file AS file,
       collect(old.key) AS replaced`;

export const SET_DOCUMENT_FILE = `
MATCH (d:Document {key: $key})
SET d.file = $file`;

export const DELETE_OWN_NODES = [
  ...['Section', 'Measure', 'Metric'].map((label) => `MATCH (n:${label} {doc: $doc}) DETACH DELETE n`),
  `MATCH (:Document {key: 'Document:' + $doc})-[r:IN]->() DELETE r`,
];

/** Documents, marked incomplete until their last statement (COMPLETE_DOCUMENTS) runs. */
export const MERGE_DOCUMENTS = `${INTERPRETED}
UNWIND $rows AS row
MERGE (d:Document {key: row.key})
SET d += row.props, d.published = CASE WHEN row.published IS NULL THEN null ELSE date(row.published) END,
    d.complete = false`;

export const COMPLETE_DOCUMENTS = `${INTERPRETED}
UNWIND $keys AS key
MATCH (d:Document {key: key})
SET d.complete = true, d.loadedAt = datetime()`;

/**
 * The internal id of each node a node statement wrote, by key: its relationships are then written
 * with an id look-up (createEdgesById, mergeEdgesById) instead of a key index seek per end.
 */
const RETURN_IDS = 'RETURN row.key AS key, id(n) AS id';

/** `n`, the node of `key` among `labels`, each looked up through its label's key index. */
const nodeOfKey = (labels: readonly NodeKind[]) => `CALL (key) {
  ${labels.map((label) => `MATCH (n:${label} {key: key}) RETURN n`).join('\n  UNION ')}
}`;

/**
 * The name each document gives a shared node is kept in `namedBy` as `doc<TAB>name` entries, in
 * document order; the node is named by the name most documents give it, the shortest and then the
 * first in code-point order when tied (graph/build-graph.ts modalName), so that the name does not depend on the order
 * documents are loaded or removed in. `entries` is a Cypher list of such entries; returns the
 * statement part that sets n.namedBy and n.name from it and keeps every other name among the
 * aliases.
 */
const setNamedBy = (entries: string, aliases: string) => `CALL (n, row) {
  UNWIND ${entries} AS entry
  WITH entry ORDER BY entry
  RETURN collect(entry) AS namedBy
}
CALL (namedBy) {
  UNWIND namedBy AS entry
  WITH split(entry, '\t')[1] AS name, count(*) AS documents
  ORDER BY documents DESC, size(name), name
  RETURN head(collect(name)) AS name
}
WITH n, row, namedBy, coalesce(name, n.name) AS name, n.name AS before
SET n.namedBy = namedBy, n.name = name,
    n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + ${aliases} + [before] |
      CASE WHEN a IS NULL OR a IN acc OR a = name THEN acc ELSE acc + a END)
SET n.aliasText = reduce(t = '', a IN n.aliases | t + ' ' + a)`;

export const mergeEntities = (label: NodeKind) => `${INTERPRETED}
UNWIND $rows AS row
MERGE (n:${label} {key: row.key})
WITH n, row, n.name AS held
SET n += row.props, n.name = coalesce(held, row.props.name)
WITH n, row
${setNamedBy(`[e IN coalesce(n.namedBy, []) WHERE NOT e STARTS WITH row.doc + '\t'] + [row.doc + '\t' + row.props.name]`, 'row.aliases + [row.props.name]')}
${RETURN_IDS}`;

/**
 * A document lets go of the names it gave the shared nodes it touched ($keys): each is named
 * again by the documents that still state it. A node no other document names keeps its name (it
 * is deleted as an orphan unless another document links to it).
 */
export const RELEASE_NAMES = `
UNWIND $keys AS key
${nodeOfKey(['Agency', 'Program', 'Regulation', 'Jurisdiction'])}
WITH n, {doc: $doc} AS row
WHERE any(e IN coalesce(n.namedBy, []) WHERE e STARTS WITH row.doc + '\t')
${setNamedBy(`[e IN n.namedBy WHERE NOT e STARTS WITH row.doc + '\t']`, '[]')}`;

export const createOwnNodes = (label: NodeKind) => `${INTERPRETED}
UNWIND $rows AS row
MERGE (n:${label} {key: row.key})
SET n += row.props
${RETURN_IDS}`;

/**
 * Nodes of documents never stored before (write-rows.ts storeNewDocuments): CREATE, no look-up.
 * Another ingest storing the same document meanwhile makes the key constraint fail the whole
 * group, which is then stored again document by document.
 */
export const createNewNodes = (label: NodeKind) => `${INTERPRETED}
UNWIND $rows AS row
CREATE (n:${label} {key: row.key})
SET n += row.props
${RETURN_IDS}`;

/**
 * Relationships with an end among the nodes just created (createNewNodes): none can exist yet,
 * and an extraction holds each (type, source, target) once, so CREATE without the MERGE's
 * expansion and locks of both ends.
 */
export const createNewEdges = (kind: EdgeKind, source: NodeKind, target: NodeKind) => `${INTERPRETED}
UNWIND $rows AS row
MATCH (a:${source} {key: row.source})
MATCH (b:${target} {key: row.target})
CREATE (a)-[r:${kind} {docs: [row.doc]}]->(b)
SET r += row.props`;

/**
 * createNewEdges between nodes written in the same transaction, found by the ids their node
 * statements returned (RETURN_IDS): no index seek, and one statement text per type.
 */
export const createEdgesById = (kind: EdgeKind) => `${INTERPRETED}
UNWIND $rows AS row
MATCH (a) WHERE id(a) = row.a
MATCH (b) WHERE id(b) = row.b
CREATE (a)-[r:${kind} {docs: [row.doc]}]->(b)
SET r += row.props`;

/** mergeEdges between nodes found by their ids (createEdgesById). */
export const mergeEdgesById = (kind: EdgeKind) => `${INTERPRETED}
UNWIND $rows AS row
MATCH (a) WHERE id(a) = row.a
MATCH (b) WHERE id(b) = row.b
MERGE (a)-[r:${kind}]->(b)
SET r += row.props
SET r.docs = CASE WHEN row.doc IN coalesce(r.docs, []) THEN r.docs ELSE coalesce(r.docs, []) + row.doc END`;

export const mergeEdges = (kind: EdgeKind, source: NodeKind, target: NodeKind) => `${INTERPRETED}
UNWIND $rows AS row
MATCH (a:${source} {key: row.source})
MATCH (b:${target} {key: row.target})
MERGE (a)-[r:${kind}]->(b)
SET r += row.props
SET r.docs = CASE WHEN row.doc IN coalesce(r.docs, []) THEN r.docs ELSE coalesce(r.docs, []) + row.doc END`;

/** Entities of `keys` nothing points to any more; each key is looked up through its label's key index. */
export const DELETE_ORPHANS = `
UNWIND $keys AS key
${nodeOfKey(['Agency', 'Program', 'Regulation'])}
WITH n WHERE NOT (n)--()
DELETE n`;

/** Indicators no metric is OF any more, and jurisdictions with no document IN them or below them. */
export const DELETE_UNUSED_PLACES = `
CALL () {
  MATCH (i:Indicator) WHERE NOT ()-[:OF]->(i) RETURN i AS n
  UNION MATCH (j:Jurisdiction) WHERE NOT (:Document)-[:IN]->(:Jurisdiction)-[:WITHIN*0..]->(j) RETURN j AS n
}
DETACH DELETE n`;

export const DELETE_DOCUMENT = `
MATCH (d:Document {key: $key}) DETACH DELETE d`;
