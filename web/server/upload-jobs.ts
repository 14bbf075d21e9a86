// Adds uploaded reports through the pipeline of `govkg ingest` (read → extract → load), one job
// at a time, and removes reports on the same queue so that writes never interleave. Reading and
// extraction run in a worker thread (extract-worker.ts), off the API's event loop. Each job's stage
// is kept for a while so the page can poll it; nothing here reads the disk.

import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { Database } from '../../cypher/database.js';
import { loadExtractions } from '../../cypher/load-graph.js';
import { type RemoveSummary, removeDocument } from '../../cypher/remove-document.js';
import { GovkgError } from '../../graph/errors.js';
import type { Extraction } from '../../graph/types.js';
import { startTypeScriptWorker } from '../../ingest/ts-worker.js';

export type UploadStage = 'queued' | 'read' | 'extract' | 'load' | 'done' | 'failed';

export interface UploadJob {
  id: string;
  /** The file name as uploaded. */
  file: string;
  bytes: number;
  stage: UploadStage;
  /** Once loaded: the document id, its name, and whether it was new (`created`) or already stored (`unchanged`). */
  doc?: string;
  name?: string;
  status?: string;
  /** Why the file was not added; the message names the file. */
  error?: { code: string; message: string };
}

export interface UploadQueue {
  /** Queues an upload; SERVER_BUSY when `maxWaiting` jobs are already waiting. */
  submit(file: string, bytes: Buffer): UploadJob;
  job(id: string): UploadJob | undefined;
  /** Removes a document once the writes queued before it are done. */
  remove(doc: string): Promise<RemoveSummary>;
  close(): Promise<void>;
}

/** Tunables of the queue. */
export const UPLOAD_DEFAULTS = Object.freeze({
  /** Jobs waiting or running at once; more are refused. */
  maxWaiting: 16,
  /** Bytes of uploads held while they wait or run (each at most 64 MiB); more are refused. */
  maxWaitingBytes: 256 * 1024 * 1024,
  /** How long a finished job can still be polled, in ms. */
  keepMs: 15 * 60_000,
  /** Finished jobs kept at most (the oldest go first). */
  maxKept: 200,
});

/** A file the worker could not read or extract: its code and a message naming the file. */
class UploadFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function failure(error: unknown, file: string): { code: string; message: string } {
  if (error instanceof GovkgError || error instanceof UploadFailure)
    return { code: error.code, message: error.message };
  return { code: 'EXTRACTION_FAILED', message: `${file}: ${(error as Error).message ?? String(error)}` };
}

interface WorkerAnswer {
  id: number;
  stage?: 'extract';
  extraction?: Extraction;
  error?: { code: string; message: string };
}

/** One worker thread, started at the first upload; a job at a time (the queue is serial). */
function createExtractor() {
  let worker: Worker | null = null;
  let nextId = 0;
  return {
    extract(file: string, bytes: Buffer, onStage: (stage: 'extract') => void): Promise<Extraction> {
      const running = worker ?? startTypeScriptWorker(new URL('./extract-worker.ts', import.meta.url));
      worker = running;
      const id = nextId++;
      return new Promise<Extraction>((resolve, reject) => {
        const done = () => {
          running.off('message', onMessage);
          running.off('error', onError);
          running.off('exit', onExit);
          running.unref();
        };
        const onMessage = (answer: WorkerAnswer) => {
          if (answer.id !== id) return;
          if (answer.stage) return onStage(answer.stage);
          done();
          if (answer.extraction) resolve(answer.extraction);
          else reject(new UploadFailure(answer.error?.code ?? 'EXTRACTION_FAILED', answer.error?.message ?? file));
        };
        const onError = (error: Error) => {
          done();
          worker = null;
          reject(new UploadFailure('EXTRACTION_FAILED', `${file}: the extraction stopped (${error.message})`));
        };
        const onExit = (code: number) => onError(new Error(`the worker exited with code ${code}`));
        running.on('message', onMessage);
        running.on('error', onError);
        running.on('exit', onExit);
        running.ref();
        running.postMessage({ id, file, bytes: new Uint8Array(bytes) });
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}

type Extractor = ReturnType<typeof createExtractor>;

async function runJob(db: Database, extractor: Extractor, job: UploadJob, bytes: Buffer): Promise<void> {
  job.stage = 'read';
  const extraction = await extractor.extract(job.file, bytes, (stage) => {
    job.stage = stage;
  });
  job.stage = 'load';
  const [summary] = await loadExtractions(db, [extraction], { trackFile: false });
  if (!summary || summary.status === 'failed' || summary.status === 'not stored') {
    throw new GovkgError('NEO4J_UNREACHABLE', `${job.file}: not stored: ${summary?.error ?? 'no answer from Neo4j'}`);
  }
  Object.assign(job, {
    stage: 'done',
    doc: summary.doc,
    status: summary.status,
    name: extraction.document.attributes.name,
  });
}

export function createUploadQueue(db: Database, options: Partial<typeof UPLOAD_DEFAULTS> = {}): UploadQueue {
  const settings = { ...UPLOAD_DEFAULTS, ...options };
  const extractor = createExtractor();
  const jobs = new Map<string, UploadJob>();
  const finishedAt = new Map<string, number>();
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let heldBytes = 0;
  let closed = false;

  const forgetOld = () => {
    const now = Date.now();
    for (const [id, at] of finishedAt) {
      if (now - at < settings.keepMs && finishedAt.size <= settings.maxKept) break;
      finishedAt.delete(id);
      jobs.delete(id);
    }
  };
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) throw new GovkgError('SERVER_BUSY', 'the server is stopping: try again when it is back');
    if (waiting >= settings.maxWaiting) {
      throw new GovkgError(
        'SERVER_BUSY',
        `${waiting} reports are being added or removed: try again when they are done`,
      );
    }
    waiting++;
    const run = tail.then(work).finally(() => waiting--);
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    submit(file, bytes) {
      forgetOld();
      if (heldBytes + bytes.length > settings.maxWaitingBytes) {
        throw new GovkgError(
          'SERVER_BUSY',
          `${file}: other uploads are still being read: try again when they are done`,
        );
      }
      const job: UploadJob = { id: randomUUID(), file, bytes: bytes.length, stage: 'queued' };
      const run = enqueue(() => runJob(db, extractor, job, bytes));
      heldBytes += bytes.length;
      void run
        .catch((error) => Object.assign(job, { stage: 'failed', error: failure(error, file) }))
        .finally(() => {
          heldBytes -= bytes.length;
          finishedAt.set(job.id, Date.now());
        });
      jobs.set(job.id, job);
      return job;
    },
    job: (id) => jobs.get(id),
    remove: (doc) => enqueue(() => removeDocument(db, doc)),
    async close() {
      closed = true;
      await tail;
      await extractor.close();
    },
  };
}
