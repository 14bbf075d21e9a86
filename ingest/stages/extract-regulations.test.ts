import { describe, expect, it } from 'vitest';
import { documentType, extractRegulations, regulationName } from './extract-regulations.js';
import { splitSentences } from './split-sentences.js';

const regulations = (text: string) => extractRegulations(text, splitSentences(text, []));

describe('extractRegulations', () => {
  it('finds titles in 《》 and their document type from the ending', () => {
    const found = regulations('制定《某区重大行政决策程序实施细则》，落实《某条例》。');
    expect(found.map((r) => [r.name, r.docType])).toEqual([
      ['某区重大行政决策程序实施细则', '实施细则'],
      ['某条例', '条例'],
    ]);
  });

  it('reads proposals, policies, guidelines, white papers and agreements in 《》 as documents', () => {
    const found = regulations(
      '贯彻《某省委关于制定某省国民经济和社会发展第十六个五年规划的建议》，落实《某市支持会展业发展若干政策》《两地关于深化经贸合作的安排》和《区域数字贸易伙伴关系协定》，编制《某区滨水空间设计导则》。',
    );
    expect(found.map((r) => r.docType)).toEqual(['建议', '政策', '安排', '协定', '导则']);
  });

  it('is not fooled by newspapers and journals', () => {
    expect(regulations('在《法治日报》《求是》《人民日报》发表文章。')).toEqual([]);
  });

  it('reads the type through an edition in brackets', () => {
    expect(documentType('法治政府建设实施纲要(2021-2025年)')).toBe('实施纲要');
    expect(documentType('某某管理办法（试行）')).toBe('办法');
    expect(documentType('某某的故事')).toBe('');
  });

  it('names a national law without 中华人民共和国 and keeps that form as an alias', () => {
    expect(regulationName('中华人民共和国行政处罚法')).toEqual({
      name: '行政处罚法',
      aliases: ['中华人民共和国行政处罚法'],
    });
    const [law] = regulations('学习《中华人民共和国行政处罚法》。');
    expect(law?.key).toBe(regulations('学习《行政处罚法》。')[0]?.key);
  });

  it('strips quote marks inside a title', () => {
    expect(regulations('编印《“以案释法”汇编》。')[0]?.name).toBe('以案释法汇编');
  });

  // 光明区 2021, 龙华区 2019 (法治政府 reports) and 深圳市 2014 (work report).
  it('finds documents named without 《》 after a verb that draws them up, issues or applies them', () => {
    const names = (text: string) => regulations(text).map((r) => r.name);
    expect(names('专题研究制定光明区法治政府建设重点工作方案和法治政府考核评分细则。')).toEqual([
      '光明区法治政府建设重点工作方案',
      '法治政府考核评分细则',
    ]);
    expect(names('开展新修订行政处罚法以及《政府投资条例》等学法活动。')).toEqual(['行政处罚法', '政府投资条例']);
    expect(names('推进光明科学城发展促进条例立法工作。')).toEqual(['光明科学城发展促进条例']);
    expect(names('出台实施保税区转型升级总体方案。')).toEqual(['保税区转型升级总体方案']);
    expect(names('制定工作方案，改进工作方法。')).toEqual([]);
  });

  it('makes a district’s document one node with or without its city', () => {
    const [long] = regulations('制定《深圳市龙华区土地整备和公共基础设施建设项目房屋补偿实施办法》。');
    const [short] = regulations('审查《龙华区土地整备和公共基础设施建设项目房屋补偿实施办法》。');
    expect(long?.key).toBe(short?.key);
    expect(long?.name).toBe('深圳市龙华区土地整备和公共基础设施建设项目房屋补偿实施办法');
  });
});
