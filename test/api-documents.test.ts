// Adding and removing reports through the API on the real embedded Neo4j: an upload goes through
// read → extract → load as a job the client polls, in any format and encoding the CLI reads; a bad
// file fails with a reason naming it; DELETE takes a report away; a read-only server refuses both.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { loadExtractions } from '../cypher/load-graph.js';
import { createApp } from '../web/server/app.js';
import type { UploadJob } from '../web/server/upload-jobs.js';
import { CORPUS, clearDatabase, countGraph, extractFile, openTestDatabase, REFERENCE, ROOT } from './helpers.js';

const INPUTS = join(ROOT, 'test', 'fixtures', 'inputs');
const SECOND = join(CORPUS, '02_shenzhen-longhua_2019_fzzf-report.txt');

const db: Database = await openTestDatabase();
const app = createApp(db, { queryTimeoutMs: 5000, rowCap: 1000, root: ROOT, maxUploadBytes: 200_000 });
const readOnly = createApp(db, { queryTimeoutMs: 5000, rowCap: 1000, root: ROOT, readOnly: true });

beforeAll(async () => {
  await clearDatabase(db);
  await loadExtractions(db, [extractFile(REFERENCE)]);
});
afterAll(async () => {
  await app.close();
  await readOnly.close();
  await db.close();
});

const WRITE = { 'x-govkg-client': 'test' };

function upload(name: string, body: Buffer, target = app) {
  return target.inject({
    method: 'POST',
    url: '/api/documents',
    headers: { ...WRITE, 'content-type': 'application/octet-stream', 'x-govkg-filename': encodeURIComponent(name) },
    payload: body,
  });
}

/** Polls the job until it is done or failed; returns it with every stage seen on the way. */
async function settle(id: string): Promise<{ job: UploadJob; seen: string[] }> {
  const seen: string[] = [];
  for (let i = 0; i < 2400; i++) {
    const response = await app.inject({ method: 'GET', url: `/api/jobs/${id}` });
    expect(response.statusCode).toBe(200);
    const { job } = response.json() as { job: UploadJob };
    if (seen.at(-1) !== job.stage) seen.push(job.stage);
    if (job.stage === 'done' || job.stage === 'failed') return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${id} did not finish`);
}

async function listed(): Promise<string[]> {
  const { documents } = (await app.inject({ method: 'GET', url: '/api/documents' })).json() as {
    documents: { key: string }[];
  };
  return documents.map((d) => d.key);
}

describe('POST /api/documents', { timeout: 300_000 }, () => {
  it('adds a report through read → extract → load, and lists it; the same text again is unchanged', async () => {
    const response = await upload('龙华区2019年法治政府建设报告.txt', readFileSync(SECOND));
    expect(response.statusCode).toBe(202);
    const { job: queued } = response.json() as { job: UploadJob };
    expect(queued.file).toBe('龙华区2019年法治政府建设报告.txt');
    const { job, seen } = await settle(queued.id);
    expect(job.error).toBeUndefined();
    expect(job.status).toBe('created');
    expect(seen.at(-1)).toBe('done');
    // Stages only move forward.
    const order = ['queued', 'read', 'extract', 'load', 'done'];
    expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    expect(await listed()).toContain(`Document:${job.doc}`);
    const text = await app.inject({ method: 'GET', url: `/api/documents/${job.doc}/text` });
    expect(text.json().text).toContain('龙华区');

    const again = await settle((await upload('copy.txt', readFileSync(SECOND))).json().job.id);
    expect(again.job).toMatchObject({ stage: 'done', status: 'unchanged', doc: job.doc });
  });

  it('reads GBK text and Word documents as the CLI does', async () => {
    for (const name of ['gbk.txt', 'report.docx']) {
      const { job } = await settle((await upload(name, readFileSync(join(INPUTS, name)))).json().job.id);
      expect(job, name).toMatchObject({ stage: 'done' });
      const text = await app.inject({ method: 'GET', url: `/api/documents/${job.doc}/text` });
      expect(text.json().text, name).toContain('清河市');
    }
  });

  it('fails a bad file with a reason naming it, and stores nothing of it', async () => {
    const before = await countGraph(db);
    for (const [name, code] of [
      ['corrupt.pdf', 'INPUT_UNREADABLE'],
      ['image.txt', 'INPUT_NOT_TEXT'],
      ['whitespace.txt', 'INPUT_EMPTY'],
    ] as const) {
      const { job } = await settle((await upload(name, readFileSync(join(INPUTS, name)))).json().job.id);
      expect(job.stage, name).toBe('failed');
      expect(job.error?.code, name).toBe(code);
      expect(job.error?.message, name).toContain(name);
    }
    expect(await countGraph(db)).toEqual(before);
  });

  it('refuses a type it does not read, an empty body and a file past the size limit, by name', async () => {
    const exe = await upload('setup.exe', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    expect(exe.json().error.message).toContain('setup.exe');
    const empty = await upload('empty.txt', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('empty.txt');
    const large = await upload('大报告.txt', Buffer.alloc(300_000, 0x41));
    expect(large.statusCode).toBe(413);
    expect(large.json().error).toMatchObject({ code: 'INPUT_TOO_LARGE' });
    expect(large.json().error.message).toContain('大报告.txt');
    const nameless = await app.inject({
      method: 'POST',
      url: '/api/documents',
      headers: { ...WRITE, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('text'),
    });
    expect(nameless.statusCode).toBe(400);
  });

  it('keeps the name of the file only, never a folder', async () => {
    const response = await upload('../../etc/清河市报告.txt', readFileSync(join(INPUTS, 'gbk.txt')));
    expect(response.json().job.file).toBe('清河市报告.txt');
    await settle(response.json().job.id);
  });
});

describe('DELETE /api/documents/:id', { timeout: 300_000 }, () => {
  it('removes a report, keeps the others, and answers 404 the second time', async () => {
    const { job } = await settle((await upload('second.txt', readFileSync(SECOND))).json().job.id);
    const before = await listed();
    expect(before).toContain(`Document:${job.doc}`);
    const response = await app.inject({ method: 'DELETE', url: `/api/documents/${job.doc}`, headers: WRITE });
    expect(response.statusCode).toBe(200);
    expect(response.json().removed).toMatchObject({ doc: job.doc });
    expect(response.json().removed.nodesDeleted).toBeGreaterThan(0);
    const after = await listed();
    expect(after).toEqual(before.filter((key) => key !== `Document:${job.doc}`));
    const again = await app.inject({ method: 'DELETE', url: `/api/documents/${job.doc}`, headers: WRITE });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('NOT_FOUND');
  });
});

describe('a read-only server', () => {
  it('refuses to add or remove reports, and says so on /api/uploads', async () => {
    const before = await countGraph(db);
    const added = await upload('second.txt', readFileSync(SECOND), readOnly);
    expect(added.statusCode).toBe(403);
    expect(added.json().error.code).toBe('WRITES_DISABLED');
    const [first] = await listed();
    const removed = await readOnly.inject({
      method: 'DELETE',
      url: `/api/documents/${first?.split(':')[1]}`,
      headers: WRITE,
    });
    expect(removed.statusCode).toBe(403);
    expect((await readOnly.inject({ method: 'GET', url: '/api/uploads' })).json()).toMatchObject({ enabled: false });
    expect((await app.inject({ method: 'GET', url: '/api/uploads' })).json()).toMatchObject({ enabled: true });
    expect(await countGraph(db)).toEqual(before);
  });
});
