import { describe, expect, it } from 'vitest';
import { drawSample } from './sample-entities.js';

const keys = Array.from({ length: 2000 }, (_, i) => `Program:名称${i}`);

describe('drawSample', () => {
  it('draws n distinct keys, the same for a seed whatever the order of the keys', () => {
    const drawn = drawSample(keys, 100, 7);
    expect(new Set(drawn).size).toBe(100);
    expect(drawSample([...keys].reverse(), 100, 7)).toEqual(drawn);
    expect(drawSample(keys, 100, 8)).not.toEqual(drawn);
    expect(drawSample(keys.slice(0, 5), 100, 7)).toHaveLength(5);
  });

  it('keeps the sampled keys a change of the set leaves, in place of nothing but what it removed', () => {
    const drawn = drawSample(keys, 100, 7);
    const removed = new Set(drawn.slice(0, 10));
    const after = drawSample(
      keys.filter((k) => !removed.has(k)),
      100,
      7,
    );
    expect(after.slice(0, 90)).toEqual(drawn.slice(10));
  });

  it('is uniform: each key is drawn about as often over many seeds', () => {
    const small = keys.slice(0, 20);
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++)
      for (const k of drawSample(small, 5, seed)) counts.set(k, (counts.get(k) ?? 0) + 1);
    // 2000 draws of 5 of 20: 500 each expected; a binomial's sd is about 19.
    for (const k of small) expect(Math.abs((counts.get(k) ?? 0) - 500)).toBeLessThan(100);
  });
});
