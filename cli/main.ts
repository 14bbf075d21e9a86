// The govkg command line: parses flags and calls the library. Always closes the driver and
// stops the Neo4j it started, on success, on error and on Ctrl-C.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULTS, type GovkgConfig, resolveConfig } from '../cypher/config.js';
import { type Database, openDatabase } from '../cypher/database.js';
import { runReadQuery } from '../cypher/queries.js';
import { GovkgError, isGovkgError } from '../graph/errors.js';
import type { ExtractionWarning } from '../graph/types.js';
import type { FileFailure } from '../ingest/extract-files.js';
import { closeApp, createApp } from '../web/server/app.js';
import { keepFirstAnswers } from '../web/server/first-answers.js';
import { DB_USAGE, dbCommand } from './db-command.js';
import { formatTable } from './format.js';
import { ingestCommand } from './ingest-command.js';
import { REMOVE_USAGE, removeCommand } from './remove-command.js';
import { extractToGraphFile } from './write-graph-file.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_REPORT = join(ROOT, 'test', 'fixtures', 'corpus', '00_beijing-yanqing_2021_fzzf-report.txt');

const USAGE = `govkg: Chinese government reports into a knowledge graph

  govkg extract <files|folders…> --out graph.json   extract without a database
  govkg ingest <files|folders…> [--workers N]       extract (N threads, default: 1 on 2 cores, else 2) and store in Neo4j
${REMOVE_USAGE.trimEnd()}
  govkg query "<cypher>" [--param k=v] [--format table|json|csv] [--write]
  govkg serve [--host 127.0.0.1] [--port 5173] [--read-only]
                                                    the explorer and its API (--read-only: no adding or removing reports)
  govkg start                                       ingest the reference report, then serve
${DB_USAGE}`;

const log = { info: (message: string) => process.stderr.write(`${message}\n`) };

function progress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY) return;
  const width = 24;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${file.slice(-40)}`);
  if (done === total) process.stderr.write('\n');
}

function reportFiles(result: { failures: FileFailure[]; warnings: ExtractionWarning[] }): void {
  for (const failure of result.failures) log.info(`error: ${failure.message}`);
  for (const warning of result.warnings) log.info(`warning: ${warning.file}: ${warning.field}: ${warning.message}`);
}

async function extractCommand(files: string[], out: string | undefined): Promise<number> {
  if (!out) throw new Error('extract needs --out <graph.json>');
  const result = await extractToGraphFile(files, out, { onProgress: progress });
  const { documents, failures } = result;
  reportFiles(result);
  log.info(`wrote ${out}: ${documents} document(s)${failures.length ? `, ${failures.length} failed` : ''}`);
  return failures.length > 0 ? 1 : 0;
}

/** The value of --workers: a whole number of at least 1, or undefined (ingestWorkers()). */
function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const count = Number(value);
  if (Number.isInteger(count) && count >= 1) return count;
  throw new GovkgError('CONFIG_INVALID', `--workers expects a whole number of at least 1, got "${value}"`);
}

function ingest(db: Database, files: string[], workers?: number): Promise<number> {
  return ingestCommand(db, files, {
    workers,
    write: (text) => process.stderr.write(text),
    out: (text) => process.stdout.write(text),
    tty: process.stderr.isTTY === true,
  });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/**
 * How long a stopped server gives its request log to drain before the process exits. A pipe
 * nobody reads (a parent that spawned serve and reads only stderr) never drains, and its pending
 * writes would keep the process alive after SIGTERM.
 */
const LOG_DRAIN_MS = 2000;
/** How long a stopping server lets the requests in flight finish before it cuts their connections. */
const CLOSE_GRACE_MS = 5000;
/** Most bytes of request log held for a standard output that is not being read; lines beyond wait for none. */
const LOG_BACKLOG_BYTES = 1024 * 1024;

/**
 * The request log's destination: standard output through Node's own stream, whose pending writes
 * process.exit drops (pino's default writer flushes them at exit, forever on a full pipe). Lines
 * are skipped while a backlog stands, so a reader that stopped does not grow the server's memory.
 */
const requestLog = {
  write(line: string): void {
    if (process.stdout.writableLength < LOG_BACKLOG_BYTES) process.stdout.write(line);
  },
};

/** Where the page's first answers are kept between starts: beside the store. */
const answersDir = (config: GovkgConfig) => join(config.dataDir, 'answers');

async function prepareFirstPage(db: Database, config: GovkgConfig): Promise<void> {
  const started = performance.now();
  try {
    await keepFirstAnswers(db, answersDir(config));
    log.info(`the explorer's first page prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    log.info(
      `warning: the explorer's first page was not prepared (${(error as Error).message}): govkg serve computes it`,
    );
  }
}

