// Entry of the upload worker thread: reads an uploaded report's bytes and extracts it, so the
// readers and nodejieba never hold up the API's event loop. Holds no state between jobs.

import { parentPort } from 'node:worker_threads';
import { GovkgError } from '../../graph/errors.js';
import { fileFailure } from '../../ingest/extract-files.js';
import { extractDocument } from '../../ingest/pipeline.js';
import { decodeReport } from '../../ingest/read-report.js';

parentPort?.on('message', async (job: { id: number; file: string; bytes: Uint8Array }) => {
  try {
    const report = await decodeReport(
      Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength),
      job.file,
    );
    parentPort?.postMessage({ id: job.id, stage: 'extract' });
    const extraction = extractDocument({ id: report.id, file: job.file, text: report.text });
    if (extraction.document.attributes.text === '') {
      throw new GovkgError('INPUT_EMPTY', `${job.file}: the file holds only page chrome, no report text`);
    }
    parentPort?.postMessage({ id: job.id, extraction });
  } catch (error) {
    const { code, message } = fileFailure(job.file, error);
    parentPort?.postMessage({ id: job.id, error: { code, message } });
  }
});
