import { describe, expect, it } from 'vitest';
import { GovkgError } from '../../graph/errors.js';
import { ConsoleBusyError, type ConsoleLimits, createConsoleGate } from './console-gate.js';

const FULL = { timeoutMs: 2000, cpuMs: 1000 };
const gate = () => createConsoleGate({ slots: 1, queue: 1, burstMs: 50, limits: FULL });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A query that needs `ms` of time: past a shorter limit it fails as Neo4j's would, with QUERY_TIMEOUT. */
function query(ms: number, seen: ConsoleLimits[] = []) {
  return async (limits: ConsoleLimits) => {
    seen.push(limits);
    if (limits.timeoutMs < ms) {
      await sleep(limits.timeoutMs);
      throw new GovkgError('QUERY_TIMEOUT', 'past its limit');
    }
    await sleep(ms);
    return ms;
  };
}

describe('the console gate', () => {
  it('gives a free slot the full limits', async () => {
    const seen: ConsoleLimits[] = [];
    expect(await gate().run(query(10, seen))).toBe(10);
    expect(seen).toEqual([FULL]);
  });

  it('runs a short query at once while the slot is taken, with the burst limit', async () => {
    const g = gate();
    const long = g.run(query(400));
    const seen: ConsoleLimits[] = [];
    const started = Date.now();
    expect(await g.run(query(5, seen))).toBe(5);
    expect(Date.now() - started).toBeLessThan(300);
    expect(seen).toEqual([{ timeoutMs: 50, planTimeoutMs: 2000 }]);
    expect(g.state()).toEqual({ running: 1, waiting: 0 });
    await long;
  });

  it('queues a long query past its burst and runs it again with the full limits when the slot frees', async () => {
    const g = gate();
    const first = g.run(query(300));
    const seen: ConsoleLimits[] = [];
    const second = g.run(query(200, seen));
    await sleep(200);
    expect(g.state()).toEqual({ running: 1, waiting: 1 });
    expect(await first).toBe(300);
    expect(await second).toBe(200);
    expect(seen).toEqual([{ timeoutMs: 50, planTimeoutMs: 2000 }, FULL]);
    expect(g.state()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a third long query with CONSOLE_BUSY and a Retry-After, while the queue is full', async () => {
    const g = gate();
    const first = g.run(query(1500));
    const second = g.run(query(300));
    await sleep(120);
    const started = Date.now();
    const third = await g.run(query(300)).catch((error: unknown) => error);
    expect(third).toBeInstanceOf(ConsoleBusyError);
    expect((third as ConsoleBusyError).code).toBe('CONSOLE_BUSY');
    expect((third as ConsoleBusyError).retryAfterS).toBe(2);
    expect(Date.now() - started).toBeLessThan(400);
    await Promise.all([first, second]);
  });

  it('passes on errors other than the burst limit at once, without queueing', async () => {
    const g = gate();
    const long = g.run(query(300));
    const failing = g.run(async () => {
      throw new GovkgError('QUERY_FAILED', 'syntax');
    });
    await expect(failing).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    expect(g.state().waiting).toBe(0);
    await long;
  });
});
