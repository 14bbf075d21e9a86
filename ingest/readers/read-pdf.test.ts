import { describe, expect, it } from 'vitest';
import { joinParagraphs, type PdfLine, pageLines } from './read-pdf.js';

// A text block from x = 100 to x = 508 (34 em of 12 pt); `line` sets a line of it.
const SIZE = 12;
const line = (text: string, left = 100, right = 508): PdfLine => ({ text, left, right, size: SIZE });
const full = (text: string) => line(text);
const indented = (text: string) => line(text, 100 + 2 * SIZE);
const short = (text: string) => line(text, 100, 300);

describe('joinParagraphs', () => {
  it('runs a full line that ends mid-sentence on into the next, over page numbers', () => {
    const text = joinParagraphs([
      indented('过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成86.4亿'),
      line('- 1 -', 290, 318),
      full('元，城镇新增就业1.2万人。我们坚持稳中求进工作总基调，统筹发展和安全，'),
      short('推动经济社会持续健康发展。'),
    ]);
    expect(text).toBe(
      '过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成86.4亿元，城镇新增就业1.2万人。' +
        '我们坚持稳中求进工作总基调，统筹发展和安全，推动经济社会持续健康发展。',
    );
  });

  it('ends a paragraph at 。！？；： and at a closing quote after one, not at a bare closing quote', () => {
    const ends = ['完成。', '完成！', '完成？', '完成；', '如下：', '他说“完成。”'];
    for (const end of ends) {
      expect(joinParagraphs([full(`甲乙丙${end}`), full('丁戊己')])).toBe(`甲乙丙${end}\n丁戊己`);
    }
    expect(joinParagraphs([full('深化“放管服”'), full('改革。')])).toBe('深化“放管服”改革。');
  });

  it('keeps headings, and lines before a heading marker, apart', () => {
    expect(joinParagraphs([full('一、2022年工作回顾'), full('过去一年')])).toBe('一、2022年工作回顾\n过去一年');
    expect(joinParagraphs([full('第三章　保障措施'), full('各级政府')])).toBe('第三章　保障措施\n各级政府');
    expect(joinParagraphs([full('加强组织领导'), full('（二）强化资金保障。')])).toBe(
      '加强组织领导\n（二）强化资金保障。',
    );
    // A paragraph led by a marker is no heading: it runs on.
    expect(
      joinParagraphs([full('（一）着力扩大有效需求。实施重大项目建设三年行动，全年安排市级重'), short('点项目。')]),
    ).toBe('（一）着力扩大有效需求。实施重大项目建设三年行动，全年安排市级重点项目。');
  });

  it('keeps short, centred, flush-right lines and indented next lines apart', () => {
    expect(joinParagraphs([line('政府工作报告', 250, 358), full('各位代表')])).toBe('政府工作报告\n各位代表');
    // The text block's edges come from the other lines, as in a real page.
    expect(
      joinParagraphs([
        full('各项目标任务圆满完成。'),
        line('清河市人民政府', 424, 508),
        line('2023年1月16日', 430, 508),
      ]),
    ).toBe('各项目标任务圆满完成。\n清河市人民政府\n2023年1月16日');
    expect(joinParagraphs([short('附件'), full('重点项目清单')])).toBe('附件\n重点项目清单');
    expect(joinParagraphs([full('全年目标基本完成'), indented('今年主要任务')])).toBe('全年目标基本完成\n今年主要任务');
  });

  it('puts a space between Latin words only, and drops spaces between Chinese characters', () => {
    expect(joinParagraphs([full('the Government Work'), full('Report of 清 河 市')])).toBe(
      'the Government Work Report of 清河市',
    );
  });

  it('maps Kangxi radicals that some fonts use to the usual characters', () => {
    expect(joinParagraphs([short('\u2f8f政\u2f2f作。')])).toBe('行政工作。');
  });
});

describe('pageLines', () => {
  const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({
    str,
    transform: [SIZE, 0, 0, SIZE, x, y],
    width,
    height: SIZE,
    hasEOL,
  });

  it('cuts lines at end-of-line marks and baseline changes, with their edges', () => {
    const lines = pageLines([
      item('市长', 268, 700, 24),
      item(' ', 292, 700, 12),
      item('王明', 304, 700, 24, true),
      item('各位代表：', 118, 666, 60),
      item('现在', 118, 643, 24),
      { str: '', hasEOL: true },
    ]);
    expect(lines).toEqual([
      { text: '市长\u3000王明', left: 268, right: 328, size: SIZE, y: 700 },
      { text: '各位代表：', left: 118, right: 178, size: SIZE, y: 666 },
      { text: '现在', left: 118, right: 142, size: SIZE, y: 643 },
    ]);
  });
});
