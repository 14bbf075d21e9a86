// `govkg ingest` of a folder while `govkg serve` serves the same store: extraction on worker
// threads gives the graph one worker gives, a bad file is named with its reason while the other
// reports are stored, and a second ingest of the folder changes nothing and says so.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../cypher/database.js';
import { readServerState } from '../cypher/server-state.js';
import { explorerAddress, ROOT } from './helpers.js';

const run = promisify(execFile);
const FIXTURES = join(ROOT, 'test', 'fixtures', 'corpus-sz');
const dataDir = mkdtempSync(join(tmpdir(), 'govkg-corpus-ingest-'));
const folder = join(dataDir, 'reports');
const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...inherited } = process.env;
const env = { ...inherited, GOVKG_DATA_DIR: dataDir };
const bin = join(ROOT, 'bin', 'govkg.js');
let server: ChildProcess | null = null;

async function govkg(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: ROOT, env, timeout: 300_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function serve(): Promise<string> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: ROOT, env, stdio: 'pipe' });
  server = child;
  return explorerAddress(child);
}

/** Every node key and every relationship (type, ends, the documents stating it), sorted. */
async function fingerprint(): Promise<{ nodes: string[]; relationships: string[] }> {
  const state = readServerState(join(dataDir, 'neo4j'));
  if (!state) throw new Error('no Neo4j serves the store');
  const driver = await connect(state.bolt, state.user, state.password, 'neo4j');
  try {
    const nodes = await driver.executeQuery('MATCH (n) RETURN n.key AS key ORDER BY key', {}, { database: 'neo4j' });
    const relationships = await driver.executeQuery(
      "MATCH (a)-[r]->(b) RETURN a.key + ' ' + type(r) + ' ' + b.key AS row, coalesce(r.docs, []) AS docs",
      {},
      { database: 'neo4j' },
    );
    return {
      nodes: nodes.records.map((r) => String(r.get('key'))),
      // A shared relationship lists its documents in the order they were stored: compare them as a set.
      relationships: relationships.records
        .map((r) => `${r.get('row')} ${[...(r.get('docs') as string[])].sort().join(',')}`)
        .sort(),
    };
  } finally {
    await driver.close();
  }
}

let base = '';
beforeAll(async () => {
  mkdirSync(folder);
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
    copyFileSync(join(FIXTURES, name), join(folder, name));
  }
  base = await serve();
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('govkg ingest of a folder while govkg serve runs on the store', { timeout: 600_000 }, () => {
  let one: { nodes: string[]; relationships: string[] };

  it('stores with one worker what it stores with two, through the running database', async () => {
    const single = await govkg(['ingest', folder, '--workers', '1']);
    expect(single.code).toBe(0);
    expect(single.stderr).toMatch(/using the Neo4j already running on this store/);
    one = await fingerprint();
    expect(one.nodes.filter((k) => k.startsWith('Document:'))).toHaveLength(5);

    const cleared = await govkg(['query', 'MATCH (n) DETACH DELETE n', '--write']);
    expect(cleared.code).toBe(0);
    const parallel = await govkg(['ingest', folder, '--workers', '2']);
    expect(parallel.code).toBe(0);
    expect(parallel.stdout.match(/\| loaded/g)).toHaveLength(5);
    expect(await fingerprint()).toEqual(one);

    // The running explorer sees the stored reports, each in its place with its year.
    const listed = (await (await fetch(`${base}/api/corpus/jurisdictions`)).json()) as {
      jurisdictions: { name: string; reports: number; firstYear: number | null }[];
    };
    const baoan = listed.jurisdictions.find((j) => j.name === '宝安区');
    expect(baoan).toMatchObject({ reports: 4, firstYear: 2018 });
  });

  it('says unchanged for every report of a second ingest, and the graph stays the same', async () => {
    const again = await govkg(['ingest', folder]);
    expect(again.code).toBe(0);
    expect(again.stdout.match(/\| unchanged/g)).toHaveLength(5);
    expect(again.stderr).toMatch(/5 file\(s\) in [\d.]+ s: 0 loaded, 5 unchanged, 0 failed/);
    expect(await fingerprint()).toEqual(one);
  });

  it('names a bad file with its reason and stores the others', async () => {
    writeFileSync(join(folder, 'broken.txt'), Buffer.from([0x50, 0x4b, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    const result = await govkg(['ingest', folder, '--workers', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: \S*broken\.txt: binary data/);
    const row = result.stdout.split('\n').find((line) => line.includes('broken.txt')) ?? '';
    expect(row).toMatch(/\| failed +\| binary data/);
    expect(result.stdout.match(/\| unchanged/g)).toHaveLength(5);
    expect(await fingerprint()).toEqual(one);
  });
});
