// Headings of several reports: Guangming 2021 and Longhua 2019 rule-of-law reports, Yantian
// 2022 and Futian 2021 work reports, the Beijing 2026 work report.
import { describe, expect, it } from 'vitest';
import { core, extractHeadingPrograms, headingName } from './extract-heading-programs.js';
import { splitSections } from './split-sections.js';
import { splitSentences } from './split-sentences.js';

const name = (part: string) => headingName(part)?.name ?? null;

describe('headingName', () => {
  it('reads a named initiative and how it went', () => {
    expect(name('数字政府建设率先突破')).toBe('数字政府建设');
    expect(name('街道综合行政执法改革顺利落地')).toBe('街道综合行政执法改革');
    expect(name('“500米公共法律服务圈”实现新发展')).toBe('500米公共法律服务圈');
  });

  it('reads the initiative an initiating verb opens', () => {
    expect(name('全面推进政务公开')).toBe('政务公开');
    expect(name('深入实施道路整治三年行动')).toBe('道路整治三年行动');
    expect(name('深入开展规范性文件清理工作')).toBe('规范性文件清理工作');
    expect(name('完善法律顾问制度')).toBe('法律顾问制度');
  });

  it('reads the revitalization of a field a work report heads a section with', () => {
    expect(name('乡村振兴稳步推进')).toBe('乡村振兴'); // 河北 县 2023
    expect(name('全面推进乡村振兴')).toBe('乡村振兴');
    expect(name('经济持续振兴')).toBeNull();
  });

  it('leaves headings that name no initiative', () => {
    expect(name('习近平法治思想学习走深走实')).toBeNull();
    expect(name('全力以赴推动城乡建设展现新面貌')).toBeNull(); // 贵州 县 2019
    expect(name('行政规范性文件全面纳入法治化轨道')).toBeNull();
    expect(name('首都功能持续优化提升')).toBeNull();
    expect(name('行政复议和行政应诉工作')).toBeNull();
    expect(name('积极开展行政复议和行政应诉工作')).toBeNull();
    expect(name('完善制度机制')).toBeNull();
    expect(name('法治政府建设各项任务全面落地')).toBeNull();
  });

  it('takes no state of a field or place being built for an initiative', () => {
    expect(name('消防安全体系逐步完善')).toBeNull(); // 罗湖区 2015
    expect(name('国际生物谷建设全面提速')).toBeNull(); // 大鹏新区 2014
    expect(name('文化强区建设全面提速')).toBe('文化强区建设');
    expect(name('能源保障项目建设提速')).toBeNull(); // 罗湖区 2014
  });

  it('strips a generic head for the bare name', () => {
    expect(core('合法性审查制度')).toBe('合法性审查');
    expect(core('数字政府建设')).toBe('数字政府建设');
  });

  it('reads no building named by its scale or kind of place alone', () => {
    expect(name('重点片区建设全面提速')).toBeNull();
    expect(name('持续加强基层基础建设')).toBeNull();
    expect(name('法治城区建设迈上新台阶')).toBe('法治城区建设');
  });
});

describe('extractHeadingPrograms', () => {
  it('takes no class of undertakings under a heading for a program', () => {
    const text = '二、重点工作\n（一）着力深化重点领域改革，交出改革答卷。\n（二）全面推进智慧社区建设。\n';
    const sentences = splitSentences(text, splitSections(text, 2024));
    expect(extractHeadingPrograms(sentences, [], '').map((p) => p.name)).toEqual(['智慧社区建设']);
  });

  it('takes the work of a field done well for no program, an activity carried out for one', () => {
    const text = '二、重点工作\n（一）扎实做好综治维稳工作。\n（二）深入开展行政合同清理工作。\n';
    const sentences = splitSentences(text, splitSections(text, 2024));
    expect(extractHeadingPrograms(sentences, [], '').map((p) => p.name)).toEqual(['行政合同清理工作']);
  });

  it('reads the rule of law over a place as the subject of a heading', () => {
    // 法治政府建设 reports of a city, a district and a province; a work report.
    expect(name('全面依法治市迈上新台阶')).toBe('全面依法治市');
    expect(name('全面依法治区深入推进')).toBe('全面依法治区');
    expect(name('推进全面依法治省')).toBe('全面依法治省');
    expect(name('依法行政水平不断提升')).toBeNull();
  });

  it('reads what a heading builds or betters as its programme, unless said by its quality', () => {
    // A justice bureau's and a public security bureau's 法治政府建设 reports; a work report.
    expect(name('加快打造市场化法治化营商环境')).toBe('市场化法治化营商环境');
    expect(name('持续优化税收营商环境')).toBe('税收营商环境');
    expect(name('加快打造一流营商环境')).toBeNull();
    expect(name('持续营造优质营商环境')).toBeNull();
    // The climate for business said alone is an aim, whether it betters or is bettered.
    expect(name('营商环境进一步优化')).toBeNull();
    expect(name('营商环境持续优化')).toBeNull();
    expect(name('持续优化营商环境')).toBeNull();
    expect(name('法治化营商环境持续优化')).toBe('法治化营商环境');
  });

  it('reads lawmaking in a field a heading takes part in as its programme', () => {
    expect(name('积极参与民生领域立法')).toBe('民生领域立法');
    expect(name('加强生态环境领域立法')).toBe('生态环境领域立法');
    expect(name('参与立法')).toBeNull();
  });
});
