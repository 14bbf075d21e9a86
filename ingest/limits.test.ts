// The bounds of ingest/limits.ts, each tried on a small file with a lowered limit (the real-size
// hostile files, in a child process with its peak memory, are test/hostile-inputs.test.ts).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, writeDeepHtml, writeEmptyPagesPdf } from '../test/hostile-fixtures.js';
import { DEFAULTS, InputLimitError, resolveLimits } from './limits.js';
import { readReport } from './read-report.js';

const REPORT = [
  '清河市2023年政府工作报告',
  '各位代表：',
  '现在，我代表市人民政府，向大会报告工作，请予审议。',
  '过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成86.4亿元，城镇新增就业1.2万人。',
];
const PDF = join(import.meta.dirname, '..', 'test', 'fixtures', 'inputs', 'report.pdf');
const lines = (text: string) => text.split('\n');

/** The code and limit a read was refused with: fails the test when it succeeds or fails otherwise. */
async function refusal(promise: Promise<unknown>): Promise<[string, string]> {
  const outcome = await promise.then(
    () => new Error('expected the read to be refused, but it succeeded'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof InputLimitError)) throw outcome;
  return [outcome.code, outcome.limit];
}

describe('resolveLimits', () => {
  it("keeps the defaults, takes the caller's values and refuses a limit that is not positive", () => {
    expect(resolveLimits()).toEqual(DEFAULTS);
    expect(resolveLimits({ maxChars: 10 }).maxChars).toBe(10);
    expect(() => resolveLimits({ maxPdfPages: 0 })).toThrow(RangeError);
    expect(() => resolveLimits({ maxHtmlDepth: Number.NaN })).toThrow(RangeError);
  });
});

describe('readReport: bounds (ingest/limits.ts)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govkg-limits-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file larger than maxFileBytes before reading it', async () => {
    const file = join(dir, 'big.txt');
    await writeFile(file, REPORT.join('\n').repeat(10));
    expect(await refusal(readReport(file, { limits: { maxFileBytes: 1000 } }))).toEqual([
      'INPUT_TOO_LARGE',
      'maxFileBytes',
    ]);
  });

  it('refuses text longer than maxChars, and reads it under the limit', async () => {
    const file = join(dir, 'long.txt');
    const text = REPORT.join('');
    await writeFile(file, text);
    expect(await refusal(readReport(file, { limits: { maxChars: text.length - 1 } }))).toEqual([
      'INPUT_TOO_LARGE',
      'maxChars',
    ]);
    expect((await readReport(file, { limits: { maxChars: text.length } })).text).toBe(text);
  });

  it('reads a generated DOCX, and names one that unpacks past maxUnpackedBytes as too large, not corrupt', async () => {
    const small = join(dir, 'small.docx');
    await writeFile(small, docx(REPORT));
    expect(lines((await readReport(small)).text)).toEqual(REPORT);
    const bomb = join(dir, 'bomb.docx');
    await writeFile(bomb, docx(REPORT, 2 * 1024 * 1024));
    expect(await refusal(readReport(bomb, { limits: { maxUnpackedBytes: 1024 * 1024 } }))).toEqual([
      'INPUT_TOO_LARGE',
      'maxUnpackedBytes',
    ]);
  });

  it('refuses a PDF of more than maxPdfPages pages, and one that takes longer than maxReadMs', async () => {
    const file = join(dir, 'pages.pdf');
    writeEmptyPagesPdf(file, 20);
    expect(await refusal(readReport(file, { limits: { maxPdfPages: 19 } }))).toEqual([
      'INPUT_TOO_LARGE',
      'maxPdfPages',
    ]);
    expect(await refusal(readReport(PDF, { limits: { maxReadMs: 0.001 } }))).toEqual(['INPUT_TIMEOUT', 'maxReadMs']);
  });

  it('refuses HTML nested deeper than maxHtmlDepth, and reads a page nested within it', async () => {
    const deep = join(dir, 'deep.html');
    writeDeepHtml(deep, DEFAULTS.maxHtmlDepth + 10, REPORT[3] ?? '');
    expect(await refusal(readReport(deep))).toEqual(['INPUT_TOO_COMPLEX', 'maxHtmlDepth']);
    const nested = join(dir, 'nested.html');
    writeDeepHtml(nested, 200, REPORT[3] ?? '');
    expect((await readReport(nested)).text).toContain(REPORT[3]);
  });
});
