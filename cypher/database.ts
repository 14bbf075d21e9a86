// Opens the Neo4j govkg uses: the server NEO4J_URI names, else the embedded Neo4j already
// serving the store (found through its state file), else one started here. Returns the driver
// with what closing it involves; the only place a driver is created.

import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { GovkgError, isGovkgError } from '../graph/errors.js';
import type { GovkgConfig } from './config.js';
import { type Logger, startEmbeddedNeo4j, storeLockedError } from './embedded-server.js';
import { processAgeMs, readServerPid, readServerState, storeLockHolder } from './server-state.js';

export interface Database {
  driver: Driver;
  /** Database name every session uses. */
  name: string;
  uri: string;
  /** The embedded server's process, and whether this call started it (else it was running). */
  embedded?: { pid: number; startedHere: boolean };
  /** Closes the driver and stops the embedded server when this call started one. */
  close(): Promise<void>;
}

/**
 * Connects and checks the connection; a server that cannot be reached is a GovkgError.
 * @param retryMs how long a transaction is retried on errors the driver deems transient (a
 * cluster electing a leader, a server restarting): 15 s unless given
 */
export async function connect(
  uri: string,
  user: string,
  password: string,
  name: string,
  retryMs = 15_000,
): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    connectionTimeout: 15_000,
    maxTransactionRetryTime: retryMs,
  });
  try {
    await driver.verifyConnectivity({ database: name });
  } catch (cause) {
    await driver.close();
    throw new GovkgError('NEO4J_UNREACHABLE', `Neo4j at ${uri} cannot be reached: ${(cause as Error).message}`, {
      cause,
    });
  }
  return driver;
}

export async function openDatabase(config: GovkgConfig, logger?: Logger): Promise<Database> {
  const { uri, user, password, database } = config.neo4j;
  if (uri) {
    if (!password) {
      throw new GovkgError(
        'NEO4J_UNREACHABLE',
        'NEO4J_URI is set but NEO4J_PASSWORD is not: set the password of the server',
      );
    }
    const driver = await connect(uri, user, password, database);
    return { driver, name: database, uri, close: () => driver.close() };
  }
  return openEmbeddedDatabase(join(config.root, 'cypher', 'server'), join(config.dataDir, 'neo4j'), logger);
}

/** A driver on the live server the store's state file names, or undefined. */
async function attachRunning(storeDir: string, logger?: Logger): Promise<Database | undefined> {
  const state = readServerState(storeDir);
  if (!state) return undefined;
  try {
    const driver = await connect(state.bolt, state.user, state.password, 'neo4j');
    logger?.info(`using the Neo4j already running on this store (${state.bolt}, pid ${state.pid})`);
    return {
      driver,
      name: 'neo4j',
      uri: state.bolt,
      embedded: { pid: state.pid, startedHere: false },
      close: () => driver.close(),
    };
  } catch {
    return undefined; // a stale file: its process lives on under another purpose, or does not answer
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Waits while the store is held by a govkg server that is still starting (the state file names
 * it) and younger than `startWindowMs`; any other holder is returned at once.
 */
async function attachWhenStarted(storeDir: string, startWindowMs: number, logger?: Logger) {
  for (let holder = storeLockHolder(storeDir); holder !== undefined; holder = storeLockHolder(storeDir)) {
    const running = await attachRunning(storeDir, logger);
    if (running) return { running, holder };
    const starting = readServerPid(storeDir) === holder;
    if (!starting || (processAgeMs(holder) ?? Number.POSITIVE_INFINITY) > startWindowMs) {
      return { running: undefined, holder };
    }
    await sleep(500);
  }
  return { running: await attachRunning(storeDir, logger), holder: undefined };
}

/**
 * Connects to the embedded Neo4j serving `storeDir`, starting it when none is; `close()` stops it
 * only when this call started it. A store locked by a process that is not a reachable govkg
 * server is a NEO4J_STORE_LOCKED error saying what to do.
 * @param options.startWindowMs how long a process holding the store may take to start serving (default 180 s)
 */
export async function openEmbeddedDatabase(
  serverDir: string,
  storeDir: string,
  logger?: Logger,
  options: { startWindowMs?: number; jvmOptions?: readonly string[] } = {},
): Promise<Database> {
  const { startWindowMs = 180_000, jvmOptions } = options;
  const running = await attachRunning(storeDir, logger);
  if (running) return running;
  const waited = await attachWhenStarted(storeDir, startWindowMs, logger);
  if (waited.running) return waited.running;
  if (waited.holder !== undefined) throw storeLockedError(storeDir, waited.holder);
  let server: Awaited<ReturnType<typeof startEmbeddedNeo4j>>;
  try {
    server = await startEmbeddedNeo4j({ serverDir, storeDir, logger, jvmOptions });
  } catch (error) {
    // Another client started a server on this store at the same moment and won the lock.
    if (!isGovkgError(error) || error.code !== 'NEO4J_STORE_LOCKED') throw error;
    const raced = await attachWhenStarted(storeDir, startWindowMs, logger);
    if (raced.running) return raced.running;
    throw error;
  }
  try {
    const driver = await connect(server.uri, server.user, server.password, 'neo4j');
    return {
      driver,
      name: 'neo4j',
      uri: server.uri,
      embedded: { pid: server.process.pid ?? 0, startedHere: true },
      close: async () => {
        await driver.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
