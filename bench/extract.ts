// Benchmark: extraction of a corpus against a bare nodejieba.cut of the same text, in the same
// run (these machines are noisy: compare the two, not absolute times), in wall time and in CPU
// time, then the peak memory of `govkg extract` on the whole corpus in a child process of its
// own. The corpus is ../shared/corpus-sz (146 reports) when it is there, else test/fixtures/corpus.
// Usage: npm run bench:extract [-- --rounds 5] [-- --corpus <folder>]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import nodejieba from 'nodejieba';
import { main } from '../cli/main.js';
import { extractDocument } from '../ingest/pipeline.js';
import { numberArg } from './args.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED_CORPUS = resolve(ROOT, '..', 'shared', 'corpus-sz');
const corpusArg = process.argv.indexOf('--corpus');
const corpus =
  corpusArg > 0
    ? resolve(process.argv[corpusArg + 1] ?? '')
    : existsSync(SHARED_CORPUS)
      ? SHARED_CORPUS
      : join(ROOT, 'test', 'fixtures', 'corpus');

/** In the child: run `govkg extract` on the corpus and print the peak RSS in bytes. */
if (process.argv.includes('--child')) {
  const out = join(mkdtempSync(join(tmpdir(), 'govkg-bench-')), 'graph.json');
  const started = process.hrtime.bigint();
  const code = await main(['extract', corpus, '--out', out]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  rmSync(out, { force: true });
  process.stdout.write(`${JSON.stringify({ code, ms, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
  process.exit(0);
}

const rounds = numberArg('rounds', 5);
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
const texts = files.map((f) => ({ id: f.replace(/\.txt$/, ''), file: f, text: readFileSync(join(corpus, f), 'utf8') }));
const chars = texts.reduce((n, t) => n + t.text.length, 0);

/** Wall time and CPU time (all threads of the process: the collector's too) of a run, in ms. */
function time(run: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: (used.user + used.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// Warm up both (dictionary load, JIT).
for (const t of texts.slice(0, 10)) {
  nodejieba.cut(t.text, true);
  extractDocument(t);
}

const cut: number[] = [];
const extract: number[] = [];
const cutCpu: number[] = [];
const extractCpu: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Report by report, the two side by side in alternating order: a machine whose load drifts
  // (other processes on the cores) slows both alike.
  const sums = { cut: 0, extract: 0, cutCpu: 0, extractCpu: 0 };
  for (const [i, t] of texts.entries()) {
    const steps = [
      () => {
        const { wall, cpu } = time(() => nodejieba.cut(t.text, true));
        sums.cut += wall;
        sums.cutCpu += cpu;
      },
      () => {
        const { wall, cpu } = time(() => extractDocument(t));
        sums.extract += wall;
        sums.extractCpu += cpu;
      },
    ];
    if ((i + round) % 2) steps.reverse();
    for (const step of steps) step();
  }
  cut.push(sums.cut);
  extract.push(sums.extract);
  cutCpu.push(sums.cutCpu);
  extractCpu.push(sums.extractCpu);
}

const cutMs = median(cut);
const extractMs = median(extract);
const rate = (ms: number) => `${(((chars / ms) * 1000) / 1e6).toFixed(2)} M chars/s`;
console.log(`corpus: ${corpus}`);
console.log(`${texts.length} reports, ${chars.toLocaleString('en')} characters; ${rounds} rounds, median`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
console.log(`bare nodejieba.cut   ${cutMs.toFixed(1).padStart(8)} ms  ${rate(cutMs)}`);
console.log(`govkg extraction     ${extractMs.toFixed(1).padStart(8)} ms  ${rate(extractMs)}`);
console.log(`extraction speed / bare cut speed: ${(cutMs / extractMs).toFixed(2)} (target ≥ 0.33)`);
// On a loaded machine wall time favours the run with more threads (the collector's helpers get
// their own share of the cores); CPU time counts the work whatever the load.
console.log(
  `CPU time: bare cut ${median(cutCpu).toFixed(0)} ms, extraction ${median(extractCpu).toFixed(0)} ms, ratio ${(median(cutCpu) / median(extractCpu)).toFixed(2)}`,
);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);

const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', '--corpus', corpus], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 1 << 20,
});
const last = child.stdout.trim().split('\n').at(-1) ?? '';
try {
  const { code, ms, maxRss } = JSON.parse(last) as { code: number; ms: number; maxRss: number };
  const mb = Math.round(maxRss / 2 ** 20);
  console.log(
    `govkg extract of the corpus to graph.json: ${(ms / 1000).toFixed(1)} s, peak RSS ${mb.toLocaleString('en')} MB (target < 1,024)${code ? `, exit code ${code}` : ''}`,
  );
} catch {
  console.log(`govkg extract in a child process failed: ${child.stderr.slice(-2000)}`);
  process.exitCode = 1;
}
