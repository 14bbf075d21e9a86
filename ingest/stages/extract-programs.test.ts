import { describe, expect, it } from 'vitest';
import { extractPrograms, programKey } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const programs = (text: string) => extractPrograms(splitSentences(text, []));
const names = (text: string) => [...new Set(programs(text).map((p) => p.name))];

describe('extractPrograms', () => {
  it('finds a quoted name marked by a program head after it', () => {
    expect(names('组织开展“法治建设年”活动。')).toEqual(['法治建设年']);
    expect(programs('推行“营商环境法律助力”机制。')[0]?.aliases).toContain('“营商环境法律助力”机制');
  });

  it('names a short quoted code with its head', () => {
    expect(names('持续深化“放管服”改革。')).toEqual(['放管服改革']);
    expect(names('印发实施“八五”普法规划。')).toEqual(['八五普法规划']);
  });

  it('finds a quoted name introduced by an initiating verb', () => {
    expect(names('98%的事项实现“最多跑一次”。')).toEqual(['最多跑一次']);
  });

  it('finds every quoted name of a run that shares a head', () => {
    expect(names('持续开展“疏解整治促提升”“蓝天保卫战”等专项执法行动。')).toEqual(['疏解整治促提升', '蓝天保卫战']);
  });

  it('is not fooled by slogans and idioms in quotes', () => {
    expect(names('紧抓领导干部“关键少数”，做好“后半篇文章”。')).toEqual([]);
  });

  it('finds unquoted names ending in a head, bounded by the verb before them', () => {
    expect(names('纵深推进国资国企改革。')).toEqual(['国资国企改革']);
    expect(names('建立跨区域执法协作机制。')).toEqual(['跨区域执法协作机制']);
  });

  it('finds focus areas introduced by 聚焦 and 围绕', () => {
    expect(names('聚焦冬奥会筹办。持续细化方案。')).toEqual(['冬奥会筹办']);
    expect(names('围绕生态保护、疫情防控等重点领域，强化法治保障。')).toEqual(['生态保护', '疫情防控']);
    expect(names('聚焦重点领域开展普法。')).toEqual([]);
  });

  it('makes 制度 and 机制 variants of a name one key', () => {
    expect(programKey('月度考核制度')).toBe(programKey('月度考核机制'));
  });

  it('keys a reform without the word that classifies it', () => {
    expect(programKey('行政执法体制改革')).toBe(programKey('行政执法改革'));
    expect(programKey('行政审批制度改革')).toBe(programKey('行政审批改革'));
    expect(programKey('行政审批制度改革')).not.toBe(programKey('审批改革'));
    expect(programKey('行政复议体制改革')).not.toBe(programKey('行政执法体制改革'));
    expect(programKey('体制机制改革')).toBe('Program:体制机制改革');
  });

  it('merges a name extended by a word into the shorter name', () => {
    const found = programs('聚焦冬奥会筹办。围绕冬奥会筹办举办、疫情防控等重点领域，强化保障。');
    expect(new Set(found.filter((p) => p.surface.startsWith('冬奥会')).map((p) => p.key))).toEqual(
      new Set([programKey('冬奥会筹办')]),
    );
  });
});
