// Document identity on the real embedded Neo4j, through the same reading and loading the CLI
// does: ids come from the text, so same-named files in two folders are two documents, a renamed
// identical file is one, and an edited file replaces the version stored before. Also: what the
// front matter and the page-chrome rule hand to the store.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../cypher/database.js';
import { type LoadSummary, loadExtractions } from '../cypher/load-graph.js';
import { extractFiles } from '../ingest/extract-files.js';
import { CORPUS, clearDatabase, countGraph, openTestDatabase, REFERENCE } from './helpers.js';

const db: Database = await openTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'govkg-identity-'));
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => clearDatabase(db));

const SECOND = join(CORPUS, '01_shenzhen-guangming_2021_fzzf-report.txt');

/** Reads and stores the files as `govkg ingest` does; fails the test on any unreadable file. */
async function ingest(...files: string[]): Promise<LoadSummary[]> {
  const { extractions, failures } = await extractFiles(files);
  expect(failures).toEqual([]);
  return loadExtractions(db, extractions);
}

async function documents(): Promise<{ key: string; file: string; complete: boolean }[]> {
  const result = await db.driver.executeQuery(
    'MATCH (d:Document) RETURN d.key AS key, d.file AS file, d.complete AS complete ORDER BY file',
    {},
    { database: db.name },
  );
  return result.records.map((r) => r.toObject() as { key: string; file: string; complete: boolean });
}

/** How many relationships list the document among those that state them. */
async function stating(doc: string): Promise<number> {
  const result = await db.driver.executeQuery(
    'MATCH ()-[r]->() WHERE $doc IN r.docs RETURN count(r) AS n',
    { doc },
    { database: db.name },
  );
  return Number(result.records[0]?.get('n'));
}

