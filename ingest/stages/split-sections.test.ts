import { describe, expect, it } from 'vitest';
import { classifyHeading, sectionAt, splitSections } from './split-sections.js';

const report = [
  '某区2021年法治政府建设年度情况报告',
  '一、2021年主要举措和成效',
  '（一）加强统筹领导',
  '全面推进工作。',
  '(二)坚持法治引领，强化保障。聚焦重点。',
  '二、存在的不足和原因',
  '一是基础薄弱。二是意识不强。',
  '三、2022年主要安排',
  '1.深化改革。',
  '（1）优化流程。',
].join('\n');

describe('splitSections', () => {
  const sections = splitSections(report, 2021);

  it('builds the tree from 一、 / （一） / 1. / （1） and inline 一是', () => {
    expect(sections.map((s) => [s.level, s.path])).toEqual([
      [0, '前言'],
      [1, '一、'],
      [2, '一、 > （一）'],
      [2, '一、 > (二)'],
      [1, '二、'],
      [6, '二、 > 一是'],
      [6, '二、 > 二是'],
      [1, '三、'],
      [3, '三、 > 1.'],
      [4, '三、 > 1. > （1）'],
    ]);
  });

  it('takes a heading’s title up to its first full stop', () => {
    expect(sections[3]?.title).toBe('坚持法治引领，强化保障');
  });

  it('gives each section the role of its heading, inherited below', () => {
    expect(sections.map((s) => s.role)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'problem',
      'problem',
      'problem',
      'planned',
      'planned',
      'planned',
    ]);
  });

  it('finds the deepest section around an offset', () => {
    expect(sectionAt(sections, report.indexOf('意识不强'))?.path).toBe('二、 > 二是');
    expect(sectionAt(sections, 0)?.path).toBe('前言');
  });

  it('reads roles from heading words and years', () => {
    expect(classifyHeading('存在的问题', 2021)).toBe('problem');
    expect(classifyHeading('2022年工作安排', 2021)).toBe('planned');
    expect(classifyHeading('2023年法治建设', 2022)).toBe('planned');
    expect(classifyHeading('2021年工作回顾', 2022)).toBe('done');
    expect(classifyHeading('加强统筹领导', 2021)).toBeNull();
  });

  it('reads a five-year plan period as planned in its first years, done when looked back on', () => {
    expect(classifyHeading('二、“十四五”时期主要任务和二〇三五年远景目标', 2021)).toBe('planned');
    expect(classifyHeading('“十四五”时期和2021年形势任务', 2021)).toBe('planned');
    expect(classifyHeading('“十三五”时期主要成绩及2020年工作回顾', 2021)).toBe('done');
  });

  it('finds an enumeration opened after a comma, and titled items', () => {
    const text = [
      '二、存在问题',
      '但也存在一些薄弱环节，一是推进力度不够均衡；二是创新点不够多。',
      '三、工作情况',
      '一是数字政府建设率先突破。持续擦亮品牌。二是法治意识有待强化，部分干部理念不牢。',
    ].join('\n');
    const found = splitSections(text, 2021);
    expect(found.filter((s) => s.level === 6).map((s) => s.path)).toEqual([
      '二、 > 一是',
      '二、 > 二是',
      '三、 > 一是',
      '三、 > 二是',
    ]);
    const titled = found.filter((s) => s.level === 6).map((s) => s.bodyStart > s.start);
    expect(titled).toEqual([false, false, true, false]);
  });
});
