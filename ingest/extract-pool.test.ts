import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileFailure } from './extract-files.js';
import { extractInWorkers } from './extract-pool.js';

const REPORT = resolve(
  import.meta.dirname,
  '..',
  'test',
  'fixtures',
  'corpus-sz',
  '深圳市宝安区人民政府区长郭子平在深圳市宝安区第六届人民代表大会第四次会议上作政府工作报告_2019.txt',
);
const folder = mkdtempSync(join(tmpdir(), 'govkg-pool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('extraction on worker threads', () => {
  it('fails only the file whose worker dies, names it with the reason, and extracts the others', async () => {
    // A report repeated to 1,500,000 characters needs far more heap than the workers are given here.
    const text = readFileSync(REPORT, 'utf8');
    writeFileSync(join(folder, 'a-large.txt'), text.repeat(Math.ceil(1_500_000 / text.length)).slice(0, 1_500_000));
    copyFileSync(REPORT, join(folder, 'b-report.txt'));
    writeFileSync(join(folder, 'c-binary.txt'), Buffer.from([0, 1, 2, 0xff]));
    copyFileSync(REPORT, join(folder, 'd-copy.txt'));

    const failures: FileFailure[] = [];
    const progress: string[] = [];
    const files: string[] = [];
    for await (const extraction of extractInWorkers([folder], failures, {
      workers: 2,
      resourceLimits: { maxOldGenerationSizeMb: 64 },
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`),
    })) {
      files.push(extraction.document.attributes.file);
    }

    expect(files.sort()).toEqual([join(folder, 'b-report.txt'), join(folder, 'd-copy.txt')]);
    expect(failures.map((f) => [f.file, f.code]).sort()).toEqual([
      [join(folder, 'a-large.txt'), 'EXTRACTION_CRASHED'],
      [join(folder, 'c-binary.txt'), 'INPUT_NOT_TEXT'],
    ]);
    expect(failures.find((f) => f.code === 'EXTRACTION_CRASHED')?.message).toMatch(/a-large\.txt: .*memory/);
    expect(progress).toHaveLength(4);
    expect(progress.at(-1)).toMatch(/^4\/4 /);
  }, 300_000);
});