/** Every relationship between shared nodes: its type, ends and how many documents state it. */
async function relationshipsByDocuments(): Promise<string[]> {
  const result = await db.driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE r.docs IS NOT NULL AND a.doc IS NULL AND b.doc IS NULL AND NOT a:Document
     RETURN type(r) + ' ' + a.key + ' ' + b.key + ' ' + size(r.docs) AS line ORDER BY line`,
    {},
    { database: db.name },
  );
  return result.records.map((r) => String(r.get('line')));
}

function place(path: string, from: string, transform: (text: string) => string = (t) => t): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, transform(readFileSync(from, 'utf8')));
  return path;
}

// Each test reads and stores whole reports several times: minutes on a busy two-core machine.
describe('document identity', { timeout: 300_000 }, () => {
  it('keeps two same-named reports in two folders as two documents', async () => {
    const a = place(join(dir, 'same-name', '2021', 'report.txt'), REFERENCE);
    const b = place(join(dir, 'same-name', '2022', 'report.txt'), SECOND);
    const summaries = await ingest(a, b);
    expect(summaries.map((s) => s.status)).toEqual(['created', 'created']);
    expect(summaries[0]?.doc).not.toBe(summaries[1]?.doc);
    const stored = await documents();
    expect(stored.map((d) => d.file)).toEqual([a, b]);
    expect(stored.every((d) => d.complete)).toBe(true);
    // Ingesting both again changes nothing.
    const counts = await countGraph(db);
    expect((await ingest(a, b)).map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
    expect(await countGraph(db)).toEqual(counts);
  });

  it('recognises a renamed identical file as the same document, now read from its new place', async () => {
    const first = place(join(dir, 'renamed', 'report.txt'), REFERENCE);
    const [created] = await ingest(first);
    const counts = await countGraph(db);
    const moved = join(dir, 'renamed', 'archive', '2021-yanqing.txt');
    mkdirSync(join(moved, '..'), { recursive: true });
    renameSync(first, moved);
    const [again] = await ingest(moved);
    expect(again?.status).toBe('unchanged');
    expect(again?.doc).toBe(created?.doc);
    expect(await countGraph(db)).toEqual(counts);
    expect((await documents()).map((d) => d.file)).toEqual([moved]);
    // A copy with other line ends is the same text, so the same document too.
    const copy = place(join(dir, 'renamed', 'copy.txt'), REFERENCE, (t) => t.replace(/\n/g, '\r\n'));
    expect((await ingest(copy))[0]?.doc).toBe(created?.doc);
    expect(await countGraph(db)).toEqual(counts);
  });

  it('replaces the stored version when a file is edited, as a clean load of the new version would be', async () => {
    const other = place(join(dir, 'edited', 'other.txt'), SECOND);
    const file = place(join(dir, 'edited', 'report.txt'), REFERENCE);
    const [, original] = await ingest(other, file);
    const edit = (t: string) => t.replace(/组织对新修订《行政处罚法》进行集中培训[,，]/, '');
    place(file, REFERENCE, edit);
    const [updated] = await ingest(file);
    expect(updated?.status).toBe('updated');
    expect(updated?.replaced).toEqual([original?.doc]);
    expect(updated?.doc).not.toBe(original?.doc);
    const stored = await documents();
    expect(stored.map((d) => d.file)).toEqual([other, file]);
    expect(stored.map((d) => d.key)).not.toContain(`Document:${original?.doc}`);
    // Both versions state the relationships the edit left alone (a body named for a programme
    // CARRIES_OUT it, the places' WITHIN): only the new version is left listed on them.
    expect(await stating(original?.doc ?? '')).toBe(0);
    expect(await stating(updated?.doc ?? '')).toBeGreaterThan(0);
    const after = await countGraph(db);
    const relationships = await relationshipsByDocuments();
    await clearDatabase(db);
    await ingest(other, file);
    expect(await countGraph(db)).toEqual(after);
    expect(await relationshipsByDocuments()).toEqual(relationships);
  });

  it('keeps the other copy when one of two identical files is edited', async () => {
    const a = place(join(dir, 'copies', 'a', 'report.txt'), REFERENCE);
    const b = join(dir, 'copies', 'b', 'report.txt');
    mkdirSync(join(b, '..'), { recursive: true });
    copyFileSync(a, b);
    await ingest(a, b);
    expect(await documents()).toHaveLength(1);
    place(a, REFERENCE, (t) => t.replace(/组织对新修订《行政处罚法》进行集中培训[,，]/, ''));
    const summaries = await ingest(a, b);
    expect(summaries.map((s) => s.status)).toEqual(['created', 'unchanged']);
    expect((await documents()).map((d) => d.file)).toEqual([a, b]);
  });
});

describe('what the store is handed', { timeout: 300_000 }, () => {
  it('stores a normalized front-matter date as a date, and the document despite an unusable field', async () => {
    const title = '清河市2021年法治政府建设情况报告';
    // Without its 日期 line, the report's only date is the one of its front matter.
    const body = readFileSync(REFERENCE, 'utf8').replace(/^日期.*$/m, '');
    const good = join(dir, 'front-matter', 'good.md');
    const bad = join(dir, 'front-matter', 'bad.md');
    mkdirSync(join(good, '..'), { recursive: true });
    writeFileSync(good, `---\ntitle: >\n  ${title}\ndate: 2022年4月1日 # published\n---\n${body}`);
    writeFileSync(bad, `---\ntitle: ${title}（二）\ndate: 2022/02/30\n---\n${body}`);
    const { extractions, failures, warnings } = await extractFiles([good, bad]);
    expect(failures).toEqual([]);
    expect(warnings.map((w) => [w.file, w.field])).toEqual([[bad, 'date']]);
    const summaries = await loadExtractions(db, extractions);
    expect(summaries.map((s) => s.status)).toEqual(['created', 'created']);
    const result = await db.driver.executeQuery(
      'MATCH (d:Document) RETURN d.title AS title, toString(d.published) AS published ORDER BY d.title',
      {},
      { database: db.name },
    );
    expect(result.records.map((r) => r.toObject())).toEqual([
      { title, published: '2022-04-01' },
      { title: `${title}（二）`, published: null },
    ]);
  });

  it('stores a one-line report holding the leave-site notice with its text', async () => {
    const line =
      '2021年，清河市人民政府坚持依法行政，完成法治政府建设年度任务39项，行政复议案件办结率100%。' +
      '您访问的链接即将离开“清河市人民政府”门户网站 是否继续？' +
      '2022年，将深入推进严格规范公正文明执法，全面落实行政执法责任制。';
    const file = join(dir, 'chrome', 'one-line.txt');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, line);
    await ingest(file);
    const result = await db.driver.executeQuery('MATCH (d:Document) RETURN d.text AS text', {}, { database: db.name });
    const text = result.records[0]?.get('text') as string;
    expect(text).toContain('完成法治政府建设年度任务39项');
    expect(text).toContain('全面落实行政执法责任制');
    expect(text).not.toContain('您访问的链接即将离开');
    expect(await countGraph(db)).not.toEqual({ nodes: 1, relationships: 0 });
  });
});
