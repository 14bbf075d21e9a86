// Inputs from several reports: Guangming 2021 and Longhua 2019 rule-of-law reports, the Futian
// 2021 and Beijing 2026 work reports.
import { describe, expect, it } from 'vitest';
import { extractMeasures, measureStatus } from './extract-measures.js';
import { splitSections } from './split-sections.js';
import { splitSentences } from './split-sentences.js';

function measures(text: string, year = 2021) {
  const sentences = splitSentences(text, splitSections(text, year));
  return extractMeasures(sentences).map((m) => [m.status, m.text]);
}

describe('extractMeasures', () => {
  it('gives one measure per action, with its own offsets', () => {
    const text = '一、主要工作\n成立光明区行政复议中心，开设行政复议窗口，设立行政复议听证室。';
    const sentences = splitSentences(text, splitSections(text, 2021));
    const found = extractMeasures(sentences);
    expect(found.map((m) => m.text)).toEqual(['成立光明区行政复议中心', '开设行政复议窗口', '设立行政复议听证室']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads actions whose verb the tagger takes for a name (新建, 新开工)', () => {
    expect(measures('一、主要工作\n新建截污管网42公里，新开工项目18个，整治黑臭水体8条。').map(([, t]) => t)).toEqual([
      '新建截污管网42公里',
      '新开工项目18个',
      '整治黑臭水体8条',
    ]);
  });

  it('keeps headings, titles, signatures and closing formulas out', () => {
    const text = [
      '深圳市龙华区2019年法治政府建设工作报告',
      '一、加强制度建设',
      '（一）加强规范性文件管理。严格落实相关规定，全面推行统一登记制度。',
      '二是数字政府建设率先突破。持续擦亮政务服务品牌。',
      '专此报告。',
      '深圳市龙华区人民政府',
    ].join('\n');
    expect(measures(text).map(([, t]) => t)).toEqual([
      '严格落实相关规定',
      '全面推行统一登记制度',
      '持续擦亮政务服务品牌',
    ]);
  });

  it('takes the status from the section, and a plan from the action’s own words', () => {
    const text = [
      '一、2020年工作回顾',
      '完成全年目标任务。明年将继续推进旧城改造。',
      '二、存在问题',
      '一是基础薄弱，人员力量不足。',
    ].join('\n');
    expect(measures(text, 2020)).toEqual([
      ['done', '完成全年目标任务'],
      ['planned', '明年将继续推进旧城改造'],
      ['problem', '一是基础薄弱，人员力量不足'.slice(2)],
    ]);
  });

  it('reads 将 before a noun as the object marker, not the future', () => {
    expect(measureStatus('各级各部门将习近平法治思想列入学习议题', 'done')).toBe('done');
    expect(measureStatus('光明区将认真贯彻落实全会精神', 'done')).toBe('planned');
    expect(measureStatus('做好重要工作', 'done')).toBe('done');
  });

  it('reads a paragraph that looks back as results, in a section of plans', () => {
    const text = [
      '二、“十四五”时期发展成就和“十五五”时期主要目标任务',
      '这五年，我们锐意改革、矢志创新，经济高质量发展取得显著成效。',
      '“十五五”时期是基本实现现代化的关键时期。我们要保持战略定力，增强必胜信心。',
    ].join('\n');
    const sentences = splitSentences(text, splitSections(text, 2025));
    const found = extractMeasures(sentences, () => false, text).map((m) => [m.status, m.text]);
    expect(found).toContainEqual(['done', '这五年，我们锐意改革、矢志创新，经济高质量发展取得显著成效']);
    expect(found).toContainEqual(['planned', '我们要保持战略定力，增强必胜信心']);
  });
});
