// Resolves govkg's configuration once, from defaults, the environment and command-line flags,
// into one read-only object, refusing any value it cannot use. Nothing else reads process.env.

import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { GovkgError } from '../graph/errors.js';

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
  /**
   * Refuse the API's writes (adding and removing reports). Default: false: the API answers
   * loopback or token holders only, and a write needs a header no cross-site page can send.
   */
  readOnly: boolean;
  /** Timeout of a user Cypher query in ms. Default: 10000 */
  queryTimeoutMs: number;
  /** Most rows a user Cypher query returns. Default: 5000 */
  rowCap: number;
  /** CPU time a console query may use, in ms (embedded Neo4j only). Default: half of queryTimeoutMs */
  queryCpuMs: number;
  /** Console queries that run with the full limits at once. Default: cores − 1, at least 1 */
  consoleSlots: number;
  /** Console queries that may wait for a slot; more get CONSOLE_BUSY. Default: 2 */
  consoleQueue: number;
  /** Time limit of a console query run while every slot is taken, in ms. Default: 500 */
  consoleBurstMs: number;
  /**
   * Stop when the parent process ends. True when an npm script runs govkg (`npm start`): npm
   * does not pass a SIGKILL on to its script. Default: false
   */
  exitWithParent: boolean;
  /** Root of the project (where cypher/server and dist/web are). */
  root: string;
}

export type Environment = Record<string, string | undefined>;

/** Command-line flags that override the environment, as typed (strings are checked here). */
export interface ConfigFlags {
  host?: string | undefined;
  port?: string | number | undefined;
  dataDir?: string | undefined;
  readOnly?: boolean | undefined;
}

/** A setting that cannot be used; `variable` names it (GOVKG_PORT, --port…). */
export class ConfigError extends GovkgError {
  readonly variable: string;

  constructor(variable: string, expected: string, value: string) {
    super('CONFIG_INVALID', `${variable} must be ${expected}, got ${JSON.stringify(value)}: fix or unset it`);
    this.variable = variable;
  }
}

/** Defaults of the settings that have one. */
export const DEFAULTS = Object.freeze({
  host: '127.0.0.1',
  port: 5173,
  queryTimeoutMs: 10_000,
  rowCap: 5000,
  consoleQueue: 2,
  consoleBurstMs: 500,
  dataDir: 'data',
  /** How often `govkg serve` checks the stored reports' version to compute the overview ahead, in ms. */
  overviewPollMs: 2000,
  neo4jUser: 'neo4j',
  neo4jDatabase: 'neo4j',
});

/** Console queries run with the full limits at once: one core is left to the app's own reads. */
export function defaultConsoleSlots(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

const NEO4J_SCHEME = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/;

/** An integer in [min, max] written in decimal digits; anything else is a ConfigError. */
function integer(variable: string, value: string | number, min: number, max: number): number {
  const text = String(value).trim();
  const parsed = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new ConfigError(variable, range, String(value));
  }
  return parsed;
}

/** A yes/no setting: 1, true, yes or 0, false, no; anything else is a ConfigError. */
function flag(variable: string, value: string): boolean {
  const text = value.trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(text)) return true;
  if (['0', 'false', 'no'].includes(text)) return false;
  throw new ConfigError(variable, '1, true, yes, 0, false or no', value);
}

/** An unset or empty variable reads as unset. */
function given(env: Environment, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

function resolveNeo4j(env: Environment): Neo4jConfig {
  const uri = given(env, 'NEO4J_URI');
  if (uri !== undefined && !NEO4J_SCHEME.test(uri)) {
    throw new ConfigError('NEO4J_URI', 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// address', uri);
  }
  return Object.freeze({
    uri,
    user: given(env, 'NEO4J_USER') ?? DEFAULTS.neo4jUser,
    password: given(env, 'NEO4J_PASSWORD'),
    database: given(env, 'NEO4J_DATABASE') ?? DEFAULTS.neo4jDatabase,
  });
}

/**
 * Builds the configuration; flags win over the environment, the environment over defaults.
 * @throws ConfigError naming the first variable or flag whose value cannot be used
 */
export function resolveConfig(env: Environment, flags: ConfigFlags = {}, root = process.cwd()): Readonly<GovkgConfig> {
  const port =
    flags.port !== undefined
      ? integer('--port', flags.port, 0, 65_535)
      : integer('GOVKG_PORT', given(env, 'GOVKG_PORT') ?? DEFAULTS.port, 0, 65_535);
  const host = flags.host ?? given(env, 'GOVKG_HOST') ?? DEFAULTS.host;
  if (/\s/.test(host))
    throw new ConfigError(flags.host !== undefined ? '--host' : 'GOVKG_HOST', 'a host name or address', host);
  const queryTimeoutMs = integer(
    'GOVKG_QUERY_TIMEOUT_MS',
    given(env, 'GOVKG_QUERY_TIMEOUT_MS') ?? DEFAULTS.queryTimeoutMs,
    1,
    Number.MAX_SAFE_INTEGER,
  );
  const count = (variable: string, fallback: number, min: number) =>
    integer(variable, given(env, variable) ?? fallback, min, Number.MAX_SAFE_INTEGER);
  return Object.freeze({
    neo4j: resolveNeo4j(env),
    dataDir: resolve(root, flags.dataDir ?? given(env, 'GOVKG_DATA_DIR') ?? DEFAULTS.dataDir),
    host,
    port,
    apiToken: given(env, 'GOVKG_API_TOKEN'),
    readOnly: flags.readOnly ?? flag('GOVKG_READ_ONLY', given(env, 'GOVKG_READ_ONLY') ?? 'false'),
    queryTimeoutMs,
    rowCap: count('GOVKG_ROW_CAP', DEFAULTS.rowCap, 1),
    queryCpuMs: count('GOVKG_QUERY_CPU_MS', Math.max(1, Math.round(queryTimeoutMs / 2)), 1),
    consoleSlots: count('GOVKG_CONSOLE_SLOTS', defaultConsoleSlots(), 1),
    consoleQueue: count('GOVKG_CONSOLE_QUEUE', DEFAULTS.consoleQueue, 0),
    consoleBurstMs: count('GOVKG_CONSOLE_BURST_MS', DEFAULTS.consoleBurstMs, 1),
    exitWithParent: given(env, 'npm_lifecycle_event') !== undefined,
    root,
  });
}
