import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConsoleSlots, resolveConfig } from './config.js';

const resolve = (env: Record<string, string>, flags = {}) => resolveConfig(env, flags, '/project');

function refusal(env: Record<string, string>, flags = {}): ConfigError {
  try {
    resolve(env, flags);
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('resolveConfig', () => {
  it('takes defaults, then the environment, then flags', () => {
    expect(resolve({})).toMatchObject({ host: '127.0.0.1', port: 5173, rowCap: 5000, queryTimeoutMs: 10_000 });
    expect(resolve({ GOVKG_PORT: '8080', GOVKG_ROW_CAP: '20', GOVKG_QUERY_TIMEOUT_MS: '250' })).toMatchObject({
      port: 8080,
      rowCap: 20,
      queryTimeoutMs: 250,
    });
    expect(resolve({ GOVKG_PORT: '8080' }, { port: '0' }).port).toBe(0);
    expect(resolve({ GOVKG_DATA_DIR: 'store' }).dataDir).toBe('/project/store');
    expect(resolve({ GOVKG_PORT: '' }).port).toBe(5173);
    // Writes (adding and removing reports) are on unless the server is started read-only.
    expect(resolve({}).readOnly).toBe(false);
    expect(resolve({ GOVKG_READ_ONLY: '1' }).readOnly).toBe(true);
    expect(resolve({ GOVKG_READ_ONLY: 'true' }, { readOnly: false }).readOnly).toBe(false);
    expect(resolve({}, { readOnly: true }).readOnly).toBe(true);
  });

  it('gives console queries a CPU budget of half the time limit, and one core less than the machine has in slots', () => {
    expect(resolve({ GOVKG_QUERY_TIMEOUT_MS: '8000' })).toMatchObject({
      queryCpuMs: 4000,
      consoleQueue: 2,
      consoleBurstMs: 500,
    });
    expect(defaultConsoleSlots(8)).toBe(7);
    expect(defaultConsoleSlots(2)).toBe(1);
    expect(defaultConsoleSlots(1)).toBe(1);
    expect(
      resolve({
        GOVKG_QUERY_CPU_MS: '900',
        GOVKG_CONSOLE_SLOTS: '3',
        GOVKG_CONSOLE_QUEUE: '0',
        GOVKG_CONSOLE_BURST_MS: '50',
      }),
    ).toMatchObject({ queryCpuMs: 900, consoleSlots: 3, consoleQueue: 0, consoleBurstMs: 50 });
    expect(refusal({ GOVKG_CONSOLE_SLOTS: '0' }).variable).toBe('GOVKG_CONSOLE_SLOTS');
    expect(refusal({ GOVKG_QUERY_CPU_MS: 'half' }).variable).toBe('GOVKG_QUERY_CPU_MS');
  });

  it.each([
    ['GOVKG_PORT', '80a'],
    ['GOVKG_PORT', '-1'],
    ['GOVKG_PORT', '65536'],
    ['GOVKG_PORT', '0x50'],
    ['GOVKG_PORT', '80.5'],
    ['GOVKG_ROW_CAP', '-5'],
    ['GOVKG_ROW_CAP', '0'],
    ['GOVKG_ROW_CAP', '2.5'],
    ['GOVKG_ROW_CAP', '1e3'],
    ['GOVKG_READ_ONLY', 'maybe'],
    ['GOVKG_QUERY_TIMEOUT_MS', 'ten'],
    ['GOVKG_QUERY_TIMEOUT_MS', '-100'],
    ['GOVKG_QUERY_TIMEOUT_MS', 'Infinity'],
    ['NEO4J_URI', 'localhost:7687'],
    ['NEO4J_URI', 'http://127.0.0.1:7474'],
  ])('stops on %s=%s, naming the variable', (variable, value) => {
    const error = refusal({ [variable]: value });
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('names the flag when a flag is wrong, whatever the environment says', () => {
    const error = refusal({ GOVKG_PORT: '8080' }, { port: 'abc' });
    expect(error.variable).toBe('--port');
  });

  it('accepts every scheme the driver knows', () => {
    for (const uri of ['bolt://h:7687', 'neo4j://h', 'neo4j+s://x.databases.neo4j.io', 'bolt+ssc://h:7687']) {
      expect(resolve({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });
});
