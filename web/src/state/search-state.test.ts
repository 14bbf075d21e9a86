import { describe, expect, it } from 'vitest';
import {
  activeHit,
  clear,
  close,
  type Hit,
  highlightedKeys,
  INITIAL_SEARCH,
  move,
  received,
  typed,
} from './search-state.js';

const hits: Hit[] = [
  { key: 'Program:冬奥会筹办', kind: 'Program', name: '冬奥会筹办' },
  { key: 'Program:法治冬奥', kind: 'Program', name: '法治冬奥' },
];

describe('search state', () => {
  it('opens on hits with the first active, and moves within the list', () => {
    const state = received(typed(INITIAL_SEARCH, '冬奥'), '冬奥', hits);
    expect(state).toMatchObject({ open: true, active: 0, pending: false });
    expect(activeHit(move(state, 1))?.name).toBe('法治冬奥');
    expect(move(move(state, 5), 1).active).toBe(1);
    expect(move(state, -3).active).toBe(0);
  });

  it('ignores hits for a query that is no longer typed', () => {
    const state = typed(INITIAL_SEARCH, '法规');
    expect(received(state, '冬奥', hits)).toBe(state);
  });

  it('highlights every hit of the current query and nothing once cleared', () => {
    const state = received(typed(INITIAL_SEARCH, '冬奥'), '冬奥', hits);
    expect([...highlightedKeys(state)]).toEqual(hits.map((h) => h.key));
    expect(highlightedKeys(close(state)).size).toBe(2);
    expect(highlightedKeys(clear(state)).size).toBe(0);
    expect(typed(state, '  ')).toEqual({ ...INITIAL_SEARCH, query: '  ' });
  });

  it('has no active hit when nothing matched', () => {
    const state = received(typed(INITIAL_SEARCH, 'zzz'), 'zzz', []);
    expect(activeHit(state)).toBeNull();
    expect(move(state, 1)).toBe(state);
  });
});
