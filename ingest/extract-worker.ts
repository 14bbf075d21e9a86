// Entry of an extraction worker thread: receives a file, reads and extracts it, answers the
// extraction or the failure. nodejieba's dictionaries load once per thread, at its first file.

import { parentPort } from 'node:worker_threads';
import { extractFile, fileFailure } from './extract-files.js';
import type { InputLimits } from './limits.js';

export interface ExtractJob {
  file: string;
  limits?: Partial<InputLimits>;
}

parentPort?.on('message', async (job: ExtractJob) => {
  try {
    const extraction = await extractFile(job.file, job.limits);
    parentPort?.postMessage({ file: job.file, extraction });
  } catch (error) {
    parentPort?.postMessage({ file: job.file, failure: fileFailure(job.file, error) });
  }
});
