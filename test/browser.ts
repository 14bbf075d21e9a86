// Launches Chromium through playwright-core for the end-to-end tests: the one CHROMIUM_PATH names,
// or else the headless Chromium shipped inside the @sparticuz/chromium npm package (installed by
// `npm install`; unpacked to the temporary folder on first use), with WebGL on SwiftShader. When
// the system lacks the NSS libraries that browser links to, the copies the package ships are used.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { ROOT } from './helpers.js';

export const ARTIFACTS = join(ROOT, 'test-artifacts');

const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface Launch {
  executablePath: string;
  args: string[];
  env?: Record<string, string>;
}

/** Libraries the dynamic linker cannot find for `executable` (empty when ldd is unavailable). */
function missingLibraries(executable: string): string[] {
  try {
    return execFileSync('ldd', [executable], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('not found'));
  } catch {
    return [];
  }
}

/** The browser to drive: CHROMIUM_PATH when set, else the packaged headless Chromium. */
async function resolveChromium(): Promise<Launch> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: ['--headless', '--disable-gpu', ...COMMON_ARGS] };
  const packaged = await import('@sparticuz/chromium');
  const executablePath = await packaged.default.executablePath();
  const args = [...COMMON_ARGS, '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
  if (missingLibraries(executablePath).length === 0) return { executablePath, args };
  const bin = join(dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', 'bin');
  const libraries = join(await packaged.inflate(join(bin, 'al2023.tar.br')), 'lib');
  const inherited = process.env.LD_LIBRARY_PATH;
  return { executablePath, args, env: { LD_LIBRARY_PATH: inherited ? `${libraries}:${inherited}` : libraries } };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { executablePath, args, env } = await resolveChromium();
  return chromium.launch({ executablePath, args, headless: true, ...(env ? { env: { ...process.env, ...env } } : {}) });
}
