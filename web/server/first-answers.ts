// The answers every page start asks for: the list of reports, the jurisdictions and the overview
// of all reports. Each is kept while the stored reports stay the same (their version is one small
// query) and, given a folder, on disk between starts; the overview is also computed ahead.

import { listJurisdictions, type Row } from '../../cypher/corpus-queries.js';
import type { Database } from '../../cypher/database.js';
import { readOverviewVersion } from '../../cypher/overview.js';
import { listDocuments } from '../../cypher/queries.js';
import { keptAnswers, keptOr, NO_KEPT_ANSWERS } from './kept-answers.js';
import { createLayoutPool, type LayoutPool } from './layout-pool.js';
import { createOverviewCache, type OverviewCache } from './overview-cache.js';
import { type VersionCache, versionCache } from './version-cache.js';

export interface FirstAnswers {
  /** The body of GET /api/documents, as JSON. */
  documents: VersionCache<string>;
  jurisdictions: VersionCache<{ jurisdictions: Row[] }>;
  overviews: OverviewCache;
}

/**
 * @param options.pollMs how often the version is checked to compute the overview ahead (0: never)
 * @param options.keepIn the folder where the answers are kept between starts (default: none)
 * @param options.onError where a failed computation ahead is reported
 */
export function createFirstAnswers(
  db: Database,
  layouts: LayoutPool,
  options: { pollMs?: number; keepIn?: string | undefined; onError?: (error: unknown) => void } = {},
): FirstAnswers {
  // The embedded store lives in the data folder with the kept answers; a server is its address.
  const onDisk = options.keepIn
    ? keptAnswers(options.keepIn, db.embedded ? 'embedded' : `${db.uri} ${db.name}`)
    : NO_KEPT_ANSWERS;
  const version = () => readOverviewVersion(db);
  const documents = versionCache(version, (v) =>
    keptOr(onDisk, 'documents', v, async () => JSON.stringify({ documents: await listDocuments(db) })),
  );
  const jurisdictions = versionCache(version, (v) =>
    keptOr(onDisk, 'jurisdictions', v, async () => ({ jurisdictions: await listJurisdictions(db) })),
  );
  const overviews = createOverviewCache(db, layouts, {
    pollMs: options.pollMs ?? 0,
    onDisk,
    alongside: () => Promise.all([documents.get(), jurisdictions.get()]),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return { documents, jurisdictions, overviews };
}

/**
 * Computes the page's first answers for the reports as stored now and keeps them in `keepIn`, so
 * that the next server started on the store answers its first page at once.
 */
export async function keepFirstAnswers(db: Database, keepIn: string): Promise<void> {
  const layouts = createLayoutPool();
  try {
    await createFirstAnswers(db, layouts, { keepIn }).overviews.warm();
  } finally {
    await layouts.close();
  }
}
