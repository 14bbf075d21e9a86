// The HTTP API of the explorer (Fastify) and the built page. JSON in and out; errors as
// {error: {code, message}}; Neo4j credentials never reach the browser.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { GovkgConfig } from '../../cypher/config.js';
import type { Database } from '../../cypher/database.js';
import {
  findTemplate,
  listDocuments,
  listTemplates,
  readDocumentText,
  readGraph,
  readNeighbours,
  readNode,
  runReadQuery,
  searchEntities,
} from '../../cypher/queries.js';
import { GovkgError, isGovkgError } from '../../graph/errors.js';
import { computeLayout } from '../../graph/layout.js';

const STATUS: Partial<Record<GovkgError['code'], number>> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  QUERY_REFUSED: 403,
  QUERY_FAILED: 400,
  // Not 408: browsers resend a request answered 408, so the page would run the query again.
  QUERY_TIMEOUT: 504,
  NEO4J_UNREACHABLE: 503,
};

const MAX_GRAPH = 50_000;

/** No inline script, no other origin: report text that slips through as markup cannot run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createApp(
  db: Database,
  config: Pick<GovkgConfig, 'queryTimeoutMs' | 'rowCap' | 'root'> & { apiToken?: string | undefined },
): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (config.apiToken && request.url.startsWith('/api/')) {
      const given = request.headers.authorization ?? '';
      if (given !== `Bearer ${config.apiToken}`) {
        return reply.status(401).send({
          error: {
            code: 'UNAUTHORIZED',
            message: 'this API needs the header Authorization: Bearer <GOVKG_API_TOKEN>',
          },
        });
      }
    }
  });
  const limits = { timeoutMs: config.queryTimeoutMs, rowCap: config.rowCap };

  app.setErrorHandler((error, _request, reply) => {
    if (isGovkgError(error)) {
      return reply.status(STATUS[error.code] ?? 500).send({ error: { code: error.code, message: error.message } });
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    const code = status === 500 ? 'INTERNAL' : ((error as { code?: string }).code ?? 'BAD_REQUEST');
    const message = status === 500 ? 'internal error' : (error as Error).message;
    return reply.status(status).send({ error: { code, message } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` } }),
  );

  app.get('/api/documents', async () => ({ documents: await listDocuments(db) }));

  app.get<{ Querystring: { doc?: string; cap?: number } }>(
    '/api/graph',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            doc: { type: 'string', maxLength: 300 },
            cap: { type: 'integer', minimum: 1, maximum: MAX_GRAPH },
          },
          additionalProperties: false,
        },
      },
    },
    async (request) =>
      computeLayout(await readGraph(db, { doc: request.query.doc ?? null, cap: request.query.cap ?? 5000 })),
  );

  app.get<{ Querystring: { q: string; limit?: number } }>(
    '/api/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 100 },
          },
        },
      },
    },
    async (request) => ({ hits: await searchEntities(db, request.query.q, request.query.limit ?? 20) }),
  );

  app.get<{ Params: { key: string } }>('/api/nodes/:key', async (request) => {
    const node = await readNode(db, request.params.key);
    if (!node) throw new GovkgError('NOT_FOUND', `no node with key ${request.params.key}`);
    return node;
  });

  app.get<{ Params: { key: string }; Querystring: { limit?: number } }>(
    '/api/nodes/:key/neighbours',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 2000 } },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      if (!(await readNode(db, request.params.key, 1)))
        throw new GovkgError('NOT_FOUND', `no node with key ${request.params.key}`);
      return readNeighbours(db, request.params.key, request.query.limit ?? 100);
    },
  );

  app.get<{ Params: { id: string } }>('/api/documents/:id/text', async (request) => {
    const document = await readDocumentText(db, request.params.id);
    if (!document) throw new GovkgError('NOT_FOUND', `no document ${request.params.id}`);
    return document;
  });

  app.get('/api/templates', async () => ({ templates: listTemplates() }));

  app.post<{ Params: { name: string }; Body: { params?: Record<string, unknown> } | null }>(
    '/api/templates/:name',
    async (request) => {
      const template = findTemplate(request.params.name);
      if (!template) throw new GovkgError('NOT_FOUND', `no template named ${request.params.name}`);
      const params = { ...template.params, ...(request.body?.params ?? {}) };
      return runReadQuery(db, template.cypher, params, limits);
    },
  );

  app.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
    '/api/cypher',
    {
      schema: {
        body: {
          type: 'object',
          required: ['query'],
          properties: { query: { type: 'string', minLength: 1, maxLength: 20_000 }, params: { type: 'object' } },
          additionalProperties: false,
        },
      },
    },
    async (request) => runReadQuery(db, request.body.query, request.body.params ?? {}, limits),
  );

  const pageDir = join(config.root, 'dist', 'web');
  if (existsSync(pageDir)) {
    app.register(fastifyStatic, { root: pageDir, prefix: '/' });
  }
  return app;
}
