// Cypher of document removal. Every relationship the loader writes carries the list of documents
// that state it (`docs`); removal takes one document out of those lists. All values are $parameters.

/** The stored document, its file and whether it was loaded to the end. */
export const FIND_DOCUMENT = `
MATCH (d:Document {key: $key})
RETURN d.key AS key, d.file AS file, d.name AS name`;

/** Documents read from a file: what `govkg remove <file>` stands for. */
export const DOCUMENTS_OF_FILE = `
MATCH (d:Document {file: $file})
RETURN d.key AS key`;

/** Node kinds shared by documents and linked to one another (graph/types.ts). */
const SHARED = ['Agency', 'Program', 'Regulation', 'Jurisdiction'] as const;

/**
 * The shared nodes the document touches: the entities its sections mention and its measures link
 * to, and the jurisdictions it is in with those above them. Candidates for deletion once the
 * document lets go of them, and the anchors of the shared relationships it states. Each is found
 * from the document's own nodes by index, never by a scan of the whole graph.
 */
export const HELD_ENTITIES = `
CALL () {
  MATCH (:Section {doc: $doc})<-[:MENTIONED_IN]-(e) RETURN e
  UNION MATCH (:Measure {doc: $doc})--(e) WHERE e:Agency OR e:Program OR e:Regulation RETURN e
  UNION MATCH (:Document {key: 'Document:' + $doc})-[:IN]->(:Jurisdiction)-[:WITHIN*0..]->(e) RETURN e
}
RETURN collect(DISTINCT e.key) AS keys`;

/**
 * The document lets go of every relationship between shared nodes that lists it in `docs`
 * (ISSUED_BY, ESTABLISHED, CARRIES_OUT to a program, WITHIN…), found from the nodes it holds
 * ($keys); one no other document states any more is deleted. Returns the keys at both ends: a
 * node only this document linked (a report's implied author) may now be an orphan.
 */
export const RELEASE_RELATIONSHIPS = `
UNWIND $keys AS key
CALL (key) {
  ${SHARED.map((label) => `MATCH (:${label} {key: key})-[r]-(:${SHARED.join('|')}) RETURN r`).join('\n  UNION ')}
}
WITH DISTINCT r WHERE $doc IN r.docs
WITH r, startNode(r).key AS a, endNode(r).key AS b, [d IN r.docs WHERE d <> $doc] AS rest
FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.docs = rest)
WITH collect(a) + collect(b) AS ends
UNWIND ends AS key
RETURN collect(DISTINCT key) AS keys`;
