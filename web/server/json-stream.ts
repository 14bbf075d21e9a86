// Serializes a large view graph as a stream of JSON chunks, yielding to the event loop between
// chunks, so one big answer does not hold up the requests that arrive while it is written.

import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ViewGraph } from '../../graph/types.js';

/** Items serialized per chunk: small enough that one chunk takes a few milliseconds. */
const CHUNK = 500;

async function* chunks(view: ViewGraph): AsyncGenerator<string> {
  for (const part of ['nodes', 'edges'] as const) {
    const items: readonly unknown[] = view[part];
    yield part === 'nodes' ? '{"nodes":[' : '],"edges":[';
    for (let i = 0; i < items.length; i += CHUNK) {
      yield `${i > 0 ? ',' : ''}${items
        .slice(i, i + CHUNK)
        .map((item) => JSON.stringify(item))
        .join(',')}`;
      await nextTurn();
    }
  }
  yield ']}';
}

/** The graph as JSON, {nodes, edges}, in a readable stream of chunks. */
export function graphJsonStream(view: ViewGraph): Readable {
  return Readable.from(chunks(view), { objectMode: false });
}
