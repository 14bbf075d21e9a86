import { describe, expect, it } from 'vitest';
import { settledVersions } from './overview-cache.js';

describe('settledVersions', () => {
  it('computes at the first check, then for a version seen on more checks than twice the recent ones lasted', () => {
    const settled = settledVersions(2);
    // b and c last one check each: c is computed at its third check (2 × 1, at least 2).
    expect(['a', 'b', 'c', 'c', 'c', 'c'].map(settled)).toEqual([true, false, false, false, true, true]);
    // c lasted 4 checks: d must stay the same for 8 more.
    expect(Array.from({ length: 9 }, () => settled('d'))).toEqual([...Array(8).fill(false), true]);
  });

  it('computes nothing ahead while an ingest stores a group every one to three checks', () => {
    const settled = settledVersions(2);
    for (let i = 0; i < 20; i++) settled('before');
    const lengths = [1, 3, 2, 1, 3, 3, 2, 1, 2, 3, 1, 2];
    const seen = lengths.flatMap((n, i) => Array.from({ length: n }, () => settled(`group ${i}`)));
    expect(seen.some(Boolean)).toBe(false);
    // Once the ingest ends, the last version is computed after twice the longest recent group (3).
    expect(Array.from({ length: 7 }, () => settled('after'))).toEqual([...Array(6).fill(false), true]);
  });

  it('waits at most `cap` checks', () => {
    const settled = settledVersions(2, 4);
    settled('a');
    for (let i = 0; i < 30; i++) settled('a');
    expect(Array.from({ length: 5 }, () => settled('b'))).toEqual([false, false, false, false, true]);
  });

  it('computes nothing ahead while every check sees a new version', () => {
    const settled = settledVersions(2);
    settled('start');
    expect(Array.from({ length: 20 }, (_, i) => settled(`v${i}`))).toEqual(Array(20).fill(false));
  });
});
