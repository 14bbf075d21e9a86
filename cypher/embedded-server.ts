// Builds (when its sources changed) and runs the embedded Neo4j of cypher/server as a child Java
// process, waits for its readiness line and stops it cleanly. The child holds a pipe from this
// process on its standard input and stops when the pipe closes, so it never outlives its parent.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GovkgError } from '../graph/errors.js';
import { isAlive, readServerState, type ServerState, storeLockHolder } from './server-state.js';

const run = promisify(execFile);
const READY = /GOVKG_NEO4J_READY (bolt:\/\/\S+)/;
const LOCKED = /GOVKG_NEO4J_LOCKED/;
const JAR = 'govkg-neo4j-server-1.0.0.jar';

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface Logger {
  info(message: string): void;
}

async function hasCommand(command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args, { timeout: 30_000 });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

async function requireJava(): Promise<void> {
  if (!(await hasCommand('java', ['-version']))) {
    throw new GovkgError(
      'NO_JAVA',
      'NEO4J_URI is not set and no Java was found: install a JDK 17+ (and Maven), or point NEO4J_URI at a running Neo4j',
    );
  }
}

/** Newest modification time of the files under `path` (the file itself when it is one). */
function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** True when the jar and its libraries exist and are newer than pom.xml and src/. */
function isBuilt(serverDir: string): boolean {
  const jar = join(serverDir, 'target', JAR);
  if (!existsSync(jar) || !existsSync(join(serverDir, 'target', 'lib'))) return false;
  const sources = [join(serverDir, 'pom.xml'), join(serverDir, 'src')].filter((p) => existsSync(p));
  return sources.every((p) => newestChange(p) <= statSync(jar).mtimeMs);
}

