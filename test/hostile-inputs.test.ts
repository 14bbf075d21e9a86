// Inputs that used to take a whole run down, made at run time: a DOCX zip bomb (150 MB unpacked),
// a 50 MB one-line report, a PDF of 50,000 empty pages, HTML nested 10,000 deep, a report at the
// character limit, and a full disk. Each gives one named error or a correct document, the good
// files of the same run are read and stored, and the peak memory of the process stays under 2 GB.

import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { DEFAULTS } from '../ingest/limits.js';
import { CORPUS, clearDatabase, openTestDatabase, ROOT } from './helpers.js';
import { writeDeepHtml, writeEmptyPagesPdf, writeOneLineReport, writeZipBomb } from './hostile-fixtures.js';

const run = promisify(execFile);
const db: Database = await openTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'govkg-hostile-'));
const GB = 1024 * 1024 * 1024;
/** Prints the peak resident memory of the process (process.resourceUsage().maxRSS, in KiB) at exit. */
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb:'+process.resourceUsage().maxRSS+'\\n'))`;

const at = (name: string) => join(dir, name);
const HOSTILE = {
  bomb: at('bomb.docx'),
  oneLine: at('one-line-50mb.txt'),
  pages: at('empty-pages.pdf'),
  deep: at('deep.html'),
};
const GOOD = [at('a-good.txt'), at('b-good.docx'), at('z-good.txt')];
const AT_LIMIT = at('at-limit.txt');

beforeAll(() => {
  writeZipBomb(HOSTILE.bomb, 150);
  writeOneLineReport(HOSTILE.oneLine, 50);
  writeEmptyPagesPdf(HOSTILE.pages, 50_000);
  writeDeepHtml(HOSTILE.deep, 10_000, '区政府推进依法行政。');
  copyFileSync(join(CORPUS, '02_shenzhen-longhua_2019_fzzf-report.txt'), GOOD[0] ?? '');
  copyFileSync(join(ROOT, 'test', 'fixtures', 'inputs', 'report.docx'), GOOD[1] ?? '');
  copyFileSync(join(CORPUS, '08_shenzhen-yantian_2022_gov-work-report.txt'), GOOD[2] ?? '');
  // One line of real report text, just under the character limit.
  const unit =
    '2021年，区政府坚持依法行政，组织开展“法治建设年”活动，完成任务39项，审查合同224份，落实《行政处罚法》。';
  writeFileSync(AT_LIMIT, unit.repeat(Math.floor((DEFAULTS.maxChars - 10) / unit.length)));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

function peakRss(stderr: string): number {
  const kb = Number(/peak-rss-kb:(\d+)/.exec(stderr)?.[1]);
  expect(kb).toBeGreaterThan(0);
  return kb * 1024;
}

async function node(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', PEAK_RSS, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      timeout: 540_000,
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('hostile inputs', { timeout: 600_000 }, () => {
  it('each gives one named error, the good files and a report at the limit are read, under 2 GB', async () => {
    const files = [GOOD[0], HOSTILE.bomb, HOSTILE.oneLine, GOOD[1], HOSTILE.pages, HOSTILE.deep, AT_LIMIT, GOOD[2]];
    const script = `
      const { extractFiles } = await import('./ingest/extract-files.ts');
      const { extractions, failures } = await extractFiles(JSON.parse(process.argv.at(-1)));
      const read = extractions.map((e) => ({ file: e.document.attributes.file, chars: e.document.attributes.text.length, nodes: e.nodes.length }));
      console.log(JSON.stringify({ read, failures: failures.map(({ file, code, limit }) => ({ file, code, limit })) }));`;
    const result = await node(['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(files)]);
    expect(result.code).toBe(0);
    const { read, failures } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as {
      read: { file: string; chars: number; nodes: number }[];
      failures: { file: string; code: string; limit?: string }[];
    };
    expect(failures).toEqual([
      { file: HOSTILE.bomb, code: 'INPUT_TOO_LARGE', limit: 'maxUnpackedBytes' },
      { file: HOSTILE.oneLine, code: 'INPUT_TOO_LARGE', limit: 'maxChars' },
      { file: HOSTILE.pages, code: 'INPUT_TOO_LARGE', limit: 'maxPdfPages' },
      { file: HOSTILE.deep, code: 'INPUT_TOO_COMPLEX', limit: 'maxHtmlDepth' },
    ]);
    expect(read.map((r) => r.file)).toEqual([GOOD[0], GOOD[1], AT_LIMIT, GOOD[2]]);
    const atLimit = read.find((r) => r.file === AT_LIMIT);
    expect(atLimit?.chars).toBeGreaterThan(DEFAULTS.maxChars * 0.99);
    expect(atLimit?.nodes).toBeGreaterThan(1000);
    expect(peakRss(result.stderr)).toBeLessThan(2 * GB);
  });

  it('govkg ingest names each hostile file once, stores the good ones and exits 1, under 2 GB', async () => {
    await clearDatabase(db);
    const { uri, password } = inject('neo4j');
    const files = [GOOD[0], HOSTILE.bomb, HOSTILE.oneLine, GOOD[1], HOSTILE.pages, HOSTILE.deep, GOOD[2]];
    const result = await node([join(ROOT, 'bin', 'govkg.js'), 'ingest', ...(files as string[])], {
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
    });
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toHaveLength(4);
    for (const file of Object.values(HOSTILE)) expect(errors.filter((line) => line.includes(file))).toHaveLength(1);
    const stored = await db.driver.executeQuery(
      'MATCH (d:Document) WHERE d.complete RETURN d.file AS file ORDER BY file',
      {},
      { database: db.name },
    );
    expect(stored.records.map((r) => r.get('file'))).toEqual(GOOD);
    expect(peakRss(result.stderr)).toBeLessThan(2 * GB);
  });

  it('says the disk is full when the output cannot be written (ENOSPC)', async () => {
    const result = await node([join(ROOT, 'bin', 'govkg.js'), 'extract', GOOD[1] ?? '', '--out', '/dev/full']);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('govkg: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/disk is full/);
    // The failed output is cleaned up only when it is a plain file: the device stays.
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
