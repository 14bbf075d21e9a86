// Types the bundler knows but TypeScript cannot find: Vite's client types (CSS imports),
// @neo4j-cypher/codemirror (its exports map lacks "types") and graphology-gexf's bare writer.

/// <reference types="vite/client" />

declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}

// graphology-gexf's writer alone: its browser entry also loads the parser, which needs DOMParser
// at import time, so the pure writer could not be tested without a DOM.
declare module 'graphology-gexf/common/writer.js' {
  const write: typeof import('graphology-gexf/browser').write;
  export default write;
}
