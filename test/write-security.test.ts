// The API's writes (adding and removing reports) on the real embedded Neo4j: nothing a cross-site
// page can send reaches them (no custom header, a cross-site mark, a foreign Origin or Host), and
// the token is checked on the routed path however the target is spelled.

import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useGuardedApi, useReferenceApi } from './api-harness.js';
import { countGraph } from './helpers.js';

const { db, app, doc } = await useReferenceApi();

const UPLOAD = { 'content-type': 'application/octet-stream', 'x-govkg-filename': 'report.txt' };
const BODY = Buffer.from('二〇二一年法治政府建设情况报告\n一、主要举措\n区司法局推进行政执法公示。\n');

describe('a write needs a header no cross-site form can send', () => {
  it('refuses an upload and a removal without X-Govkg-Client, and changes nothing', async () => {
    const before = await countGraph(db);
    const post = await app.inject({ method: 'POST', url: '/api/documents', headers: UPLOAD, payload: BODY });
    expect(post.statusCode).toBe(403);
    expect(post.json().error.code).toBe('WRITE_REFUSED');
    const del = await app.inject({ method: 'DELETE', url: `/api/documents/${doc()}` });
    expect(del.statusCode).toBe(403);
    expect(del.json().error.code).toBe('WRITE_REFUSED');
    expect(await countGraph(db)).toEqual(before);
  });

  it('refuses what an HTML form can post: urlencoded, multipart and plain text bodies', async () => {
    const before = await countGraph(db);
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/documents',
        headers: { 'content-type': type },
        payload: type.startsWith('multipart')
          ? '--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nA\r\n--x--\r\n'
          : 'a=1',
      });
      expect(response.statusCode, type).toBe(403);
    }
    expect(await countGraph(db)).toEqual(before);
  });

  it('refuses a write a browser marks as cross-site or sends from a foreign Origin, even with the header', async () => {
    const headers = { ...UPLOAD, 'x-govkg-client': 'page' };
    for (const extra of [{ 'sec-fetch-site': 'cross-site' }, { origin: 'http://evil.example' }, { origin: 'null' }]) {
      const post = await app.inject({
        method: 'POST',
        url: '/api/documents',
        headers: { ...headers, ...extra },
        payload: BODY,
      });
      expect(post.statusCode, JSON.stringify(extra)).toBe(403);
      expect(post.json().error.code).toBe('CROSS_SITE_REFUSED');
      const del = await app.inject({
        method: 'DELETE',
        url: `/api/documents/${doc()}`,
        headers: { 'x-govkg-client': 'page', ...extra },
      });
      expect(del.statusCode, JSON.stringify(extra)).toBe(403);
    }
    expect((await app.inject({ method: 'GET', url: '/api/documents' })).json().documents).toHaveLength(1);
  });

  it('refuses a write addressed to a foreign Host (DNS rebinding) with 421', async () => {
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/documents/${doc()}`,
      headers: { host: 'evil.example:5173', 'x-govkg-client': 'page' },
    });
    expect(response.statusCode).toBe(421);
  });
});

describe('with a token, writes need it on the routed path', () => {
  const token = 'write-token-456';
  const guarded = useGuardedApi(db, token);

  /** One request with the target exactly as given; answers the status code. */
  function send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: guarded.port(), method, path, headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('answers 401 to an upload or a removal without the token, however the path is spelled', async () => {
    for (const path of ['/api/documents', '/%61pi/documents', '/api/%64ocuments']) {
      expect(await send('POST', path, { ...UPLOAD, 'x-govkg-client': 'cli' }, BODY), path).toBe(401);
      expect(await send('DELETE', `${path}/${doc()}`, { 'x-govkg-client': 'cli' }), path).toBe(401);
    }
  });

  it('reaches the routes with the token and the header', async () => {
    const auth = { authorization: `Bearer ${token}`, 'x-govkg-client': 'cli' };
    expect(await send('DELETE', '/%61pi/documents/0123456789abcdef', auth)).toBe(404);
    expect(await send('DELETE', '/api/documents/0123456789abcdef', { authorization: `Bearer ${token}` })).toBe(403);
  });
});
