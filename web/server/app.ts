// The HTTP API of the explorer (Fastify) and the built page. JSON in and out; errors as
// {error: {code, message}}; Neo4j credentials and stack traces never reach the browser.

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { DEFAULTS, defaultConsoleSlots, type GovkgConfig } from '../../cypher/config.js';
import type { Database } from '../../cypher/database.js';
import {
  findTemplate,
  readDocumentText,
  readGraph,
  readNeighbours,
  readNode,
  runReadQuery,
  searchEntities,
} from '../../cypher/queries.js';
import { listTemplatesForData } from '../../cypher/template-defaults.js';
import { GovkgError, isGovkgError } from '../../graph/errors.js';
import { ConsoleBusyError, type ConsoleGate, createConsoleGate } from './console-gate.js';
import { registerCorpusRoutes, SCOPE_PROPERTIES, type ScopeQuery, scopeOf } from './corpus-routes.js';
import { registerDocumentRoutes } from './document-routes.js';
import { createFirstAnswers } from './first-answers.js';
import { crossSiteGuard, hostGuard, tokenGuard } from './guards.js';
import { graphJsonStream } from './json-stream.js';
import { createLayoutPool, type LayoutPool } from './layout-pool.js';
import type { OverviewCache } from './overview-cache.js';
import { registerOverviewRoutes } from './overview-routes.js';
import { createUploadQueue } from './upload-jobs.js';
import type { VersionCache } from './version-cache.js';

const STATUS: Partial<Record<GovkgError['code'], number>> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  QUERY_REFUSED: 403,
  LOAD_CSV_REFUSED: 403,
  PROCEDURE_REFUSED: 403,
  ADMIN_REFUSED: 403,
  PARAMS_TOO_DEEP: 400,
  PARAMS_TOO_LARGE: 400,
  QUERY_FAILED: 400,
  QUERY_MEMORY_LIMIT: 400,
  QUERY_CPU_LIMIT: 400,
  CONSOLE_BUSY: 503,
  // Not 408: browsers resend a request answered 408, so the page would run the query again.
  QUERY_TIMEOUT: 504,
  NEO4J_UNREACHABLE: 503,
  SERVER_BUSY: 503,
  UNSUPPORTED_FORMAT: 415,
  INPUT_TOO_LARGE: 413,
  INPUT_EMPTY: 400,
};

const MAX_GRAPH = 50_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** The answers of /api/overview, and the first view computed ahead. */
    overviews: OverviewCache;
  }
}

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

/**
 * The console settings default as in DEFAULTS, except queryCpuMs: unset here, the time limit
 * alone bounds a console query (resolveConfig gives `govkg serve` half the time limit).
 */
export interface AppOptions
  extends Pick<GovkgConfig, 'queryTimeoutMs' | 'rowCap' | 'root'>,
    Partial<Pick<GovkgConfig, 'queryCpuMs' | 'consoleSlots' | 'consoleQueue' | 'consoleBurstMs'>> {
  apiToken?: string | undefined;
  /** Refuse adding and removing reports through the API. Default: false */
  readOnly?: boolean | undefined;
  /** The largest report upload, in bytes. Default: maxFileBytes of ingest/limits.ts (64 MiB). */
  maxUploadBytes?: number | undefined;
  /** The host the server is bound to; Host headers naming it are accepted besides loopback. */
  host?: string | undefined;
  /**
   * Compute the overview of all reports ahead, at start and whenever the stored reports change,
   * checked every this many ms. Default: 0, only on request (`govkg serve` passes DEFAULTS.overviewPollMs).
   */
  overviewPollMs?: number | undefined;
  /** A folder where the page's first answers are kept between starts (first-answers.ts). Default: none */
  keepAnswersIn?: string | undefined;
  /** Fastify's pino logger: false (default) for none, true or pino options to log each request. */
  logger?: FastifyServerOptions['logger'];
}

