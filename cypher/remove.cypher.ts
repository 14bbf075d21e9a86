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

/**
 * The entities (Agency, Program, Regulation) the document touches: those its sections mention, those
 * its measures link to, and both ends of the shared relationships it states. Candidates for
 * deletion once the document lets go of them.
 */
export const HELD_ENTITIES = `
CALL () {
  MATCH (:Section {doc: $doc})<-[:MENTIONED_IN]-(e) RETURN e
  UNION MATCH (:Measure {doc: $doc})--(e) WHERE e:Agency OR e:Program OR e:Regulation RETURN e
  UNION MATCH (e)-[r]-(:Agency|Program|Regulation) WHERE (e:Agency OR e:Program OR e:Regulation) AND $doc IN r.docs
    RETURN e
}
RETURN collect(DISTINCT e.key) AS keys`;

/**
 * The document lets go of every relationship between shared nodes (entities, jurisdictions) that
 * lists it; one no other document states any more is deleted.
 */
export const RELEASE_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
WHERE (a:Agency OR a:Program OR a:Regulation OR a:Jurisdiction)
  AND (b:Agency OR b:Program OR b:Regulation OR b:Jurisdiction) AND $doc IN r.docs
WITH r, [d IN r.docs WHERE d <> $doc] AS rest
FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET r.docs = rest)`;
