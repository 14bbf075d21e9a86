// Adds uploaded reports through the pipeline of `govkg ingest` (read → extract → load), one job
// at a time, and removes reports on the same queue so that writes never interleave. Each job's
// stage is kept for a while so the page can poll it; nothing here reads the disk.

import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Database } from '../../cypher/database.js';
import { loadExtractions } from '../../cypher/load-graph.js';
import { type RemoveSummary, removeDocument } from '../../cypher/remove-document.js';
import { GovkgError } from '../../graph/errors.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { decodeReport } from '../../ingest/read-report.js';

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

function failure(error: unknown, file: string): { code: string; message: string } {
  if (error instanceof GovkgError) return { code: error.code, message: error.message };
  return { code: 'EXTRACTION_FAILED', message: `${file}: ${(error as Error).message ?? String(error)}` };
}

async function runJob(db: Database, job: UploadJob, bytes: Buffer): Promise<void> {
  job.stage = 'read';
  const report = await decodeReport(bytes, job.file);
  job.stage = 'extract';
  // A turn of the event loop between stages, so a poll can see the stage change.
  await nextTurn();
  const extraction = extractDocument({ id: report.id, file: job.file, text: report.text });
  if (extraction.document.attributes.text === '') {
    throw new GovkgError('INPUT_EMPTY', `${job.file}: the file holds only page chrome, no report text`, {
      file: job.file,
    });
  }
  job.stage = 'load';
  await nextTurn();
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
      const run = enqueue(() => runJob(db, job, bytes));
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
    },
  };
}
