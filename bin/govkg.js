#!/usr/bin/env node
// Entry point of the govkg command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main, reportError } = await import('../cli/main.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportError(error);
}
