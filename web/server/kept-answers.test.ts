import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keptAnswers, keptOr } from './kept-answers.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'govkg-kept-'));
  dirs.push(dir);
  return join(dir, 'answers');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('keptAnswers', () => {
  it('reads back an answer only for the store and version it was kept for', async () => {
    const dir = freshDir();
    const kept = keptAnswers(dir, 'bolt://a neo4j');
    await kept.write('overview', 'v1', { nodes: [1, 2] });
    expect(await kept.read('overview', 'v1')).toEqual({ nodes: [1, 2] });
    expect(await kept.read('overview', 'v2')).toBeUndefined();
    expect(await kept.read('documents', 'v1')).toBeUndefined();
    expect(await keptAnswers(dir, 'bolt://b neo4j').read('overview', 'v1')).toBeUndefined();
    // Written aside and renamed: no file is left but the answer's.
    expect(readdirSync(dir)).toEqual(['overview.json']);
  });

  it('ignores a torn or foreign file and a folder it cannot write', async () => {
    const dir = freshDir();
    const kept = keptAnswers(dir, 'embedded');
    await kept.write('overview', 'v1', { ok: true });
    writeFileSync(join(dir, 'overview.json'), '{"format":1,"store":"embedded","version":"v1","ans');
    expect(await kept.read('overview', 'v1')).toBeUndefined();
    writeFileSync(
      join(dir, 'overview.json'),
      JSON.stringify({ format: 0, store: 'embedded', version: 'v1', answer: 1 }),
    );
    expect(await kept.read('overview', 'v1')).toBeUndefined();
    // A file where the folder should be: writing fails quietly, reading misses.
    const nowhere = keptAnswers(join(dir, 'overview.json', 'under-a-file'), 'embedded');
    await expect(nowhere.write('overview', 'v1', 1)).resolves.toBeUndefined();
    expect(await nowhere.read('overview', 'v1')).toBeUndefined();
  });
});

describe('keptOr', () => {
  it('computes an answer once per version and reads it back after', async () => {
    const kept = keptAnswers(freshDir(), 'embedded');
    let calls = 0;
    const compute = async () => ({ call: ++calls });
    expect(await keptOr(kept, 'documents', 'v1', compute)).toEqual({ call: 1 });
    expect(await keptOr(kept, 'documents', 'v1', compute)).toEqual({ call: 1 });
    expect(await keptOr(kept, 'documents', 'v2', compute)).toEqual({ call: 2 });
    expect(await keptOr(kept, 'documents', 'v2', compute)).toEqual({ call: 2 });
    expect(calls).toBe(2);
  });
});