export function createApp(db: Database, config: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: config.logger ?? false,
    bodyLimit: 256 * 1024,
    genReqId: () => randomUUID(),
  });
  const layouts = createLayoutPool();
  const { documents, jurisdictions, overviews } = createFirstAnswers(db, layouts, {
    pollMs: config.overviewPollMs ?? 0,
    keepIn: config.keepAnswersIn,
    onError: (error) => app.log.warn({ err: error }, 'the overview computed ahead failed; the next check tries again'),
  });
  app.decorate('overviews', overviews);
  app.addHook('onClose', async () => {
    await overviews.close();
    await layouts.close();
  });
  const uploads = createUploadQueue(db);
  app.addHook('onClose', () => uploads.close());

  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  app.addHook('onRequest', hostGuard(config.host));
  const limits = { timeoutMs: config.queryTimeoutMs, rowCap: config.rowCap };
  const consoleGate = createConsoleGate({
    slots: config.consoleSlots ?? defaultConsoleSlots(),
    queue: config.consoleQueue ?? DEFAULTS.consoleQueue,
    burstMs: config.consoleBurstMs ?? DEFAULTS.consoleBurstMs,
    limits: { timeoutMs: config.queryTimeoutMs, cpuMs: config.queryCpuMs },
  });

  app.setErrorHandler((error, request, reply) => {
    const known = isGovkgError(error);
    const status = known ? (STATUS[error.code] ?? 500) : ((error as { statusCode?: number }).statusCode ?? 500);
    if (status >= 500) {
      // The cause goes to the log with the request id; the answer names the id, not the cause.
      request.log.error({ err: error, code: known ? error.code : 'INTERNAL' }, 'request failed');
      const code = known ? error.code : 'INTERNAL';
      const message = known && status !== 500 ? error.message : `internal error (request ${request.id})`;
      if (error instanceof ConsoleBusyError) reply.header('retry-after', String(error.retryAfterS));
      return reply.status(status).send({ error: { code, message, requestId: request.id } });
    }
    const code = known ? error.code : ((error as { code?: string }).code ?? 'BAD_REQUEST');
    request.log.info({ code, status }, 'request refused');
    return reply.status(status).send({ error: { code, message: (error as Error).message } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` } }),
  );

  app.register(
    async (api) => {
      // Hooks of this scope run on the routed path, however the request target was spelled.
      api.addHook('onRequest', crossSiteGuard(config.host));
      if (config.apiToken) api.addHook('onRequest', tokenGuard(config.apiToken));
      registerApiRoutes(api, db, layouts, limits, consoleGate, documents);
      registerCorpusRoutes(api, db, jurisdictions);
      registerDocumentRoutes(api, uploads, { readOnly: config.readOnly ?? false, maxBytes: config.maxUploadBytes });
      registerOverviewRoutes(api, overviews);
    },
    { prefix: '/api' },
  );

  const pageDir = join(config.root, 'dist', 'web');
  if (existsSync(pageDir)) {
    app.register(fastifyStatic, { root: pageDir, prefix: '/' });
  }
  return app;
}

/** The routes of /api, registered in the scope that holds the API's guards. */
function registerApiRoutes(
  api: FastifyInstance,
  db: Database,
  layouts: LayoutPool,
  limits: { timeoutMs: number; rowCap: number },
  consoleGate: ConsoleGate,
  documents: VersionCache<string>,
): void {
  api.get('/documents', async (_request, reply) => reply.type('application/json').send(await documents.get()));

  api.get<{ Querystring: ScopeQuery & { cap?: number } }>(
    '/graph',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            ...SCOPE_PROPERTIES,
            cap: { type: 'integer', minimum: 1, maximum: MAX_GRAPH },
          },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const view = await readGraph(db, { ...scopeOf(request.query), cap: request.query.cap ?? 5000 });
      const laidOut = await layouts.layout(view);
      return reply.type('application/json; charset=utf-8').send(graphJsonStream(laidOut));
    },
  );

  api.get<{ Querystring: ScopeQuery & { q: string; limit?: number } }>(
    '/search',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['q'],
          properties: {
            ...SCOPE_PROPERTIES,
            q: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 100 },
          },
        },
      },
    },
    async (request) => ({
      hits: await searchEntities(db, request.query.q, request.query.limit ?? 20, scopeOf(request.query)),
    }),
  );

  api.get<{ Params: { key: string } }>('/nodes/:key', async (request) => {
    const node = await readNode(db, request.params.key);
    if (!node) throw new GovkgError('NOT_FOUND', `no node with key ${request.params.key}`);
    return node;
  });

  api.get<{ Params: { key: string }; Querystring: { limit?: number } }>(
    '/nodes/:key/neighbours',
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

  api.get<{ Params: { id: string } }>('/documents/:id/text', async (request) => {
    const document = await readDocumentText(db, request.params.id);
    if (!document) throw new GovkgError('NOT_FOUND', `no document ${request.params.id}`);
    return document;
  });

  api.get('/templates', async () => ({ templates: await listTemplatesForData(db) }));

  api.post<{ Params: { name: string }; Body: { params?: Record<string, unknown> } | null }>(
    '/templates/:name',
    async (request) => {
      const template = findTemplate(request.params.name);
      if (!template) throw new GovkgError('NOT_FOUND', `no template named ${request.params.name}`);
      const params = { ...template.params, ...(request.body?.params ?? {}) };
      return runReadQuery(db, template.cypher, params, { ...limits, template: true });
    },
  );

  api.post<{ Body: { query: string; params?: Record<string, unknown> } }>(
    '/cypher',
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
    // Typed by a user: through the console gate, marked so the embedded server can lower its priority.
    async (request) =>
      consoleGate.run((granted) =>
        runReadQuery(db, request.body.query, request.body.params ?? {}, {
          ...granted,
          rowCap: limits.rowCap,
          origin: 'console',
        }),
      ),
  );
}

/**
 * Closes the server: it stops accepting connections, gives the requests in flight `graceMs` to
 * finish, then cuts the connections still open, again every 100 ms until the close is done (a
 * streamed answer a client stopped reading would otherwise hold it forever), and resolves once the
 * close hooks have run.
 */
export async function closeApp(app: FastifyInstance, graceMs: number): Promise<void> {
  const closing = app.close();
  let cutting: NodeJS.Timeout | undefined;
  const grace = setTimeout(() => {
    app.server.closeAllConnections();
    cutting = setInterval(() => app.server.closeAllConnections(), 100);
  }, graceMs);
  try {
    await closing;
  } finally {
    clearTimeout(grace);
    clearInterval(cutting);
  }
}
