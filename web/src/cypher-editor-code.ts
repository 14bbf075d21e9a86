// The editor's own code, split from the page's script: CodeMirror with Neo4j's Cypher support
// and its style sheet. Imported only by cypher-editor.ts, with import().

import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';

export { createCypherEditor } from '@neo4j-cypher/codemirror';