/** Builds the server module with Maven unless its jar is there and newer than its sources. */
export async function buildEmbeddedServer(serverDir: string, logger?: Logger): Promise<void> {
  await requireJava();
  if (isBuilt(serverDir)) return;
  if (!(await hasCommand('mvn', ['-v']))) {
    throw new GovkgError(
      'NO_MAVEN',
      'NEO4J_URI is not set and Maven (mvn) was not found: install Maven to build the embedded Neo4j, or point NEO4J_URI at a running Neo4j',
    );
  }
  logger?.info('Building the embedded Neo4j server (first run, or its sources changed; Maven fetches the Neo4j jars)…');
  try {
    await run('mvn', ['-q', '-B', 'package', '-DskipTests'], {
      cwd: serverDir,
      timeout: 15 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (cause) {
    const output = `${(cause as { stdout?: string }).stdout ?? ''}${(cause as { stderr?: string }).stderr ?? ''}`;
    throw new GovkgError('NEO4J_BUILD_FAILED', `Maven could not build cypher/server: ${output.trim().slice(-2000)}`, {
      cause,
    });
  }
}

/** The sentence for a store another process holds, with what to do. */
export function storeLockedError(storeDir: string, pid: number | undefined): GovkgError {
  const holder = pid === undefined ? 'another process' : `another process (pid ${pid})`;
  const stop =
    pid === undefined
      ? 'stop the other Neo4j using it'
      : `stop it (\`govkg db stop\` if it runs as a service, else \`kill ${pid}\`)`;
  return new GovkgError(
    'NEO4J_STORE_LOCKED',
    `the Neo4j store ${storeDir} is locked by ${holder} that is not a govkg database this command can reach: ${stop}, then run the command again`,
  );
}

/**
 * JVM options of the embedded server, chosen for loading a corpus on few cores while serving
 * (bench:load-profile and bench:corpus compare others with `-- --jvm "<options>"`):
 * - the parallel collector rather than G1, whose concurrent marking and write barriers cost CPU
 *   the statements need; with a 2 GB heap its pauses stay short for the page's queries;
 * - C1 only (TieredStopAtLevel=1): on a fresh JVM the C2 compiler works through a long tail of
 *   store, index, Cypher and Bolt code for as long as a corpus load lasts (about half of Neo4j's
 *   CPU), competing with the statements for the cores; C1's code runs the statements about a
 *   third slower but the load's CPU drops by a third and the server starts sooner.
 */
export const JVM_OPTIONS: readonly string[] = ['-Xms256m', '-Xmx2g', '-XX:+UseParallelGC', '-XX:TieredStopAtLevel=1'];

function javaArguments(
  serverDir: string,
  storeDir: string,
  port: number,
  service: boolean,
  jvmOptions: readonly string[] = JVM_OPTIONS,
): string[] {
  const classpath = [join(serverDir, 'target', JAR), join(serverDir, 'target', 'lib', '*')].join(':');
  const args = [...jvmOptions, '-cp', classpath, 'govkg.server.EmbeddedNeo4j'];
  return [...args, storeDir, String(port), ...(service ? ['--service'] : [])];
}

/** Waits for the readiness line; rejects with the right error when the child exits first. */
function waitUntilReady(child: ChildProcess, storeDir: string, startTimeoutMs: number): Promise<string> {
  let log = '';
  return new Promise<string>((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new GovkgError('NEO4J_START_FAILED', `Neo4j did not start within ${startTimeoutMs} ms: ${log.slice(-2000)}`),
      );
    }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.length > 100_000) log = log.slice(-50_000);
      const ready = READY.exec(log);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolveStart(ready[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (cause) => {
      clearTimeout(timer);
      reject(new GovkgError('NEO4J_START_FAILED', `could not run java: ${cause.message}`, { cause }));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (LOCKED.test(log)) return reject(storeLockedError(storeDir, storeLockHolder(storeDir)));
      reject(
        new GovkgError('NEO4J_START_FAILED', `Neo4j exited (code ${code}) before it was ready: ${log.slice(-2000)}`),
      );
    });
  });
}

/**
 * Starts the embedded Neo4j on 127.0.0.1 as a child that stops when this process ends.
 * @param options.port 0 (default) picks a free port
 * @param options.jvmOptions replaces JVM_OPTIONS (heap and collector), for benchmarks
 */
export async function startEmbeddedNeo4j(options: {
  serverDir: string;
  storeDir: string;
  port?: number;
  logger?: Logger;
  startTimeoutMs?: number;
  jvmOptions?: readonly string[];
}): Promise<EmbeddedNeo4j> {
  const { serverDir, storeDir, port = 0, logger, startTimeoutMs = 180_000, jvmOptions } = options;
  await buildEmbeddedServer(serverDir, logger);
  // stdin stays an open pipe that nothing writes to: its end tells the server this process is gone.
  const child = spawn('java', javaArguments(serverDir, storeDir, port, false, jvmOptions), {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const uri = await waitUntilReady(child, storeDir, startTimeoutMs);
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  child.stdout?.resume();
  child.stderr?.resume();
  const password = readFileSync(join(storeDir, 'password'), 'utf8').trim();
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
    return stopping;
  };
  return { uri, user: 'neo4j', password, process: child, stop };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the embedded Neo4j as a service that outlives this process (its output goes to
 * `<storeDir>/server.log`); resolves with its state once it serves. `govkg db stop` ends it.
 */
export async function startEmbeddedService(options: {
  serverDir: string;
  storeDir: string;
  logger?: Logger;
  startTimeoutMs?: number;
}): Promise<ServerState> {
  const { serverDir, storeDir, logger, startTimeoutMs = 180_000 } = options;
  await buildEmbeddedServer(serverDir, logger);
  const logFile = join(storeDir, 'server.log');
  mkdirSync(storeDir, { recursive: true });
  const out = openSync(logFile, 'a');
  const child = spawn('java', javaArguments(serverDir, storeDir, 0, true), {
    stdio: ['ignore', out, out],
    detached: true,
  });
  closeSync(out);
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? 1;
  });
  child.unref();
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    const state = readServerState(storeDir);
    if (state && state.pid === child.pid) return state;
    if (exitCode !== null) {
      const log = readFileSync(logFile, 'utf8').slice(-2000);
      if (LOCKED.test(log.slice(-200))) throw storeLockedError(storeDir, storeLockHolder(storeDir));
      throw new GovkgError('NEO4J_START_FAILED', `Neo4j exited (code ${exitCode}) before it was ready: ${log}`);
    }
    await sleep(250);
  }
  if (child.pid) process.kill(child.pid, 'SIGKILL');
  throw new GovkgError('NEO4J_START_FAILED', `Neo4j did not start within ${startTimeoutMs} ms: see ${logFile}`);
}

/**
 * Stops the server running on `storeDir` (SIGTERM, then SIGKILL after `timeoutMs`); resolves with
 * its state, or undefined when none was running.
 */
export async function stopEmbeddedServer(storeDir: string, timeoutMs = 60_000): Promise<ServerState | undefined> {
  const state = readServerState(storeDir);
  if (!state) return undefined;
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(state.pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(state.pid)) process.kill(state.pid, 'SIGKILL');
  return state;
}
