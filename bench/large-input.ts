// Benchmark of a very large report: builds a 50 MB report from the corpus, then extracts it in
// a child process and reports time and peak memory, beside a child that only reads the file
// and one that runs a bare nodejieba.cut over it. The report is past the default bound of
// ingest/limits.ts (2 M characters), so the bound is lifted here: this measures extraction itself.
// Usage: npm run bench:large [-- --mb 50]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const mbArg = process.argv.indexOf('--mb');
const MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;

const corpus = join(ROOT, 'test', 'fixtures', 'corpus');
const body = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpus, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
  .join('\n');
const dir = mkdtempSync(join(tmpdir(), 'govkg-large-'));
const file = join(dir, 'large-report.txt');
let text = '';
while (Buffer.byteLength(text) < MB * 1024 * 1024) text += `${body}\n`;
writeFileSync(file, text);

const child = (script: string) => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', '-e', script, file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { ms: number; rssMb: number; nodes?: number };
};
const measure = (work: string) => `
  const started = performance.now();
  const file = process.argv.at(-1);
  ${work}
  console.log(JSON.stringify({ ms: Math.round(performance.now() - started), rssMb: Math.round(process.resourceUsage().maxRSS / 1024), nodes }));
`;

try {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}`);
  console.log(
    `report: ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB, ${text.length.toLocaleString('en')} characters`,
  );
  const read = child(
    measure(
      `const { readReport } = await import('./ingest/read-report.ts'); const r = await readReport(file, { limits: { maxChars: Infinity, maxFileBytes: Infinity } }); const nodes = r.text.length;`,
    ),
  );
  const cut = child(
    measure(
      `const nodejieba = (await import('nodejieba')).default; const { readFileSync } = await import('node:fs'); const nodes = nodejieba.cut(readFileSync(file, 'utf8'), true).length;`,
    ),
  );
  const extract = child(
    measure(
      `const { readReport } = await import('./ingest/read-report.ts'); const { extractDocument } = await import('./ingest/pipeline.ts'); const r = await readReport(file, { limits: { maxChars: Infinity, maxFileBytes: Infinity } }); const nodes = extractDocument({ id: r.id, file, text: r.text }).nodes.length;`,
    ),
  );
  console.log('step                      time s   peak RSS MB');
  console.log(
    `read only                ${(read.ms / 1000).toFixed(1).padStart(7)}   ${String(read.rssMb).padStart(8)}`,
  );
  console.log(`bare nodejieba.cut       ${(cut.ms / 1000).toFixed(1).padStart(7)}   ${String(cut.rssMb).padStart(8)}`);
  console.log(
    `govkg extraction         ${(extract.ms / 1000).toFixed(1).padStart(7)}   ${String(extract.rssMb).padStart(8)}   (${extract.nodes?.toLocaleString('en')} nodes)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
