// Entry of the layout worker thread: receives a LayoutInput, answers its positions. Runs
// ForceAtlas2 off the API's event loop; holds no state between jobs.

import { parentPort } from 'node:worker_threads';
import { computePositions, type LayoutInput } from '../../graph/layout.js';

parentPort?.on('message', (job: { id: number; input: LayoutInput }) => {
  try {
    const positions = computePositions(job.input);
    parentPort?.postMessage({ id: job.id, positions }, [positions.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message });
  }
});
