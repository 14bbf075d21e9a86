// Entry of the layout worker thread: receives a LayoutInput, answers its positions. Runs
// ForceAtlas2 off the API's event loop; holds no state between jobs.

import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { computePositions, type LayoutInput } from '../../graph/layout.js';

// On Linux, setpriority of pid 0 changes the calling thread only: this one.
try {
  setPriority((workerData as { nice: number }).nice);
} catch {
  // Not every system lets a thread change its priority; the layout then runs at the usual one.
}

parentPort?.on('message', (job: { id: number; input: LayoutInput }) => {
  try {
    const positions = computePositions(job.input);
    parentPort?.postMessage({ id: job.id, positions }, [positions.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message });
  }
});
