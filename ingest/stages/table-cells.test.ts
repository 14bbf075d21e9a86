import { describe, expect, it } from 'vitest';
import { extractAgencies } from './extract-agencies.js';
import { findJurisdiction } from './read-metadata.js';
import { splitSentences } from './split-sentences.js';
import { continuesWrappedCell } from './table-cells.js';

const guangming = findJurisdiction(['深圳市光明区人民政府关于2021年度法治政府建设情况的报告']);
const names = (text: string) => extractAgencies(text, splitSentences(text, []), guangming).map((a) => a.name);

describe('continuesWrappedCell', () => {
  it('reads the tail of a cell wrapped over two lines as no body of its own', () => {
    // A table of tasks, their lead body and their number, one cell a line.
    expect(names('促进就业1.5万人次。\n人力\n资源局\n3')).toEqual([]);
    expect(names('提供停车位573个。\n住建局\n规土\n监察局\n12')).toEqual(['光明区住建局']);
  });

  it('keeps a body that is a cell of its own after another short cell', () => {
    expect(names('新大楼正式投入使用。\n残联\n住建局\n13')).toContain('光明区住建局');
    const text = '新大楼正式投入使用。\n残联\n建工局\n13';
    expect(continuesWrappedCell(text, text.indexOf('建工局'))).toBe(false);
    const prose = '推进城市更新。\n区规划土地监察局加强巡查。';
    expect(continuesWrappedCell(prose, prose.indexOf('区规划'))).toBe(false);
  });
});
