// Applies the schema of schema.cypher.ts; safe to run before every load. A full-text index
// created with another configuration (an older version's) is dropped and created again.

import type { Database } from './database.js';
import {
  AWAIT_FULLTEXT,
  AWAIT_INDEXES,
  CONSTRAINTS,
  DROP_FULLTEXT_INDEX,
  FULLTEXT_CONFIG,
  FULLTEXT_INDEX,
  FULLTEXT_INDEX_CONFIG,
  INDEXES,
} from './schema.cypher.js';

/** True when the stored full-text index exists with a configuration other than FULLTEXT_CONFIG. */
async function fulltextIndexDiffers(db: Database): Promise<boolean> {
  const { records } = await db.driver.executeQuery(FULLTEXT_INDEX_CONFIG, {}, { database: db.name });
  const config = records[0]?.get('config') as Record<string, unknown> | undefined;
  if (!config) return false;
  return Object.entries(FULLTEXT_CONFIG).some(([key, value]) => config[key] !== value);
}

export async function ensureSchema(db: Database): Promise<void> {
  if (await fulltextIndexDiffers(db)) await db.driver.executeQuery(DROP_FULLTEXT_INDEX, {}, { database: db.name });
  for (const statement of [...CONSTRAINTS, ...INDEXES, FULLTEXT_INDEX]) {
    await db.driver.executeQuery(statement, {}, { database: db.name });
  }
  await db.driver.executeQuery(AWAIT_INDEXES, {}, { database: db.name });
}

/** Waits until searches see every committed write (the full-text index is eventually consistent). */
export async function awaitFulltext(db: Database): Promise<void> {
  await db.driver.executeQuery(AWAIT_FULLTEXT, {}, { database: db.name });
}
