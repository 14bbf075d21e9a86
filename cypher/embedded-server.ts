// Builds (once) and runs the embedded Neo4j of cypher/server as a child Java process, waits for
// its readiness line and stops it cleanly. Used when NEO4J_URI is unset, and by the tests.

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GovkgError } from '../graph/errors.js';

const run = promisify(execFile);
const READY = /GOVKG_NEO4J_READY (bolt:\/\/\S+)/;

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

/** Builds the server module with Maven unless its jars are already there. */
export async function buildEmbeddedServer(serverDir: string, logger?: Logger): Promise<void> {
  await requireJava();
  const jar = join(serverDir, 'target', 'govkg-neo4j-server-1.0.0.jar');
  if (existsSync(jar) && existsSync(join(serverDir, 'target', 'lib'))) return;
  if (!(await hasCommand('mvn', ['-v']))) {
    throw new GovkgError(
      'NO_MAVEN',
      'NEO4J_URI is not set and Maven (mvn) was not found: install Maven to build the embedded Neo4j, or point NEO4J_URI at a running Neo4j',
    );
  }
  logger?.info('Building the embedded Neo4j server (first run only; Maven fetches the Neo4j jars)…');
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

/**
 * Starts the embedded Neo4j on 127.0.0.1.
 * @param options.port 0 (default) picks a free port
 */
export async function startEmbeddedNeo4j(options: {
  serverDir: string;
  storeDir: string;
  port?: number;
  logger?: Logger;
  startTimeoutMs?: number;
}): Promise<EmbeddedNeo4j> {
  const { serverDir, storeDir, port = 0, logger, startTimeoutMs = 180_000 } = options;
  await buildEmbeddedServer(serverDir, logger);
  const classpath = [
    join(serverDir, 'target', 'govkg-neo4j-server-1.0.0.jar'),
    join(serverDir, 'target', 'lib', '*'),
  ].join(':');
  const child = spawn(
    'java',
    ['-Xms256m', '-Xmx2g', '-XX:+UseG1GC', '-cp', classpath, 'govkg.server.EmbeddedNeo4j', storeDir, String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const uri = await new Promise<string>((resolveStart, reject) => {
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
      reject(
        new GovkgError('NEO4J_START_FAILED', `Neo4j exited (code ${code}) before it was ready: ${log.slice(-2000)}`),
      );
    });
  });
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
