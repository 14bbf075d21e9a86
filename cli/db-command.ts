// `govkg db start|stop|status`: the embedded Neo4j of the store as a service for every client
// (ingest, query, serve find it through its state file). Never used with NEO4J_URI.

import { join, relative } from 'node:path';
import type { GovkgConfig } from '../cypher/config.js';
import { openEmbeddedDatabase } from '../cypher/database.js';
import { type Logger, startEmbeddedService, stopEmbeddedServer } from '../cypher/embedded-server.js';
import { readServerState } from '../cypher/server-state.js';

export const DB_USAGE = `  govkg db start [--detach]   run the embedded Neo4j of the store for every govkg command
  govkg db stop               stop it
  govkg db status             say whether it runs, and where (exit code 1 when it does not)
`;

function paths(config: GovkgConfig) {
  return { serverDir: join(config.root, 'cypher', 'server'), storeDir: join(config.dataDir, 'neo4j') };
}

function describe(config: GovkgConfig, bolt: string, pid: number): string {
  const file = join(config.dataDir, 'neo4j', 'password');
  const password = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  return `Neo4j of ${config.dataDir} at ${bolt} (pid ${pid}; user neo4j, password in ${password})`;
}

/** Resolves when SIGINT or SIGTERM arrives. */
function untilSignal(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

/** Runs one `govkg db` subcommand; returns the exit code. */
export async function dbCommand(
  config: GovkgConfig,
  action: string | undefined,
  options: { detach?: boolean | undefined },
  log: Logger,
): Promise<number> {
  if (config.neo4j.uri) {
    log.info('govkg db manages the embedded Neo4j only; NEO4J_URI is set, so govkg uses that server instead');
    return 2;
  }
  const { serverDir, storeDir } = paths(config);
  if (action === 'status') {
    const state = readServerState(storeDir);
    process.stdout.write(state ? `running: ${describe(config, state.bolt, state.pid)}\n` : 'not running\n');
    return state ? 0 : 1;
  }
  if (action === 'stop') {
    const state = await stopEmbeddedServer(storeDir);
    log.info(state ? `stopped ${describe(config, state.bolt, state.pid)}` : 'not running');
    return 0;
  }
  if (action !== 'start') {
    process.stderr.write(`govkg db: expected start, stop or status\n${DB_USAGE}`);
    return 2;
  }
  const running = readServerState(storeDir);
  if (running) {
    log.info(`already running: ${describe(config, running.bolt, running.pid)}`);
    return 0;
  }
  if (options.detach) {
    const state = await startEmbeddedService({ serverDir, storeDir, logger: log });
    log.info(`started ${describe(config, state.bolt, state.pid)}; \`govkg db stop\` stops it`);
    return 0;
  }
  const db = await openEmbeddedDatabase(serverDir, storeDir, log);
  try {
    log.info(`serving ${describe(config, db.uri, db.embedded?.pid ?? 0)}; Ctrl-C stops it`);
    await untilSignal();
    log.info('stopping…');
  } finally {
    await db.close();
  }
  return 0;
}
