// Opens the Neo4j govkg uses: the server NEO4J_URI names, or the embedded one started here.
// Returns the driver with what closing it involves; the only place a driver is created.

import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { GovkgError } from '../graph/errors.js';
import type { GovkgConfig } from './config.js';
import { type Logger, startEmbeddedNeo4j } from './embedded-server.js';

export interface Database {
  driver: Driver;
  /** Database name every session uses. */
  name: string;
  uri: string;
  /** Closes the driver and stops the embedded server when this call started one. */
  close(): Promise<void>;
}

/** Connects and checks the connection; a server that cannot be reached is a GovkgError. */
export async function connect(uri: string, user: string, password: string, name: string): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    connectionTimeout: 15_000,
    maxTransactionRetryTime: 15_000,
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

/** Starts the embedded Neo4j on `storeDir` and connects; `close()` also stops the server. */
export async function openEmbeddedDatabase(serverDir: string, storeDir: string, logger?: Logger): Promise<Database> {
  const server = await startEmbeddedNeo4j({ serverDir, storeDir, logger });
  try {
    const driver = await connect(server.uri, server.user, server.password, 'neo4j');
    return {
      driver,
      name: 'neo4j',
      uri: server.uri,
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
