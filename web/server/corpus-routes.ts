// The routes of the questions across reports, under /api/corpus. Each takes the scope as query
// parameters: doc (a report id), place (a Jurisdiction key), below (0 or 1), from and to (years).

import type { FastifyInstance } from 'fastify';
import {
  compareReports,
  indicatorSeries,
  listIndicators,
  programTimeline,
  type Row,
  regulationsRanked,
  type Scope,
} from '../../cypher/corpus-queries.js';
import type { Database } from '../../cypher/database.js';
import type { VersionCache } from './version-cache.js';

export interface ScopeQuery {
  doc?: string;
  place?: string;
  below?: number;
  from?: number;
  to?: number;
}

export const SCOPE_PROPERTIES = {
  doc: { type: 'string', maxLength: 300 },
  place: { type: 'string', maxLength: 300 },
  below: { type: 'integer', minimum: 0, maximum: 1 },
  from: { type: 'integer', minimum: 0, maximum: 3000 },
  to: { type: 'integer', minimum: 0, maximum: 3000 },
} as const;

const querystring = (properties: Record<string, unknown>, required: string[] = []) => ({
  schema: {
    querystring: {
      type: 'object',
      required,
      properties: { ...SCOPE_PROPERTIES, ...properties },
      additionalProperties: false,
    },
  },
});

/** The scope a request's query names (nothing: all). */
export function scopeOf(query: ScopeQuery): Scope {
  return {
    doc: query.doc || null,
    place: query.place || null,
    below: query.below !== 0,
    from: query.from || null,
    to: query.to || null,
  };
}

const NAME = { type: 'string', minLength: 1, maxLength: 200 };

/** @param jurisdictions the answer of /corpus/jurisdictions, kept while the stored reports stay the same */
export function registerCorpusRoutes(
  api: FastifyInstance,
  db: Database,
  jurisdictions: VersionCache<{ jurisdictions: Row[] }>,
): void {
  api.get('/corpus/jurisdictions', () => jurisdictions.get());
  api.get('/corpus/indicators', async () => ({ indicators: await listIndicators(db) }));

  api.get<{ Querystring: ScopeQuery & { program: string } }>(
    '/corpus/program-timeline',
    querystring({ program: NAME }, ['program']),
    async (request) => programTimeline(db, request.query.program, scopeOf(request.query)),
  );

  api.get<{ Querystring: ScopeQuery & { indicator: string; measure?: 'level' | 'growth'; places?: string } }>(
    '/corpus/indicator-series',
    querystring(
      {
        indicator: NAME,
        measure: { type: 'string', enum: ['level', 'growth'] },
        places: { type: 'string', maxLength: 3000 },
      },
      ['indicator'],
    ),
    async (request) => {
      const { indicator, measure, places } = request.query;
      const list = (places ?? '').split('|').filter((p) => p !== '');
      const points = await indicatorSeries(db, indicator, {
        measure: measure ?? 'level',
        places: list,
        ...scopeOf(request.query),
      });
      return { indicator, measure: measure ?? 'level', points };
    },
  );

  api.get<{ Querystring: ScopeQuery }>('/corpus/regulations', querystring({}), async (request) => ({
    regulations: await regulationsRanked(db, scopeOf(request.query)),
  }));

  api.get<{ Querystring: { a: string; b: string } }>(
    '/corpus/compare',
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['a', 'b'],
          properties: { a: { type: 'string', maxLength: 300 }, b: { type: 'string', maxLength: 300 } },
          additionalProperties: false,
        },
      },
    },
    async (request) => ({ rows: await compareReports(db, request.query.a, request.query.b) }),
  );
}
