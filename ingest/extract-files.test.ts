import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, extractFiles } from './extract-files.js';

const INPUTS = join(import.meta.dirname, '..', 'test', 'fixtures', 'inputs');

describe('expandInputs', () => {
  it('lists the reports of every readable format in a folder, sorted, and nothing else', async () => {
    const names = (await expandInputs([INPUTS])).map((file) => basename(file));
    for (const name of ['gbk.txt', 'page-utf8.html', 'page-undeclared-gbk.htm', 'report.docx', 'report.pdf']) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain('README.md');
    expect(names).not.toContain('make-fixtures.py');
    expect(names).toEqual([...names].sort());
  });
});

describe('extractFiles', () => {
  it('extracts the readable files and reports each unreadable one with its code', async () => {
    const files = ['report.pdf', 'report.docx', 'encrypted.pdf', 'scanned.pdf'].map((name) => join(INPUTS, name));
    const { extractions, failures } = await extractFiles(files);
    expect(extractions).toHaveLength(2);
    expect(failures.map(({ file, code }) => [basename(file), code])).toEqual([
      ['encrypted.pdf', 'INPUT_UNREADABLE'],
      ['scanned.pdf', 'INPUT_NOT_TEXT'],
    ]);
  });
});
