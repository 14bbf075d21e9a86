// The answers of /api/overview, kept while the stored reports stay the same (their version is one
// small query), and the overview of all reports computed ahead: when the server starts and whenever
// the version changes (a report stored, replaced or removed, by this server or by `govkg ingest`)
// and then stays the same for a few checks, one every `pollMs`. Computing ahead never blocks a
// request: one arriving meanwhile awaits the same computation.

import type { Database } from '../../cypher/database.js';
import { type Overview, type OverviewOptions, readOverview, readOverviewVersion } from '../../cypher/overview.js';
import { scopeOf } from './corpus-routes.js';
import { type KeptAnswers, keptOr, NO_KEPT_ANSWERS } from './kept-answers.js';
import type { LayoutPool } from './layout-pool.js';

/** The query string of /api/overview, as validated by its route. */
export interface OverviewQuery {
  doc?: string;
  place?: string;
  below?: number;
  from?: number;
  to?: number;
  cap?: number;
  includeDefault?: number;
  measures?: number;
}

/** The query of the page's first view: all reports, default settings. */
export const FIRST_VIEW: OverviewQuery = {};

export interface OverviewCache {
  /** The laid-out overview for `query` at the store's current version. */
  get(query: OverviewQuery): Promise<Overview>;
  /**
   * Computes the first view for the current version unless it is kept or under way; while a
   * computation ahead runs, returns it (a version changed meanwhile is seen by the next call).
   */
  warm(): Promise<void>;
  /** Overviews computed to the end so far (an answer kept or shared counts once). */
  readonly computed: number;
  /** Stops checking the version; the computation under way, if any, is awaited. */
  close(): Promise<void>;
}

/** Most answers kept, the least recently used dropped first. */
const CACHED = 16;

/** Checks in a row that must see the same version before its overview is computed ahead. */
const SETTLED_CHECKS = 2;

function optionsOf(q: OverviewQuery): OverviewOptions {
  return {
    ...scopeOf(q),
    cap: q.cap ?? 400,
    includeDefault: q.includeDefault === 1,
    measures: q.measures === 1,
  };
}

/**
 * Fed the version seen at each check, says whether to compute ahead now: at the first check, and
 * once a version has been seen `checks` times in a row after the first time, or more while the
 * versions change at a steady pace: twice as many as the longest of the last RECENT versions
 * lasted, up to `cap`. An ingest stores a group of reports every few seconds, and a group slower
 * than two checks would otherwise have the overview of every such version computed, each taking
 * Neo4j's CPU from the ingest.
 */
export function settledVersions(checks: number, cap = 15): (version: string) => boolean {
  let last: string | null = null;
  let same = 0;
  const lasted: number[] = [];
  return (version) => {
    const first = last === null;
    if (version === last) {
      same++;
    } else {
      if (!first) lasted.push(Math.min(cap, same + 1));
      if (lasted.length > RECENT) lasted.shift();
      same = 0;
    }
    last = version;
    return first || same >= Math.min(cap, Math.max(checks, 2 * Math.max(0, ...lasted)));
  };
}

/** Versions whose lengths set how long the next must stay the same (settledVersions). */
const RECENT = 5;

const isFirstView = (query: OverviewQuery) =>
  JSON.stringify(optionsOf(query)) === JSON.stringify(optionsOf(FIRST_VIEW));

/**
 * @param options.pollMs how often the version is checked to compute the first view ahead; 0 (the
 *   default) computes nothing ahead
 * @param options.alongside the page's other first calls, run beside each computation ahead (a
 *   new version), so the first page finds them planned and their answers kept
 * @param options.onError where a failed computation ahead is reported (the next check tries again)
 * @param options.onDisk where the first view is kept between starts (default: nowhere)
 */
export function createOverviewCache(
  db: Database,
  layouts: LayoutPool,
  options: {
    pollMs?: number;
    alongside?: () => Promise<unknown>;
    onError?: (error: unknown) => void;
    onDisk?: KeptAnswers;
  } = {},
): OverviewCache {
  const kept = new Map<string, Promise<Overview>>();
  let computed = 0;
  let warming: Promise<void> | null = null;
  let warmed = '';
  let closed = false;

  const compute = async (query: OverviewQuery): Promise<Overview> => {
    const overview = await readOverview(db, optionsOf(query));
    const laidOut = await layouts.layout(overview);
    computed++;
    return { ...overview, nodes: laidOut.nodes };
  };

  const answerFor = (version: string, query: OverviewQuery): Promise<Overview> => {
    const key = `${version} ${JSON.stringify(query)}`;
    const found = kept.get(key);
    if (found) {
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const answer = isFirstView(query)
      ? keptOr(options.onDisk ?? NO_KEPT_ANSWERS, 'overview', version, () => compute(query))
      : compute(query);
    kept.set(key, answer);
    // A failed computation is not kept: the next request tries again.
    answer.catch(() => {
      if (kept.get(key) === answer) kept.delete(key);
    });
    for (const old of kept.keys()) if (kept.size > CACHED) kept.delete(old);
    return answer;
  };

  const cache: OverviewCache = {
    async get(query) {
      return answerFor(await readOverviewVersion(db), query);
    },
    warm() {
      if (closed) return Promise.resolve();
      warming ??= (async () => {
        try {
          const version = await readOverviewVersion(db);
          if (version === warmed) return;
          await Promise.all([answerFor(version, FIRST_VIEW), options.alongside?.()]);
          warmed = version;
        } finally {
          warming = null;
        }
      })();
      return warming;
    },
    get computed() {
      return computed;
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await warming?.catch(() => undefined);
    },
  };

  const pollMs = options.pollMs ?? 0;
  let timer: NodeJS.Timeout | undefined;
  if (pollMs > 0) {
    // While an ingest stores reports the version changes every few seconds: computing the overview
    // for each would take Neo4j's time from the ingest for answers nobody asks for. Ahead of
    // requests, only a version that stayed the same for SETTLED_CHECKS checks is computed (and the
    // one found at start); a request still gets the answer of the version it sees.
    const settled = settledVersions(SETTLED_CHECKS);
    const check = async () => {
      if (settled(await readOverviewVersion(db))) await cache.warm();
    };
    const run = () => void check().catch((error) => options.onError?.(error));
    run();
    timer = setInterval(run, pollMs);
    timer.unref();
  }
  return cache;
}
