// Starts the project's embedded Neo4j (random port, temporary store) once for the whole test
// run and hands its address to the tests; stops it and removes the store at the end.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../cypher/embedded-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; pid: number };
  }
}

export default async function setup(project: TestProject) {
  const storeDir = mkdtempSync(join(tmpdir(), 'govkg-test-neo4j-'));
  const server = await startEmbeddedNeo4j({
    serverDir: resolve(import.meta.dirname, '..', 'cypher', 'server'),
    storeDir,
    logger: { info: (m) => process.stderr.write(`${m}\n`) },
  });
  project.provide('neo4j', {
    uri: server.uri,
    user: server.user,
    password: server.password,
    pid: server.process.pid ?? 0,
  });
  return async () => {
    await server.stop();
    rmSync(storeDir, { recursive: true, force: true });
  };
}
