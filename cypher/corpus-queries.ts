// Typed callers of the questions across reports (cypher/corpus.cypher.ts). Every call returns
// plain values; the scope is one object shared by every question.

import neo4j from 'neo4j-driver';
import {
  COMPARE_REPORTS,
  INDICATOR_SERIES,
  INDICATORS,
  JURISDICTIONS,
  PROGRAM_TIMELINE,
  REGULATIONS_RANKED,
} from './corpus.cypher.js';
import type { Database } from './database.js';
import { toPlain } from './values.js';

/** What a question looks at: one report, a jurisdiction (and the levels below it), years, or all. */
export interface Scope {
  /** A document id. */
  doc?: string | null;
  /** A Jurisdiction key (Jurisdiction:广东省深圳市). */
  place?: string | null;
  /** With the jurisdictions below `place`. Default: true. */
  below?: boolean;
  /** Reviewed years, inclusive. */
  from?: number | null;
  to?: number | null;
}

export type Row = Record<string, unknown>;

/** The scope as the templates' parameters ('' and 0 for "any"). */
export function scopeParams(scope: Scope): Record<string, unknown> {
  return {
    doc: scope.doc ?? '',
    place: scope.place ?? '',
    below: neo4j.int(scope.below === false ? 0 : 1),
    from: neo4j.int(scope.from ?? 0),
    to: neo4j.int(scope.to ?? 0),
  };
}

async function read(db: Database, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await db.driver.executeQuery(cypher, params, { database: db.name, routing: neo4j.routing.READ });
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

export interface ProgramTimeline {
  program: string;
  rows: Row[];
  firstYear: number | null;
  lastYear: number | null;
}

export async function programTimeline(db: Database, program: string, scope: Scope = {}): Promise<ProgramTimeline> {
  const rows = await read(db, PROGRAM_TIMELINE, { program, ...scopeParams(scope) });
  const years = rows.map((r) => r.year).filter((y): y is number => typeof y === 'number');
  return {
    program: String(rows[0]?.program ?? program),
    rows,
    firstYear: years.length > 0 ? Math.min(...years) : null,
    lastYear: years.length > 0 ? Math.max(...years) : null,
  };
}

export async function indicatorSeries(
  db: Database,
  indicator: string,
  options: { measure?: 'level' | 'growth'; places?: string[] } & Scope = {},
): Promise<Row[]> {
  const { measure = 'level', places = [], ...scope } = options;
  return read(db, INDICATOR_SERIES, { indicator, measure, places: places.join('|'), ...scopeParams(scope) });
}

export async function regulationsRanked(db: Database, scope: Scope = {}): Promise<Row[]> {
  return read(db, REGULATIONS_RANKED, scopeParams(scope));
}

export async function compareReports(db: Database, a: string, b: string): Promise<Row[]> {
  return read(db, COMPARE_REPORTS, { a, b });
}

export async function listJurisdictions(db: Database): Promise<Row[]> {
  return read(db, JURISDICTIONS, {});
}

export async function listIndicators(db: Database): Promise<Row[]> {
  return read(db, INDICATORS, {});
}
