// Command-line options of the benchmark scripts: `--name value` pairs, read once at start.

import { JVM_OPTIONS } from '../cypher/embedded-server.js';

/** The number after `--name` on the command line, or `fallback`. */
export function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

/**
 * The JVM options of every `--jvm "<options>"` on the command line, each after the heap's of
 * JVM_OPTIONS (an embedded Neo4j started with them replaces the default collector and compiler).
 */
export function jvmArgs(): string[][] {
  const heap = JVM_OPTIONS.filter((o) => o.startsWith('-Xm'));
  return process.argv.flatMap((a, i) => (process.argv[i - 1] === '--jvm' ? [[...heap, ...a.split(/\s+/)]] : []));
}
