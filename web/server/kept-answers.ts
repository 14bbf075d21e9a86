// The page's first answers (the overview of all reports, the list of reports, the jurisdictions)
// kept on disk with the store version they were computed for, so that a server started again on
// an unchanged store answers its first page at once instead of waiting for a cold Neo4j.
// A file that is missing, unreadable, of another store or of another version is ignored.

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KeptAnswers {
  /** The answer named `name` kept for `version`, or undefined. */
  read<T>(name: string, version: string): Promise<T | undefined>;
  /** Keeps `answer` as the answer named `name` for `version`; a failure to write is ignored. */
  write(name: string, version: string, answer: unknown): Promise<void>;
}

/**
 * Bumped whenever the shape of a kept answer changes (the overview's query, its layout, the
 * list's fields), so that a file written by another version of govkg is not served.
 */
const FORMAT = 1;

/** Keeps nothing: every read misses. */
export const NO_KEPT_ANSWERS: KeptAnswers = {
  read: async () => undefined,
  write: async () => undefined,
};

/**
 * Answers kept as JSON files in `dir`, one per name.
 * @param store what identifies the store the answers are of (a Neo4j address and database), so
 *   that a data folder used with several servers never serves one's answers for another's
 */
export function keptAnswers(dir: string, store: string): KeptAnswers {
  const file = (name: string) => join(dir, `${name}.json`);
  return {
    async read<T>(name: string, version: string) {
      try {
        const kept = JSON.parse(await readFile(file(name), 'utf8'));
        const matches = kept?.format === FORMAT && kept.store === store && kept.version === version;
        return matches ? (kept.answer as T) : undefined;
      } catch {
        return undefined;
      }
    },
    async write(name, version, answer) {
      // Written aside and renamed: a reader never sees half a file, a crash leaves the old one.
      const aside = `${file(name)}.${randomUUID()}.tmp`;
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(aside, JSON.stringify({ format: FORMAT, store, version, answer }));
        await rename(aside, file(name));
      } catch {
        // The answer is kept in memory anyway; the next start computes it again.
      }
    },
  };
}

/** The answer kept for `version`, else `compute()`'s, kept for the next start. */
export async function keptOr<T>(
  kept: KeptAnswers,
  name: string,
  version: string,
  compute: () => Promise<T>,
): Promise<T> {
  const found = await kept.read<T>(name, version);
  if (found !== undefined) return found;
  const answer = await compute();
  await kept.write(name, version, answer);
  return answer;
}
