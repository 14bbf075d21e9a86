// Launches Chromium through playwright-core for the end-to-end tests: the one CHROMIUM_PATH names,
// or else the headless Chromium shipped inside the @sparticuz/chromium npm package (installed by
// `npm install`; unpacked to the temporary folder on first use), with WebGL on SwiftShader.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** The browser to drive: CHROMIUM_PATH when set, else the packaged headless Chromium. */
async function resolveChromium(): Promise<{ executablePath: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: ['--headless', '--disable-gpu', ...COMMON_ARGS] };
  const { default: packaged } = await import('@sparticuz/chromium');
  return {
    executablePath: await packaged.executablePath(),
    args: [...COMMON_ARGS, '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { executablePath, args } = await resolveChromium();
  return chromium.launch({ executablePath, args, headless: true });
}
