import { describe, expect, it } from 'vitest';
import { cellText, nextSort, sortRows, toCsv } from './table-model.js';

const node = (name: string) => ({ elementId: `4:x:${name}`, labels: ['Program'], properties: { name } });

describe('table model', () => {
  it('shows lists, nodes and paths as text', () => {
    expect(cellText(['中共中央', '国务院'])).toBe('中共中央、国务院');
    expect(cellText(null)).toBe('');
    expect(cellText(node('冬奥会筹办'))).toBe('(:Program 冬奥会筹办)');
    const path = {
      nodes: [node('a'), node('b')],
      relationships: [{ elementId: '5:x:1', type: 'PART_OF', properties: {} }],
    };
    expect(cellText(path)).toBe('(:Program a)-[:PART_OF]-(:Program b)');
  });

  it('sorts numbers by value, text in Chinese order, empty cells last, stably', () => {
    const rows = [
      { name: '行政处罚法', citations: 2 },
      { name: '法治政府建设实施纲要', citations: 10 },
      { name: '条例', citations: null },
      { name: '办法', citations: 2 },
    ];
    expect(sortRows(rows, { column: 'citations', direction: 'desc' }).map((r) => r.name)).toEqual([
      '法治政府建设实施纲要',
      '行政处罚法',
      '办法',
      '条例',
    ]);
    expect(sortRows(rows, { column: 'citations', direction: 'asc' }).at(-1)?.name).toBe('条例');
    expect(sortRows(rows, null)).toEqual(rows);
  });

  it('flips the direction on the same column; numbers start high to low', () => {
    expect(nextSort(null, 'citations', true)).toEqual({ column: 'citations', direction: 'desc' });
    expect(nextSort({ column: 'citations', direction: 'desc' }, 'citations')).toEqual({
      column: 'citations',
      direction: 'asc',
    });
    expect(nextSort({ column: 'a', direction: 'desc' }, 'b')).toEqual({ column: 'b', direction: 'asc' });
  });

  it('writes CSV with a BOM, quoting, and formulas defused', () => {
    const csv = toCsv(['a', 'b'], [{ a: '审查冬奥赛事合同224份，"合同"', b: '=1+1' }]);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv).toContain('"审查冬奥赛事合同224份，""合同"""');
    expect(csv).toContain(`"'=1+1"`);
  });
});
