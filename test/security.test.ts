// The console and the API let nothing out, on the real embedded Neo4j: the token is checked on
// the routed path, a foreign Host is refused, user Cypher reads only the graph (no LOAD CSV, no
// administration), and no query outlives its limits.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect as connectTcp } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../web/server/app.js';
import { useGuardedApi, useReferenceApi } from './api-harness.js';
import { openTestDatabase, ROOT } from './helpers.js';

const { db, app } = await useReferenceApi();

const cypher = (query: string, params?: unknown) =>
  app.inject({ method: 'POST', url: '/api/cypher', payload: { query, ...(params ? { params } : {}) } });

/** Sends one raw HTTP/1.1 request (the target exactly as given) and answers the status code. */
function rawRequest(port: number, requestLine: string, headers: Record<string, string>, body = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on('error', reject);
    const lines = Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)) }).map(
      ([k, v]) => `${k}: ${v}`,
    );
    socket.write(`${requestLine}\r\n${lines.join('\r\n')}\r\n\r\n${body}`);
  });
}

describe('the token is checked on the routed path', () => {
  const token = 'test-token-123';
  const guarded = useGuardedApi(db, token);

  const body = JSON.stringify({ query: 'RETURN 1 AS one' });
  const json = (extra: Record<string, string> = {}) => ({
    host: `127.0.0.1:${guarded.port()}`,
    'content-type': 'application/json',
    connection: 'close',
    ...extra,
  });

  it('answers 401 to /%61pi/cypher and to an absolute-form target without the token', async () => {
    expect(await rawRequest(guarded.port(), 'POST /%61pi/cypher HTTP/1.1', json(), body)).toBe(401);
    expect(
      await rawRequest(guarded.port(), `POST http://127.0.0.1:${guarded.port()}/api/cypher HTTP/1.1`, json(), body),
    ).toBe(401);
    expect(await rawRequest(guarded.port(), 'GET /%61pi/documents HTTP/1.1', json())).toBe(401);
    expect(await rawRequest(guarded.port(), 'POST /api/cypher HTTP/1.1', json(), body)).toBe(401);
  });

  it('answers the same routes with the token', async () => {
    const auth = { authorization: `Bearer ${token}` };
    expect(await rawRequest(guarded.port(), 'POST /%61pi/cypher HTTP/1.1', json(auth), body)).toBe(200);
    expect(
      await rawRequest(guarded.port(), `POST http://127.0.0.1:${guarded.port()}/api/cypher HTTP/1.1`, json(auth), body),
    ).toBe(200);
  });
});

describe('only the names the server is bound as', () => {
  it('refuses a foreign Host header (DNS rebinding) with 421', async () => {
    for (const host of ['evil.example:5173', 'evil.example', '127.0.0.1.evil.example']) {
      const response = await app.inject({ method: 'GET', url: '/api/documents', headers: { host } });
      expect(response.statusCode, host).toBe(421);
      expect(response.json().error.code).toBe('HOST_REFUSED');
    }
  });

  it('answers localhost, 127.0.0.1, [::1] and the configured host, with or without a port', async () => {
    for (const host of ['localhost:5173', '127.0.0.1', '127.0.0.1:5173', '[::1]:5173', 'LOCALHOST']) {
      const response = await app.inject({ method: 'GET', url: '/api/documents', headers: { host } });
      expect(response.statusCode, host).toBe(200);
    }
    const named = createApp(db, { queryTimeoutMs: 3000, rowCap: 10, root: ROOT, host: 'govkg.lan', apiToken: 't' });
    const headers = { host: 'govkg.lan:8080', authorization: 'Bearer t' };
    expect((await named.inject({ method: 'GET', url: '/api/documents', headers })).statusCode).toBe(200);
    await named.close();
  });

  it('refuses API calls a browser marks as cross-site, or from a foreign Origin', async () => {
    const crossSite = await app.inject({
      method: 'GET',
      url: '/api/graph',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('CROSS_SITE_REFUSED');
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      headers: { origin: 'http://evil.example' },
      payload: { query: 'RETURN 1' },
    });
    expect(foreign.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      headers: { origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-origin' },
      payload: { query: 'RETURN 1 AS one' },
    });
    expect(own.statusCode).toBe(200);
  });
});

