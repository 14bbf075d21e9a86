// Extracts many files on a pool of worker threads (one per core by default) and yields each
// extraction as soon as it is ready, in order of completion. At most `maxQueued` files are being
// extracted or waiting to be taken, so memory stays bounded whatever the folder's size. A file
// that fails, or whose worker dies, is recorded with its reason and the others go on.

import { availableParallelism } from 'node:os';
import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { Extraction, ExtractionWarning } from '../graph/types.js';
import { type ExtractFilesOptions, expandInputs, type FileFailure } from './extract-files.js';
import type { ExtractJob } from './extract-worker.js';
import { startTypeScriptWorker } from './ts-worker.js';

export interface ExtractPoolOptions extends ExtractFilesOptions {
  /** Worker threads. Default: the number of cores (`os.availableParallelism()`). */
  workers?: number;
  /** Most files being extracted or extracted and not yet taken. Default: twice the workers. */
  maxQueued?: number;
  /** Limits of each worker's heap and stacks (see node:worker_threads). Default: Node's. */
  resourceLimits?: WorkerOptions['resourceLimits'];
  warnings?: ExtractionWarning[];
}

type Outcome = { file: string; extraction: Extraction } | { file: string; failure: FileFailure };

interface Slot {
  worker: Worker | null;
  /** The file the worker is extracting, or null when idle. */
  file: string | null;
  /** The last error the worker raised, to explain its exit. */
  error: Error | null;
}

const WORKER_ENTRY = new URL('./extract-worker.ts', import.meta.url);

/**
 * Extracts `inputs` (files and folders, expanded as `expandInputs` does) on worker threads and
 * yields the extractions as they complete. Failures go to `failures`, values left out to
 * `options.warnings`; `onProgress` is called after each file once the caller has taken it.
 */
export async function* extractInWorkers(
  inputs: string[],
  failures: FileFailure[],
  options: ExtractPoolOptions = {},
): AsyncGenerator<Extraction> {
  const files = await expandInputs(inputs);
  if (files.length === 0) return;
  const size = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const maxQueued = Math.max(size, options.maxQueued ?? size * 2);
  const ready: Outcome[] = [];
  const slots: Slot[] = [];
  let next = 0;
  let running = 0;
  let wake: (() => void) | null = null;
  let closed = false;

  const settle = (outcome: Outcome) => {
    ready.push(outcome);
    wake?.();
    wake = null;
  };
  const dispatch = (slot: Slot) => {
    if (closed || slot.file !== null || next >= files.length || running + ready.length >= maxQueued) return;
    const file = files[next++] as string;
    slot.file = file;
    running++;
    start(slot).postMessage({ file, limits: options.limits } satisfies ExtractJob);
  };
  const finish = (slot: Slot) => {
    slot.file = null;
    running--;
  };
  const start = (slot: Slot): Worker => {
    if (slot.worker) return slot.worker;
    const worker = startTypeScriptWorker(WORKER_ENTRY, { resourceLimits: options.resourceLimits });
    slot.worker = worker;
    worker.on('message', (outcome: Outcome) => {
      finish(slot);
      settle(outcome);
      // The next file at once, while the caller is busy with this one (storing a group of them).
      dispatch(slot);
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => {
      slot.worker = null;
      if (closed || slot.file === null) return;
      // The worker died with a file in hand: that file fails, a new worker takes the next one.
      const file = slot.file;
      const reason = slot.error?.message ?? `exit code ${code}`;
      slot.error = null;
      finish(slot);
      settle({
        file,
        failure: { file, code: 'EXTRACTION_CRASHED', message: `${file}: the extraction worker stopped: ${reason}` },
      });
      dispatch(slot);
    });
    return worker;
  };

  for (let i = 0; i < size; i++) slots.push({ worker: null, file: null, error: null });
  try {
    for (const slot of slots) dispatch(slot);
    for (let done = 1; done <= files.length; done++) {
      while (ready.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = ready.shift() as Outcome;
      for (const slot of slots) dispatch(slot);
      let chars = 0;
      if ('failure' in outcome) {
        failures.push(outcome.failure);
      } else {
        const { extraction } = outcome;
        chars = extraction.document.attributes.text.length;
        options.warnings?.push(...(extraction.warnings ?? []).map((w) => ({ ...w, file: outcome.file })));
        yield extraction;
      }
      options.onProgress?.(done, files.length, outcome.file, chars);
    }
  } finally {
    closed = true;
    await Promise.all(slots.map((slot) => slot.worker?.terminate()));
  }
}
