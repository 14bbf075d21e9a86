// Finds the embedded Neo4j already serving a store: the state file its Java process writes
// (server.json beside the store's password: pid, "starting" or "ready" with the Bolt address),
// checked against a live process, and the process holding the store's lock. Reads only; the Java
// process writes and removes the file.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `<storeDir>/server.json` says about the server running on that store. */
export interface ServerState {
  bolt: string;
  pid: number;
  user: string;
  password: string;
  started: string;
}

/** Path of the state file of the server on `storeDir`. */
export const stateFile = (storeDir: string) => join(storeDir, 'server.json');

/** True when a process with this id exists (signal 0 tests without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The state of a live server of `storeDir`, or undefined when there is none or the file is stale. */
export function readServerState(storeDir: string): ServerState | undefined {
  try {
    const state = JSON.parse(readFileSync(stateFile(storeDir), 'utf8')) as Partial<ServerState>;
    if (typeof state.bolt !== 'string' || !Number.isInteger(state.pid) || !isAlive(Number(state.pid))) return undefined;
    const password = readFileSync(join(storeDir, 'password'), 'utf8').trim();
    return {
      bolt: state.bolt,
      pid: Number(state.pid),
      user: state.user ?? 'neo4j',
      password,
      started: state.started ?? '',
    };
  } catch {
    return undefined;
  }
}

/** The id of the live process the state file names, ready or still starting; else undefined. */
export function readServerPid(storeDir: string): number | undefined {
  try {
    const pid = Number((JSON.parse(readFileSync(stateFile(storeDir), 'utf8')) as { pid?: unknown }).pid);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The id of the process that holds the lock of the store's databases, read from /proc/locks
 * (Linux); undefined when nobody holds it or the system cannot tell.
 */
export function storeLockHolder(storeDir: string): number | undefined {
  try {
    const inode = statSync(join(storeDir, 'data', 'databases', 'store_lock')).ino;
    for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
      // "8: POSIX  ADVISORY  WRITE 15419 fe:00:9986754 0 EOF"
      const fields = line.trim().split(/\s+/);
      const device = fields.find((f) => /^[0-9a-f]+:[0-9a-f]+:\d+$/.test(f));
      if (!device || Number(device.split(':')[2]) !== inode) continue;
      const pid = Number(fields[fields.indexOf(device) - 1]);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return pid;
    }
  } catch {
    // no store yet, or no /proc: nothing known to hold it
  }
  return undefined;
}

/** How long ago process `pid` started, in ms (Linux); undefined when the system cannot tell. */
export function processAgeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const uptimeSeconds = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
    // Linux reports start times in clock ticks of 100 per second on every common platform.
    return Number.isFinite(startTicks) ? Math.max(0, uptimeSeconds * 1000 - startTicks * 10) : undefined;
  } catch {
    return undefined;
  }
}
