import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../../graph/types.js';
import { NO_FILTER } from './filter-state.js';
import {
  DIMMED,
  type DisplayState,
  edgeDisplay,
  type GraphLookup,
  INITIAL_DISPLAY,
  LABEL_MAX,
  nodeDisplay,
} from './reducers.js';

// a — b — c, d alone; a is an Agency, the others Programs.
const edges = new Set(['a|b', 'b|a', 'b|c', 'c|b']);
const graph: GraphLookup = {
  areNeighbors: (x, y) => edges.has(`${x}|${y}`),
  kindOf: (n) => (n === 'a' ? 'Agency' : 'Program') as NodeKind,
  community: (n) => (n === 'd' ? 1 : 0),
  size: (n, by) => (by === 'pagerank' ? 10 : n === 'b' ? 8 : 4),
  degree: (n) => (n === 'b' ? 2 : n === 'd' ? 0 : 1),
  labelsAll: () => false,
  passes: (n, filter) => filter.minDegree === null || (n === 'b' ? 2 : n === 'd' ? 0 : 1) >= filter.minDegree,
};
const data = { label: 'x', color: '#000', size: 1 };
const display = (change: Partial<DisplayState>) => ({ ...INITIAL_DISPLAY, ...change });

describe('reducers', () => {
  it('hides nodes and edges of hidden kinds', () => {
    const state = display({ hiddenKinds: new Set<NodeKind>(['Agency']) });
    expect(nodeDisplay('a', data, state, graph).hidden).toBe(true);
    expect(nodeDisplay('b', data, state, graph).hidden).toBeUndefined();
    expect(edgeDisplay('a', 'b', data, state, graph).hidden).toBe(true);
  });

  it('dims what is not next to the hovered node, and keeps the hovered neighbourhood lit', () => {
    const state = display({ hovered: 'b' });
    expect(nodeDisplay('a', data, state, graph).color).toBe('#000');
    expect(nodeDisplay('d', data, state, graph)).toMatchObject({ color: DIMMED, label: '' });
    expect(edgeDisplay('a', 'b', data, state, graph).hidden).toBeUndefined();
    expect(edgeDisplay('c', 'd', data, state, graph).hidden).toBe(true);
  });

  it('lights the focus set and the selection, dims the rest', () => {
    const state = display({ focus: new Set(['a', 'b']), selected: 'd' });
    expect(nodeDisplay('c', data, state, graph).color).toBe(DIMMED);
    expect(nodeDisplay('d', data, state, graph)).toMatchObject({ highlighted: true, zIndex: 3 });
    expect(edgeDisplay('a', 'b', data, state, graph).hidden).toBeUndefined();
    expect(edgeDisplay('b', 'c', data, state, graph).hidden).toBe(true);
  });

  it('highlights search hits with a forced label', () => {
    const state = display({ hits: new Set(['c']), selected: 'a' });
    expect(nodeDisplay('c', data, state, graph)).toMatchObject({ highlighted: true, forceLabel: true });
  });

  it('colours by community and sizes by the chosen metric', () => {
    expect(nodeDisplay('d', data, display({ colorBy: 'community' }), graph).color).not.toBe('#000');
    expect(nodeDisplay('b', data, display({ sizeBy: 'degree' }), graph).size).toBe(8);
    expect(nodeDisplay('b', data, display({ sizeBy: 'pagerank' }), graph).size).toBe(10);
  });

  it('cuts long labels except on the selected node', () => {
    const long = { ...data, label: '发挥区委区政府法律顾问团作用，审查冬奥赛事合同224份。' };
    expect(String(nodeDisplay('a', long, display({}), graph).label)).toHaveLength(LABEL_MAX);
    expect(nodeDisplay('a', long, display({ selected: 'a' }), graph).label).toBe(long.label);
  });

  it('hides what the property filter rejects, with its edges', () => {
    const state = display({ filter: { ...NO_FILTER, minDegree: 2 } });
    expect(nodeDisplay('a', data, state, graph).hidden).toBe(true);
    expect(nodeDisplay('b', data, state, graph).hidden).toBeUndefined();
    expect(edgeDisplay('a', 'b', data, state, graph).hidden).toBe(true);
  });

  it("forces the labels of the selected node's neighbours, not of the others", () => {
    const state = display({ selected: 'b' });
    expect(nodeDisplay('a', data, state, graph).forceLabel).toBe(true);
    expect(nodeDisplay('c', data, state, graph).forceLabel).toBe(true);
    expect(nodeDisplay('d', data, state, graph).forceLabel).toBeUndefined();
  });
});
