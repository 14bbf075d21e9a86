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
});
