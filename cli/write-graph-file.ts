// Extracts report files straight into a graph file (graphology's serialized JSON) with bounded
// memory: each document's own nodes go to the file as soon as it is extracted, its edges to a
// temporary file beside it that is copied in after the node list; shared entities are written last.

import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { lstat, rm } from 'node:fs/promises';
import { GovkgError } from '../graph/errors.js';
import { GraphJsonParts } from '../graph/stream-graph.js';
import type { ExtractionWarning } from '../graph/types.js';
import { type ExtractFilesOptions, type FileFailure, forEachExtraction } from '../ingest/extract-files.js';

/** A full disk is said in one sentence, not as a stack of ENOSPC. */
function writeError(file: string, cause: unknown): unknown {
  if ((cause as NodeJS.ErrnoException).code !== 'ENOSPC') return cause;
  return new GovkgError(
    'DISK_FULL',
    `cannot write ${file}: the disk is full (no space left on the device); free some space and run again`,
    { file, cause },
  );
}

class Sink {
  private readonly failed: Promise<never>;

  constructor(
    readonly stream: WriteStream,
    file: string,
  ) {
    this.failed = new Promise<never>((_, reject) => stream.once('error', (error) => reject(writeError(file, error))));
    this.failed.catch(() => {});
  }

  async write(text: string): Promise<void> {
    if (text && !this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.failed]);
  }

  async end(): Promise<void> {
    this.stream.end();
    await Promise.race([once(this.stream, 'finish'), this.failed]);
  }
}

export interface GraphFileResult {
  documents: number;
  failures: FileFailure[];
  /** Values left out of the extracted documents (each names its file and field). */
  warnings: ExtractionWarning[];
}

/** Extracts the inputs (files and folders) into the graph file `out`. */
export async function extractToGraphFile(
  inputs: string[],
  out: string,
  options: ExtractFilesOptions = {},
): Promise<GraphFileResult> {
  const parts = new GraphJsonParts();
  const edgesFile = `${out}.edges.tmp`;
  const nodes = new Sink(createWriteStream(out), out);
  const edges = new Sink(createWriteStream(edgesFile), out);
  const warnings: ExtractionWarning[] = [];
  try {
    await nodes.write(GraphJsonParts.HEAD);
    let documents = 0;
    const failures = await forEachExtraction(
      inputs,
      async (extraction) => {
        const pieces = parts.add(extraction);
        documents++;
        await nodes.write(pieces.nodes);
        await edges.write(pieces.edges);
      },
      { ...options, warnings },
    );
    for (const piece of parts.sharedNodes()) await nodes.write(piece);
    await nodes.write(GraphJsonParts.MIDDLE);
    await edges.end();
    for await (const chunk of createReadStream(edgesFile, { encoding: 'utf8' })) await nodes.write(chunk as string);
    for (const piece of parts.sharedEdgeList()) await nodes.write(piece);
    await nodes.write(GraphJsonParts.TAIL);
    await nodes.end();
    return { documents, failures, warnings };
  } catch (error) {
    nodes.stream.destroy();
    // A half-written graph file goes; a device or anything else that is not a plain file stays.
    const written = await lstat(out).catch(() => null);
    if (written?.isFile()) await rm(out, { force: true });
    throw error;
  } finally {
    edges.stream.destroy();
    nodes.stream.destroy();
    await rm(edgesFile, { force: true });
  }
}
