// The command line with a setting it cannot use: one line naming the variable, exit code 2,
// before any database is started (these run without Java).

import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

async function govkg(args: string[], env: Record<string, string>) {
  try {
    const { stderr } = await run(process.execPath, [join(ROOT, 'bin', 'govkg.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      timeout: 60_000,
    });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('govkg with an invalid setting', () => {
  it.each([
    [['serve'], { GOVKG_PORT: '80a' }, 'GOVKG_PORT'],
    [['serve', '--port=-3'], {}, '--port'],
    [['query', 'RETURN 1'], { GOVKG_ROW_CAP: '-1' }, 'GOVKG_ROW_CAP'],
    [['query', 'RETURN 1'], { GOVKG_QUERY_TIMEOUT_MS: '1.5' }, 'GOVKG_QUERY_TIMEOUT_MS'],
    [['ingest', 'x.txt'], { NEO4J_URI: '127.0.0.1:7687', NEO4J_PASSWORD: 'p' }, 'NEO4J_URI'],
  ])('%j with %j stops and names %s', async (args, env, variable) => {
    const { code, stderr } = await govkg(args, env);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(variable);
  });
});
