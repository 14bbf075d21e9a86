// One embedded Neo4j per store for every client, and none left behind: `govkg ingest` and
// `govkg query` use the database `govkg serve` started on the same store; SIGKILL of the serving
// process takes its Java child with it; a store held by an unreachable process gets one sentence.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, stopEmbeddedServer } from '../cypher/embedded-server.js';
import { isAlive } from '../cypher/server-state.js';
import { explorerAddress, REFERENCE, ROOT } from './helpers.js';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'govkg-shared-'));
const storeDir = join(dataDir, 'neo4j');
const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...inherited } = process.env;
const env = { ...inherited, GOVKG_DATA_DIR: dataDir };
const bin = join(ROOT, 'bin', 'govkg.js');
const children: ChildProcess[] = [];

async function govkg(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: ROOT, env, timeout: 240_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `govkg serve` on a free port; resolves with its address once it listens. */
function serve(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: ROOT, env, stdio: 'pipe' });
  children.push(child);
  return explorerAddress(child).then((base) => ({ child, base }));
}

const serverPid = () => Number(JSON.parse(readFileSync(join(storeDir, 'server.json'), 'utf8')).pid);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await stopEmbeddedServer(storeDir); // a detached service a failed test left running
  rmSync(dataDir, { recursive: true, force: true });
});

describe('one database for every client of a store', { timeout: 300_000 }, () => {
  let javaPid = 0;

  it('ingest and query use the Neo4j that serve started, and the API sees what ingest stored', async () => {
    const { base } = await serve();
    javaPid = serverPid();
    expect(isAlive(javaPid)).toBe(true);

    const ingest = await govkg(['ingest', REFERENCE]);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toContain(`pid ${javaPid}`);
    expect(ingest.stderr).toMatch(/created/);

    const query = await govkg(['query', 'MATCH (d:Document) RETURN count(d) AS documents', '--format', 'json']);
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout)).toEqual([{ documents: 1 }]);

    const listed = (await (await fetch(`${base}/api/documents`)).json()) as { documents: unknown[] };
    expect(listed.documents).toHaveLength(1);
    // Both commands left the server running: it belongs to serve.
    expect(serverPid()).toBe(javaPid);
    expect(isAlive(javaPid)).toBe(true);
  });

  it('leaves no Java when the serving process is killed with SIGKILL', async () => {
    const serving = children[0];
    expect(serving?.pid).toBeDefined();
    const killedAt = Date.now();
    serving?.kill('SIGKILL');
    while (isAlive(javaPid) && Date.now() - killedAt < 10_000) await new Promise((r) => setTimeout(r, 50));
    const goneAfterMs = Date.now() - killedAt;
    process.stderr.write(`Java gone ${goneAfterMs} ms after SIGKILL of govkg serve\n`);
    expect(isAlive(javaPid)).toBe(false);
    expect(goneAfterMs).toBeLessThan(5000);
  });

  it('serves again on the same data; under npm start, SIGKILL of npm takes govkg and Java with it', async () => {
    // What `npm start` does: npm runs `sh -c "… && exec node bin/govkg.js start"`, so govkg's parent
    // is npm, which is killed here; npm sets npm_lifecycle_event for its scripts.
    const npm = spawn(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, ${JSON.stringify([bin, 'serve', '--port', '0'])}, { stdio: 'inherit' }); setInterval(() => {}, 1000);`,
      ],
      { cwd: ROOT, env: { ...env, npm_lifecycle_event: 'start' }, stdio: 'pipe' },
    );
    children.push(npm);
    const base = await explorerAddress(npm);
    const listed = (await (await fetch(`${base}/api/documents`)).json()) as { documents: unknown[] };
    expect(listed.documents).toHaveLength(1); // the store kept what was ingested before the kill
    const java = serverPid();
    expect(java).not.toBe(javaPid);
    const killedAt = Date.now();
    npm.kill('SIGKILL');
    while (isAlive(java) && Date.now() - killedAt < 10_000) await new Promise((r) => setTimeout(r, 50));
    process.stderr.write(`Java gone ${Date.now() - killedAt} ms after SIGKILL of the npm process\n`);
    expect(isAlive(java)).toBe(false);
    expect(Date.now() - killedAt).toBeLessThan(5000);
    await expect(fetch(`${base}/api/documents`)).rejects.toThrow();
  });

  it('explains in one sentence a store locked by a process it cannot reach', async () => {
    const holder = await startEmbeddedNeo4j({ serverDir: join(ROOT, 'cypher', 'server'), storeDir });
    try {
      rmSync(join(storeDir, 'server.json')); // a Neo4j govkg cannot find: no state file
      const started = Date.now();
      const result = await govkg(['query', 'RETURN 1']);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`locked by another process \\(pid ${holder.process.pid}\\)`));
      expect(result.stderr).toContain(`kill ${holder.process.pid}`);
      expect(result.stderr).not.toMatch(/\n\s+at |Exception/);
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await holder.stop();
    }
  });
});

describe('govkg db', { timeout: 300_000 }, () => {
  it('starts a detached service that query uses, reports it, and stops it', async () => {
    const started = await govkg(['db', 'start', '--detach']);
    expect(started.code).toBe(0);
    const pid = serverPid();
    const status = await govkg(['db', 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`pid ${pid}`);
    const query = await govkg(['query', 'MATCH (d:Document) RETURN count(d) AS documents', '--format', 'json']);
    expect(JSON.parse(query.stdout)).toEqual([{ documents: 1 }]);
    expect(isAlive(pid)).toBe(true);
    expect((await govkg(['db', 'stop'])).code).toBe(0);
    expect(isAlive(pid)).toBe(false);
    const after = await govkg(['db', 'status']);
    expect(after.code).toBe(1);
    expect(after.stdout).toMatch(/not running/);
  });
});

describe('govkg ingest with no server running', { timeout: 300_000 }, () => {
  it('prepares the page’s first answers for the next server on the store', async () => {
    const second = join(ROOT, 'test', 'fixtures', 'corpus', '01_shenzhen-guangming_2021_fzzf-report.txt');
    const ingest = await govkg(['ingest', second]);
    expect(ingest.code).toBe(0);
    expect(ingest.stderr).toMatch(/first page prepared/);
    const kept = (name: string) => JSON.parse(readFileSync(join(dataDir, 'answers', `${name}.json`), 'utf8'));
    const documents = kept('documents');
    const overview = kept('overview');
    // Both reports: computed after this ingest, not left by the server that ran before it.
    expect(JSON.parse(documents.answer).documents).toHaveLength(2);
    expect(overview.version).toBe(documents.version);
    expect(kept('jurisdictions').version).toBe(documents.version);
    // A server started on the store serves them as they are: test/overview-warm.test.ts.
  });
});