async function serve(db: Database, config: GovkgConfig): Promise<void> {
  if (!LOOPBACK.test(config.host) && !config.apiToken) {
    throw new Error(
      `serving on ${config.host} makes the graph reachable from other machines: set GOVKG_API_TOKEN to require a token, or keep the default host 127.0.0.1`,
    );
  }
  const app = createApp(db, {
    ...config,
    overviewPollMs: DEFAULTS.overviewPollMs,
    keepAnswersIn: answersDir(config),
    logger: { level: 'info', stream: requestLog },
  });
  const address = await app.listen({ host: config.host, port: config.port });
  log.info(`govkg explorer: ${address.replace('[::1]', 'localhost')}/`);
  await new Promise<void>((done) => {
    const stop = () => {
      log.info('stopping…');
      void closeApp(app, CLOSE_GRACE_MS).then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // Unreferenced: fires only when something (the log's write to a full pipe) still holds the
  // process once the server and, in main, the driver are closed.
  setTimeout(() => process.exit(), LOG_DRAIN_MS).unref();
}

function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`--param expects k=v, got "${pair}"`);
    const raw = pair.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      // a plain string
    }
    params[pair.slice(0, at)] = value;
  }
  return params;
}

async function query(
  db: Database,
  config: GovkgConfig,
  cypher: string,
  values: { param?: string[]; format?: string; write?: boolean },
): Promise<number> {
  const params = parseParams(values.param ?? []);
  let columns: string[];
  let rows: Record<string, unknown>[];
  if (values.write) {
    const result = await db.driver.executeQuery(cypher, params, { database: db.name });
    columns = result.keys.map(String);
    const { toPlain } = await import('../cypher/values.js');
    rows = result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
  } else {
    ({ columns, rows } = await runReadQuery(db, cypher, params, {
      timeoutMs: config.queryTimeoutMs,
      rowCap: config.rowCap,
    }));
  }
  process.stdout.write(`${formatTable(columns, rows, values.format ?? 'table')}\n`);
  return 0;
}

/**
 * Exits when the parent process is gone (this process was re-parented); the embedded Neo4j, whose
 * standard input is a pipe from this process, follows.
 */
function exitWhenParentEnds(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid === parent) return;
    log.info('the process that started govkg has ended: stopping');
    process.exit(1);
  }, 500).unref();
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      host: { type: 'string' },
      port: { type: 'string' },
      param: { type: 'string', multiple: true },
      format: { type: 'string' },
      write: { type: 'boolean' },
      detach: { type: 'boolean' },
      'read-only': { type: 'boolean' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const config = resolveConfig(
    process.env,
    { host: values.host, port: values.port, readOnly: values['read-only'] },
    ROOT,
  );
  if (config.exitWithParent) exitWhenParentEnds();
  if (command === 'extract') return extractCommand(rest, values.out);
  if (command === 'db') return dbCommand(config, rest[0], { detach: values.detach }, log);
  if (!['ingest', 'remove', 'query', 'serve', 'start'].includes(command)) {
    process.stderr.write(`unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  const workers = parseWorkers(values.workers);
  const db = await openDatabase(config, log);
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await db.close();
  };
  const interrupt = () => void close().then(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    if (command === 'ingest') {
      const code = await ingest(db, rest, workers);
      // The store's Neo4j was started here, so no server runs on it: the page's first answers are
      // computed now, for the next `govkg serve` to answer its first page at once.
      if (db.embedded?.startedHere) await prepareFirstPage(db, config);
      return code;
    }
    if (command === 'remove') return await removeCommand(db, rest, (text) => process.stdout.write(text), log);
    if (command === 'query') return await query(db, config, rest[0] ?? '', values);
    if (command === 'start') await ingest(db, [REFERENCE_REPORT]);
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
    await serve(db, config);
    return 0;
  } finally {
    await close();
  }
}

export function reportError(error: unknown): number {
  if (isGovkgError(error)) {
    process.stderr.write(`govkg: ${error.message}\n`);
    if (error.code === 'CONFIG_INVALID') return 2;
    return error.code.endsWith('_REFUSED') ? 3 : 1;
  }
  process.stderr.write(`govkg: ${(error as Error).message ?? String(error)}\n`);
  return 1;
}
