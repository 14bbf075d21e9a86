// Starts a worker thread on a TypeScript module: a small bootstrap registers tsx's loader in the
// new thread (loaders registered in the main thread do not reach workers), then imports it.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker thread running the TypeScript module at `entry`; `workerData` reaches it as usual. */
export function startTypeScriptWorker(
  entry: URL,
  options: Pick<WorkerOptions, 'resourceLimits' | 'workerData'> = {},
): Worker {
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `(async () => {
    const { register } = await import(${JSON.stringify(tsx)});
    register();
    await import(${JSON.stringify(entry.href)});
  })();`;
  return new Worker(bootstrap, { eval: true, ...options });
}
