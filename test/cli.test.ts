// The govkg command line against the real embedded Neo4j (through NEO4J_URI, as with any
// server): ingest, the read-only query console and its formats, and clear failures.

import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { clearDatabase, countGraph, openTestDatabase, REFERENCE, ROOT } from './helpers.js';

const run = promisify(execFile);
const db: Database = await openTestDatabase();
const { uri, password } = inject('neo4j');

async function govkg(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin', 'govkg.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => clearDatabase(db));
afterAll(() => db.close());

describe('govkg on the command line', () => {
  it('ingests a report into the server NEO4J_URI names, and again without duplicates', async () => {
    const first = await govkg(['ingest', REFERENCE]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/created/);
    const counts = await countGraph(db);
    const second = await govkg(['ingest', REFERENCE]);
    expect(second.stderr).toMatch(/unchanged/);
    expect(await countGraph(db)).toEqual(counts);
  });

  it('reaches the same server through the neo4j:// (routing) scheme', async () => {
    const routed = await govkg(['query', 'MATCH (d:Document) RETURN count(d) AS documents', '--format', 'json'], {
      NEO4J_URI: uri.replace('bolt://', 'neo4j://'),
    });
    expect(routed.code).toBe(0);
    expect(JSON.parse(routed.stdout)).toEqual([{ documents: 1 }]);
  });

  it('answers a query as a table, JSON or CSV, with parameters', async () => {
    const query = 'MATCH (r:Regulation {name: $name}) RETURN r.name AS name, r.docType AS type';
    const table = await govkg(['query', query, '--param', 'name=行政处罚法']);
    expect(table.stdout).toMatch(/name\s+\| type/);
    expect(table.stdout).toMatch(/行政处罚法\s+\| 法/);
    const json = await govkg(['query', query, '--param', 'name=行政处罚法', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual([{ name: '行政处罚法', type: '法' }]);
    const csv = await govkg(['query', query, '--param', 'name=行政处罚法', '--format', 'csv']);
    expect(csv.stdout.trim().split('\n')).toEqual(['name,type', '行政处罚法,法']);
  });

  it('refuses a write unless --write is given', async () => {
    const before = await countGraph(db);
    const refused = await govkg(['query', 'CREATE (:Agency {key: "cli-test"})']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/read-only/);
    expect(await countGraph(db)).toEqual(before);
    const written = await govkg(['query', 'CREATE (:Scratch {key: "cli-test"}) RETURN 1 AS ok', '--write']);
    expect(written.code).toBe(0);
    await db.driver.executeQuery('MATCH (n:Scratch) DELETE n', {}, { database: db.name });
  });

  it('removes a report by file or by id, prints a table, and names an id it does not know', async () => {
    const second = join(ROOT, 'test', 'fixtures', 'corpus', '02_shenzhen-longhua_2019_fzzf-report.txt');
    const one = await countGraph(db);
    expect((await govkg(['ingest', second])).code).toBe(0);
    const byFile = await govkg(['remove', second]);
    expect(byFile.code).toBe(0);
    expect(byFile.stdout).toMatch(/document\s+\| name\s+\| file/);
    expect(byFile.stdout).toMatch(/02_shenzhen-longhua_2019_fzzf-report\.txt/);
    expect(byFile.stdout).toMatch(/\(1 rows\)/);
    expect(await countGraph(db)).toEqual(one);
    const [row] = (
      await db.driver.executeQuery('MATCH (d:Document) RETURN d.key AS key', {}, { database: db.name })
    ).records.map((r) => String(r.get('key')));
    const unknown = await govkg(['remove', '0123456789abcdef', row ?? '']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/0123456789abcdef: no document 0123456789abcdef is stored/);
    expect(unknown.stdout).toMatch(/\(1 rows\)/);
    expect((await countGraph(db)).nodes).toBe(0);
    expect((await govkg(['ingest', REFERENCE])).code).toBe(0);
    // Four runs of the command, each starting Node and reading a report: minutes on a busy machine.
  }, 300_000);

  it('stops serving on SIGTERM even when nobody reads its request log', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'govkg.js'), 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      // Standard output stays unread, as a parent that follows only stderr leaves it.
      child.stdout.pause();
      let stderr = '';
      const address = await new Promise<string>((done, fail) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /govkg explorer: (http:\/\/\S+?)\/?$/m.exec(stderr);
          if (found?.[1]) done(found[1]);
        });
        child.once('exit', (code) => fail(new Error(`serve exited (${code}): ${stderr}`)));
      });
      // Two log lines of ~300 bytes per request: more than a pipe holds (64 KiB).
      for (let i = 0; i < 300; i++) expect((await fetch(`${address}/api/no-such-route`)).status).toBe(404);
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((done) => setTimeout(() => done('still running'), 15_000))]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/stopping…/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000);

  it('says in one line that Neo4j cannot be reached, with exit code 1', async () => {
    const down = await govkg(['query', 'RETURN 1'], { NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(down.code).toBe(1);
    expect(down.stderr.trim().split('\n')).toHaveLength(1);
    expect(down.stderr).toMatch(/cannot be reached/);
  });

  it('extracts every report of the corpus folder with no error', async () => {
    const out = join(ROOT, 'test-artifacts', 'corpus-graph.json');
    const result = await govkg(['extract', join(ROOT, 'test', 'fixtures', 'corpus'), '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wrote .*: 9 document\(s\)$/m);
  });

  it('names a file that cannot be read, goes on with the others, and exits 1', async () => {
    const result = await govkg(['extract', REFERENCE, join(ROOT, 'no-such-report.txt'), '--out', '/dev/null']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no-such-report\.txt: no such file/);
    expect(result.stderr).toMatch(/1 document\(s\), 1 failed/);
  });
});
