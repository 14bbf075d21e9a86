// Starting the embedded Neo4j: a machine without Java or Maven gets one clear sentence, and the
// CLI says it without a stack trace.

import { execFile } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEmbeddedServer } from '../cypher/embedded-server.js';
import { ROOT } from './helpers.js';

const run = promisify(execFile);

describe('the embedded Neo4j launcher', () => {
  it('asks for Java (or NEO4J_URI) when no java is on the PATH', async () => {
    const emptyServerDir = mkdtempSync(join(tmpdir(), 'govkg-no-build-'));
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), 'govkg-empty-path-'));
    try {
      await expect(buildEmbeddedServer(emptyServerDir)).rejects.toMatchObject({
        code: 'NO_JAVA',
        message: expect.stringMatching(/install a JDK 17\+.*NEO4J_URI/),
      });
    } finally {
      process.env.PATH = path;
    }
  });

  it('makes the CLI print one sentence and exit 1, not a stack trace', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'govkg-node-only-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const result = await run(process.execPath, [join(ROOT, 'bin', 'govkg.js'), 'ingest', 'nothing.txt'], {
      env: { PATH: bin, GOVKG_DATA_DIR: mkdtempSync(join(tmpdir(), 'govkg-data-')), HOME: tmpdir() },
      cwd: ROOT,
    }).catch((error: { code: number; stderr: string }) => error);
    const { code, stderr } = result as { code: number; stderr: string };
    expect(stderr).toMatch(/install a JDK 17\+/);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
