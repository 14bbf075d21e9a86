import { describe, expect, it } from 'vitest';
import {
  INITIAL_GRAPH_STATE,
  setColorBy,
  setFocus,
  setSizeBy,
  showDocument,
  showQueryResult,
  toggleKind,
} from './graph-state.js';

describe('graph state', () => {
  it('toggles a kind off and on again', () => {
    const hidden = toggleKind(INITIAL_GRAPH_STATE, 'Section');
    expect(hidden.hiddenKinds).toEqual(['Section']);
    expect(toggleKind(hidden, 'Section').hiddenKinds).toEqual([]);
    expect(INITIAL_GRAPH_STATE.hiddenKinds).toEqual([]);
  });

  it('returns the same object when a mode does not change', () => {
    expect(setColorBy(INITIAL_GRAPH_STATE, 'kind')).toBe(INITIAL_GRAPH_STATE);
    expect(setSizeBy(INITIAL_GRAPH_STATE, 'pagerank').sizeBy).toBe('pagerank');
    expect(setColorBy(INITIAL_GRAPH_STATE, 'community').colorBy).toBe('community');
  });

  it('drops the focus when the contents change, and treats an empty focus as none', () => {
    const focused = setFocus(INITIAL_GRAPH_STATE, ['a', 'b']);
    expect(focused.focus).toEqual(['a', 'b']);
    expect(showQueryResult(focused)).toMatchObject({ source: 'query', focus: null });
    expect(showDocument(focused, 'd1')).toMatchObject({ source: 'document', doc: 'd1', focus: null });
    expect(setFocus(INITIAL_GRAPH_STATE, []).focus).toBeNull();
  });
});
