// Lays view graphs out in one worker thread, a queue of jobs in front of it, so ForceAtlas2 never
// runs on the API's event loop. A full queue is refused at once (SERVER_BUSY) instead of piling up.

import type { Worker } from 'node:worker_threads';
import { GovkgError } from '../../graph/errors.js';
import { layoutInput, withPositions } from '../../graph/layout.js';
import type { ViewGraph } from '../../graph/types.js';
import { startTypeScriptWorker } from '../../ingest/ts-worker.js';

export interface LayoutPool {
  /** The graph with x and y on every node, computed in the worker. */
  layout(view: ViewGraph): Promise<ViewGraph>;
  close(): Promise<void>;
}

interface Job {
  resolve(positions: Float64Array): void;
  reject(error: Error): void;
}

/**
 * The nice value of the worker thread: a layout yields the CPU to searches and reads, yet comes
 * before long console queries (nice 19 in the embedded Neo4j).
 */
export const LAYOUT_NICE = 10;

/**
 * @param options.maxPending most layouts waiting or running at once (default 4); more get SERVER_BUSY
 */
export function createLayoutPool(options: { maxPending?: number } = {}): LayoutPool {
  const maxPending = options.maxPending ?? 4;
  const jobs = new Map<number, Job>();
  let worker: Worker | null = null;
  let nextId = 0;
  let closed = false;

  const failAll = (error: Error) => {
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
    worker = null;
  };
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startTypeScriptWorker(new URL('./layout-worker.ts', import.meta.url), {
      workerData: { nice: LAYOUT_NICE },
    });
    started.on('message', (message: { id: number; positions?: Float64Array; error?: string }) => {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      if (jobs.size === 0) started.unref();
      if (message.positions) job.resolve(message.positions);
      else job.reject(new Error(`layout failed: ${message.error}`));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) failAll(new Error(`the layout worker exited with code ${code}`));
    });
    started.unref();
    worker = started;
    return started;
  };

  const run = (view: ViewGraph) => {
    const input = layoutInput(view);
    const id = nextId++;
    return new Promise<Float64Array>((resolve, reject) => {
      jobs.set(id, { resolve, reject });
      const running = ensureWorker();
      // Referenced while it has work, so a waiting layout keeps the process alive.
      running.ref();
      running.postMessage({ id, input }, [input.edges.buffer as ArrayBuffer]);
    });
  };

  return {
    async layout(view) {
      if (jobs.size >= maxPending) {
        throw new GovkgError('SERVER_BUSY', `${jobs.size} graph layouts are already running: try again shortly`);
      }
      let positions: Float64Array;
      try {
        positions = await run(view);
      } catch (error) {
        // A worker that died (not a layout that failed in it) is replaced, and the job runs once more there.
        if (closed || (error as Error).message.startsWith('layout failed')) throw error;
        positions = await run(view);
      }
      return withPositions(view, positions);
    },
    async close() {
      closed = true;
      const running = worker;
      failAll(new Error('the server is closing'));
      await running?.terminate();
    },
  };
}
