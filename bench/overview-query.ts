// Times the overview's query alone on a freshly started embedded Neo4j of the store (no HTTP, no
// page), to tell planning from execution and a cold server from a warm one: planning alone
// (EXPLAIN) cold and again, the query cold, again, and with its plan kept; then its PROFILE.
// Usage: GOVKG_DATA_DIR=<store> tsx bench/overview-query.ts [--repeat 3] [--profile]
import neo4j from 'neo4j-driver';
import { resolveConfig } from '../cypher/config.js';
import { openDatabase } from '../cypher/database.js';
import { OVERVIEW } from '../cypher/overview.cypher.js';
import { readOverviewVersion } from '../cypher/overview.js';
import { numberArg } from './args.js';

const PARAMS = {
  doc: '',
  place: '',
  below: neo4j.int(1),
  from: neo4j.int(0),
  to: neo4j.int(0),
  cap: neo4j.int(400),
  includeDefault: false,
};
const KEPT_PLAN = OVERVIEW.replace(/^CYPHER replan=force\n/, '');

const config = resolveConfig(process.env, {}, process.cwd());
let t = performance.now();
const db = await openDatabase(config);
console.log(`open database: ${(performance.now() - t).toFixed(0)} ms (started here: ${db.embedded?.startedHere})`);
const timed = async (label: string, cypher: string): Promise<void> => {
  t = performance.now();
  const result = await db.driver.executeQuery(cypher, PARAMS, { database: db.name });
  const { resultAvailableAfter, resultConsumedAfter } = result.summary;
  console.log(
    `${label}: ${(performance.now() - t).toFixed(0)} ms (server: available after ${resultAvailableAfter}, consumed after ${resultConsumedAfter} ms)`,
  );
};
try {
  t = performance.now();
  await readOverviewVersion(db);
  console.log(`version query: ${(performance.now() - t).toFixed(0)} ms`);
  await timed('plan only, cold (EXPLAIN)', `EXPLAIN ${OVERVIEW}`);
  await timed('plan only, again', `EXPLAIN ${OVERVIEW}`);
  for (let i = 0; i < numberArg('repeat', 3); i++) await timed(`overview, planned afresh, run ${i + 1}`, OVERVIEW);
  for (let i = 0; i < 2; i++) await timed(`overview, plan kept, run ${i + 1}`, KEPT_PLAN);
  if (process.argv.includes('--profile')) {
    const result = await db.driver.executeQuery(`PROFILE ${KEPT_PLAN}`, PARAMS, { database: db.name });
    const walk = (n: typeof result.summary.profile, depth: number): number => {
      if (!n) return 0;
      const details = String((n.arguments as Record<string, unknown>).Details ?? '').replace(/\s+/g, ' ');
      console.log(`${' '.repeat(depth)}${n.operatorType} rows=${n.rows} hits=${n.dbHits} ${details.slice(0, 100)}`);
      return n.dbHits + n.children.reduce((sum, c) => sum + walk(c, depth + 1), 0);
    };
    const hits = walk(result.summary.profile, 0);
    const profile = result.summary.profile;
    const memory = profile ? (profile.arguments as Record<string, unknown>).GlobalMemory : 0;
    console.log(`db hits ${hits}, memory ${Number(memory) / 1024 / 1024} MiB`);
  }
} finally {
  await db.close();
}
