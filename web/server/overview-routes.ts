// The corpus overview under /api/overview: the entity graph of the reports in a scope, with
// summary edges, laid out in the layout worker before it is sent. Answers are kept while the
// stored reports stay the same (checked by one small query), so a page opens on it at once.

import type { FastifyInstance } from 'fastify';
import type { Database } from '../../cypher/database.js';
import { type Overview, readOverview, readOverviewVersion } from '../../cypher/overview.js';
import type { LayoutPool } from './layout-pool.js';

interface OverviewQuery {
  doc?: string;
  place?: string;
  below?: number;
  from?: number;
  to?: number;
  cap?: number;
  includeDefault?: number;
  measures?: number;
}

const FLAG = { type: 'integer', minimum: 0, maximum: 1 } as const;

/** Most answers kept, the least recently used dropped first. */
const CACHED = 16;

export function registerOverviewRoutes(api: FastifyInstance, db: Database, layouts: LayoutPool): void {
  const cache = new Map<string, Overview>();
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
    async (request) => {
      const q = request.query;
      const key = `${await readOverviewVersion(db)} ${JSON.stringify(q)}`;
      const kept = cache.get(key);
      if (kept) {
        cache.delete(key);
        cache.set(key, kept);
        return kept;
      }
      const overview = await readOverview(db, {
        doc: q.doc || null,
        place: q.place || null,
        below: q.below !== 0,
        from: q.from || null,
        to: q.to || null,
        cap: q.cap ?? 400,
        includeDefault: q.includeDefault === 1,
        measures: q.measures === 1,
      });
      const laidOut = await layouts.layout(overview);
      const answer = { ...overview, nodes: laidOut.nodes };
      cache.set(key, answer);
      for (const old of cache.keys()) if (cache.size > CACHED) cache.delete(old);
      return answer;
    },
  );
}
