import { describe, expect, it } from 'vitest';
import { settledVersions } from './overview-cache.js';

describe('settledVersions', () => {
  it('computes at the first check, then only for a version seen on the given number of checks after its first', () => {
    const settled = settledVersions(2);
    const seen = ['a', 'b', 'c', 'c', 'c', 'c', 'd', 'd', 'e', 'e', 'e'].map(settled);
    expect(seen).toEqual([true, false, false, false, true, true, false, false, false, false, true]);
  });

  it('computes nothing ahead while every check sees a new version', () => {
    const settled = settledVersions(2);
    settled('start');
    expect(Array.from({ length: 20 }, (_, i) => settled(`v${i}`))).toEqual(Array(20).fill(false));
  });
});
