import { describe, expect, it } from 'vitest';
import { createStore } from './store.js';

describe('store', () => {
  it('tells listeners about changes only, with the previous state', () => {
    const store = createStore({ n: 1 });
    const seen: [number, number][] = [];
    const off = store.subscribe((s, p) => seen.push([s.n, p.n]));
    store.update((s) => ({ n: s.n + 1 }));
    store.update((s) => s);
    off();
    store.update((s) => ({ n: s.n + 1 }));
    expect(seen).toEqual([[2, 1]]);
    expect(store.get().n).toBe(3);
  });
});
