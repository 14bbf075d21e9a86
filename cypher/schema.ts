// Applies the schema of schema.cypher.ts; safe to run before every load.

import type { Database } from './database.js';
import { AWAIT_INDEXES, CONSTRAINTS, FULLTEXT_INDEX, INDEXES } from './schema.cypher.js';

export async function ensureSchema(db: Database): Promise<void> {
  for (const statement of [...CONSTRAINTS, ...INDEXES, FULLTEXT_INDEX]) {
    await db.driver.executeQuery(statement, {}, { database: db.name });
  }
  await db.driver.executeQuery(AWAIT_INDEXES, {}, { database: db.name });
}
