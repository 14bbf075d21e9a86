import { describe, expect, it } from 'vitest';
import { back, INITIAL_SELECTION, select } from './selection-state.js';

describe('selection state', () => {
  it('selects, remembers the previous selection and goes back', () => {
    const one = select(INITIAL_SELECTION, 'a');
    const two = select(one, 'b');
    expect(two).toEqual({ selected: 'b', history: ['a'] });
    expect(back(two)).toEqual({ selected: 'a', history: [] });
    expect(back(INITIAL_SELECTION)).toBe(INITIAL_SELECTION);
  });

  it('is unchanged when the same node is selected again', () => {
    const one = select(INITIAL_SELECTION, 'a');
    expect(select(one, 'a')).toBe(one);
  });

  it('keeps at most 50 earlier selections', () => {
    let state = INITIAL_SELECTION;
    for (let i = 0; i < 80; i++) state = select(state, `n${i}`);
    expect(state.history).toHaveLength(50);
    expect(state.history.at(-1)).toBe('n78');
  });
});
