// Resolves govkg's configuration once, from defaults, the environment and command-line flags,
// into one read-only object. Nothing else in the project reads process.env.

import { resolve } from 'node:path';

export interface Neo4jConfig {
  /** Set to use an existing server (bolt://, neo4j://, neo4j+s://); unset to run the embedded one. */
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string;
}

export interface GovkgConfig {
  neo4j: Neo4jConfig;
  /** Folder of the embedded database's store and password (git-ignored). Default: ./data */
  dataDir: string;
  /** Address the HTTP API binds. Default: 127.0.0.1 */
  host: string;
  /** Port of the HTTP API; 0 picks a free one. Default: 5173 */
  port: number;
  /** Token required on API calls when host is not a loopback address. */
  apiToken: string | undefined;
  /** Timeout of a user Cypher query in ms. Default: 10000 */
  queryTimeoutMs: number;
  /** Most rows a user Cypher query returns. Default: 5000 */
  rowCap: number;
  /** Root of the project (where cypher/server and dist/web are). */
  root: string;
}

export type Environment = Record<string, string | undefined>;

/** Builds the configuration; flags win over the environment, the environment over defaults. */
export function resolveConfig(
  env: Environment,
  flags: Partial<Pick<GovkgConfig, 'host' | 'port' | 'dataDir'>> = {},
  root = process.cwd(),
): Readonly<GovkgConfig> {
  const number = (value: string | undefined, fallback: number) =>
    value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : fallback;
  return Object.freeze({
    neo4j: Object.freeze({
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
    }),
    dataDir: resolve(root, flags.dataDir ?? env.GOVKG_DATA_DIR ?? 'data'),
    host: flags.host ?? env.GOVKG_HOST ?? '127.0.0.1',
    port: flags.port ?? number(env.GOVKG_PORT, 5173),
    apiToken: env.GOVKG_API_TOKEN || undefined,
    queryTimeoutMs: number(env.GOVKG_QUERY_TIMEOUT_MS, 10_000),
    rowCap: number(env.GOVKG_ROW_CAP, 5000),
    root,
  });
}
