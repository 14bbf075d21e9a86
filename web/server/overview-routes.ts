// The corpus overview under /api/overview: the entity graph of the reports in a scope, with
// summary edges, laid out in the layout worker before it is sent. Answers come from the overview
// cache (overview-cache.ts): kept while the stored reports stay the same, the first view computed
// ahead, so a page opens on it at once.

import type { FastifyInstance } from 'fastify';
import type { OverviewCache, OverviewQuery } from './overview-cache.js';

const FLAG = { type: 'integer', minimum: 0, maximum: 1 } as const;

export function registerOverviewRoutes(api: FastifyInstance, overviews: OverviewCache): void {
  api.get<{ Querystring: OverviewQuery }>(
    '/overview',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            doc: { type: 'string', maxLength: 300 },
            place: { type: 'string', maxLength: 300 },
            below: FLAG,
            from: { type: 'integer', minimum: 0, maximum: 3000 },
            to: { type: 'integer', minimum: 0, maximum: 3000 },
            cap: { type: 'integer', minimum: 1, maximum: 5000 },
            includeDefault: FLAG,
            measures: FLAG,
          },
          additionalProperties: false,
        },
      },
    },
    async (request) => overviews.get(request.query),
  );
}
