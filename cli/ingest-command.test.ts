import { describe, expect, it } from 'vitest';
import { ingestWorkers } from './ingest-command.js';

describe('ingestWorkers', () => {
  it('leaves a core to Neo4j on small machines and stops at two threads', () => {
    expect(ingestWorkers(1)).toBe(1);
    expect(ingestWorkers(2)).toBe(1);
    expect(ingestWorkers(3)).toBe(2);
    expect(ingestWorkers(16)).toBe(2);
  });
});
