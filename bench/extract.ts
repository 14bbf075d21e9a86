// Benchmark: extraction of the whole corpus against a bare nodejieba.cut of the same text, in
// the same run (these machines are noisy: compare the two, not absolute times).
// Usage: npm run bench:extract [-- --rounds 7]

import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import nodejieba from 'nodejieba';
import { extractDocument } from '../ingest/pipeline.js';

const ROOT = resolve(import.meta.dirname, '..');
const corpus = join(ROOT, 'test', 'fixtures', 'corpus');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 7;

const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
const texts = files.map((f) => ({ id: f.replace(/\.txt$/, ''), file: f, text: readFileSync(join(corpus, f), 'utf8') }));
const chars = texts.reduce((n, t) => n + t.text.length, 0);

function time(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// Warm up both (dictionary load, JIT).
for (const t of texts) {
  nodejieba.cut(t.text, true);
  extractDocument(t);
}

const cut: number[] = [];
const extract: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate the order so drift on the machine hits both alike.
  const pair = [
    () =>
      cut.push(
        time(() => {
          for (const t of texts) nodejieba.cut(t.text, true);
        }),
      ),
    () =>
      extract.push(
        time(() => {
          for (const t of texts) extractDocument(t);
        }),
      ),
  ];
  if (round % 2) pair.reverse();
  for (const step of pair) step();
}

const cutMs = median(cut);
const extractMs = median(extract);
const rate = (ms: number) => `${(((chars / ms) * 1000) / 1e6).toFixed(2)} M chars/s`;
console.log(`corpus: ${texts.length} reports, ${chars.toLocaleString('en')} characters; ${rounds} rounds, median`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
console.log(`bare nodejieba.cut   ${cutMs.toFixed(1).padStart(8)} ms  ${rate(cutMs)}`);
console.log(`govkg extraction     ${extractMs.toFixed(1).padStart(8)} ms  ${rate(extractMs)}`);
console.log(`extraction speed / bare cut speed: ${(cutMs / extractMs).toFixed(2)} (target ≥ 0.33)`);
