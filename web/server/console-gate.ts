// Admission of console (user) Cypher queries: a few run with the full limits at once, any other
// runs right away with a short limit, and one that needs longer waits in a short queue or is
// refused (CONSOLE_BUSY). The app's own queries (search, views) never pass through here.

import { READ_QUERY_DEFAULTS } from '../../cypher/read-query.js';
import { GovkgError } from '../../graph/errors.js';

/** The limits a console query runs under. */
export interface ConsoleLimits {
  timeoutMs: number;
  /** CPU time the query may use, enforced by the embedded server's watchdog. */
  cpuMs?: number | undefined;
  /** Time limit of planning the query (EXPLAIN), when it differs from timeoutMs. */
  planTimeoutMs?: number | undefined;
}

export interface ConsoleGateOptions {
  /** Console queries that may run with the full limits at once. */
  slots: number;
  /** Queries that may wait for a slot; more are refused with CONSOLE_BUSY. */
  queue: number;
  /** Time limit of a query run while every slot is taken, in ms. */
  burstMs: number;
  /** The full limits, given to a query that holds a slot. */
  limits: ConsoleLimits;
}

/** The server is running as many long console queries as it allows; retry after `retryAfterS`. */
export class ConsoleBusyError extends GovkgError {
  readonly retryAfterS: number;

  constructor(message: string, retryAfterS: number) {
    super('CONSOLE_BUSY', message);
    this.retryAfterS = retryAfterS;
  }
}

export interface ConsoleGate {
  /**
   * Runs `task` with the limits it is given: the full ones when a slot is free; otherwise the
   * short burst limit at once and, if that is not enough, the full ones again once a slot frees.
   * @throws ConsoleBusyError when the query needs a slot and the queue is full or the wait too long
   */
  run<T>(task: (limits: ConsoleLimits) => Promise<T>): Promise<T>;
  /** Queries holding a slot, and queries waiting for one. */
  state(): { running: number; waiting: number };
}

/** The burst run ended by its time limit: the query needs a slot. */
const OVERRUN = Symbol('overrun');

const isOverrun = (error: unknown) =>
  error instanceof GovkgError && (error.code === 'QUERY_TIMEOUT' || error.code === 'QUERY_CPU_LIMIT');

/** Creates the gate of one server. */
export function createConsoleGate(options: ConsoleGateOptions): ConsoleGate {
  const deadlines = new Set<{ until: number }>();
  const waiting: (() => void)[] = [];

  const retryAfterS = () => {
    const soonest = Math.min(...[...deadlines].map((d) => d.until));
    return Math.max(1, Math.ceil((Number.isFinite(soonest) ? soonest - Date.now() : 1000) / 1000));
  };
  const busy = (why: string) =>
    new ConsoleBusyError(
      `${why}: ${options.slots} long console ${options.slots === 1 ? 'query runs' : 'queries run'} at once on this server; retry in ${retryAfterS()} s`,
      retryAfterS(),
    );

  const holdSlot = async <T>(task: (limits: ConsoleLimits) => Promise<T>): Promise<T> => {
    const slot = { until: Date.now() + options.limits.timeoutMs };
    deadlines.add(slot);
    try {
      return await task(options.limits);
    } finally {
      deadlines.delete(slot);
      waiting.shift()?.();
    }
  };

  /**
   * Waits for a free slot, at most one full time limit and the grace a query's answer may take
   * past it (READ_QUERY_DEFAULTS.graceMs); false when it did not come.
   */
  const waitForSlot = () =>
    new Promise<boolean>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(
        () => {
          const at = waiting.indexOf(wake);
          if (at >= 0) waiting.splice(at, 1);
          resolve(false);
        },
        options.limits.timeoutMs + READ_QUERY_DEFAULTS.graceMs + options.burstMs,
      );
      waiting.push(wake);
    });

  /** Runs `task` under the burst limit; planning keeps the full one (a cold plan is not the query's cost). */
  const burst = <T>(task: (limits: ConsoleLimits) => Promise<T>): Promise<T | typeof OVERRUN> =>
    task({ timeoutMs: options.burstMs, planTimeoutMs: options.limits.timeoutMs }).catch(
      (error: unknown): typeof OVERRUN => {
        if (isOverrun(error)) return OVERRUN;
        throw error;
      },
    );

  return {
    async run(task) {
      if (deadlines.size < options.slots && waiting.length === 0) return holdSlot(task);
      const quick = await burst(task);
      if (quick !== OVERRUN) return quick;
      if (waiting.length >= options.queue) throw busy('the query needs longer than a busy server allows');
      while (deadlines.size >= options.slots) {
        if (!(await waitForSlot())) throw busy('no console slot came free in time');
      }
      return holdSlot(task);
    },
    state: () => ({ running: deadlines.size, waiting: waiting.length }),
  };
}
