import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '../../graph/types.js';
import { INITIAL_OVERVIEW, overviewQuery, strongestLinks } from './overview-panel.js';

describe('overview panel', () => {
  it('asks for all years and no extras by default, and names only what is set', () => {
    expect(overviewQuery(INITIAL_OVERVIEW)).toBe('');
    expect(
      overviewQuery({ place: 'Jurisdiction:广东省深圳市', from: 2019, to: 2021, measures: true, includeDefault: true }),
    ).toBe(`place=${encodeURIComponent('Jurisdiction:广东省深圳市')}&from=2019&to=2021&measures=1&includeDefault=1`);
    expect(overviewQuery({ ...INITIAL_OVERVIEW, to: 2020 })).toBe('to=2020');
  });

  it('lists agency → program links heaviest first, with the names of their ends', () => {
    const graph: ViewGraph = {
      nodes: [
        { key: 'Agency:a', kind: 'Agency', label: '甲局' },
        { key: 'Program:p', kind: 'Program', label: '某工程' },
        { key: 'Program:q', kind: 'Program', label: '某行动' },
      ],
      edges: [
        { key: 'DRIVES:Agency:a->Program:p', source: 'Agency:a', target: 'Program:p', kind: 'DRIVES', weight: 2 },
        { key: 'DRIVES:Agency:a->Program:q', source: 'Agency:a', target: 'Program:q', kind: 'DRIVES', weight: 5 },
        { key: 'CITES:Program:p->Program:q', source: 'Program:p', target: 'Program:q', kind: 'CITES', weight: 9 },
      ],
    };
    expect(strongestLinks(graph).map((l) => [l.from, l.to, l.weight])).toEqual([
      ['甲局', '某行动', 5],
      ['甲局', '某工程', 2],
    ]);
    expect(strongestLinks(graph, 1)).toHaveLength(1);
  });
});