describe('the console reads nothing outside the graph', () => {
  it('refuses LOAD CSV of a file, of /proc and of a URL, without fetching it', async () => {
    let fetched = 0;
    const web = createServer((_req, res) => {
      fetched++;
      res.end('secret,page\n');
    });
    await new Promise<void>((done) => web.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}/`;
    try {
      for (const source of ['file:///etc/passwd', 'file:///proc/self/environ', 'file:///dev/zero', url]) {
        const response = await cypher(`LOAD CSV FROM '${source}' AS r RETURN r`);
        expect(response.statusCode, source).toBe(403);
        expect(response.json().error.code).toBe('LOAD_CSV_REFUSED');
        expect(response.body).not.toContain('root:');
      }
      const hidden = await cypher('CALL () { LOAD CSV FROM $u AS r RETURN r } RETURN r', { u: url });
      expect(hidden.json().error.code).toBe('LOAD_CSV_REFUSED');
      expect(fetched).toBe(0);
    } finally {
      web.close();
    }
  });

  it('leaves file URLs off in the embedded Neo4j itself', async () => {
    await expect(
      db.driver.executeQuery("LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", {}, { database: db.name }),
    ).rejects.toThrow(/file URL|not allowed|allow_csv_import_from_file_urls|Cannot load from URL/i);
  });

  const admin = [
    'CALL dbms.listConfig()',
    'SHOW USERS',
    'SHOW DATABASES',
    'SHOW TRANSACTIONS',
    'SHOW SETTINGS',
    'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    'CALL db.clearQueryCaches()',
    'CALL dbms.queryJmx("*:*")',
    'CALL dbms.killConnections(["bolt-1"])',
    'CALL dbms.listConnections()',
  ];
  for (const query of admin) {
    it(`refuses ${query}`, async () => {
      const response = await cypher(query);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toMatch(/^(ADMIN|PROCEDURE)_REFUSED$/);
    });
  }

  it('still runs the read procedures and listings the explorer uses', async () => {
    const labels = await cypher('CALL db.labels() YIELD label RETURN label');
    expect(labels.statusCode).toBe(200);
    expect(labels.json().rows.map((r: { label: string }) => r.label)).toContain('Program');
    const search = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name",
      { q: '冬奥会' },
    );
    expect(search.json().rows.map((r: { name: string }) => r.name)).toContain('冬奥会筹办');
    expect((await cypher('SHOW INDEXES YIELD name RETURN name')).statusCode).toBe(200);
    const path = await cypher(
      'MATCH p = shortestPath((a:Agency)-[*..4]-(b:Regulation)) RETURN length(p) AS hops LIMIT 1',
    );
    expect(path.statusCode).toBe(200);
  });
});

/** CPU seconds the Neo4j process used (user + system), from /proc/<pid>/stat. */
function javaCpuSeconds(): number {
  const fields =
    readFileSync(`/proc/${inject('neo4j').pid}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

describe('no query outlives its limits', () => {
  it('stops an expression bomb at its timeout: 504, and no Java CPU use 2 s later', async () => {
    const started = Date.now();
    const response = await cypher('RETURN reduce(s = 0, i IN range(1, 4000000000) | s + i) AS s');
    expect(response.statusCode).toBe(504);
    expect(response.json().error.code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000 + 6000);
    await new Promise((done) => setTimeout(done, 2000));
    const before = javaCpuSeconds();
    await new Promise((done) => setTimeout(done, 1000));
    expect(javaCpuSeconds() - before).toBeLessThan(0.3);
    expect((await cypher('RETURN 1 AS one')).json().rows).toEqual([{ one: 1 }]);
  });

  it('refuses a memory bomb by the transaction memory limit', async () => {
    const roomy = createApp(db, { queryTimeoutMs: 30_000, rowCap: 10, root: ROOT });
    try {
      const response = await roomy.inject({
        method: 'POST',
        url: '/api/cypher',
        payload: { query: 'UNWIND range(1, 100000000) AS x RETURN size(collect(x)) AS n' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('QUERY_MEMORY_LIMIT');
    } finally {
      await roomy.close();
    }
  });

  it('answers parameters nested 3,000 deep with 400 at once', async () => {
    let nested: unknown = 1;
    for (let i = 0; i < 3000; i++) nested = { a: nested };
    const started = Date.now();
    const response = await cypher('RETURN $p AS p', { p: nested });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('PARAMS_TOO_DEEP');
    const template = await app.inject({
      method: 'POST',
      url: '/api/templates/program-measures',
      payload: { params: { program: nested } },
    });
    expect(template.json().error.code).toBe('PARAMS_TOO_DEEP');
    const wide = await cypher('RETURN size($p) AS n', { p: Array.from({ length: 20_000 }, (_, i) => i) });
    expect(wide.json().error.code).toBe('PARAMS_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says what happened in its own words: a syntax error is 400 QUERY_FAILED', async () => {
    const response = await cypher('MATCH (n RETURN n');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('QUERY_FAILED');
    expect(response.json().error.message).toMatch(/^the query has an error: /);
  });
});

describe('logs', () => {
  it('logs a 500 with its cause and request id; the answer holds neither cause nor stack', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const broken = await openTestDatabase();
    await broken.driver.close();
    const logged = createApp(broken, {
      queryTimeoutMs: 3000,
      rowCap: 10,
      root: ROOT,
      logger: { level: 'info', stream },
    });
    try {
      const response = await logged.inject({ method: 'GET', url: '/api/documents' });
      expect(response.statusCode).toBe(500);
      const { error } = response.json();
      expect(error.code).toBe('INTERNAL');
      expect(response.body).not.toMatch(/Pool is closed|at .*\.(ts|js):\d+/);
      const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request failed');
      expect(failure?.reqId).toBe(error.requestId);
      expect(failure?.err?.message).toMatch(/Pool is closed/);
      expect(failure?.err?.stack).toBeTruthy();
      expect(lines.some((l) => JSON.parse(l).msg === 'incoming request')).toBe(true);
    } finally {
      await logged.close();
    }
  });
});
