// Inputs: invented sentences of work reports of a district and of a city, and of a department's
// report on the rule of law, each naming a programme with or without quotes.

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build-graph.js';
import { extractDocument } from '../pipeline.js';
import { programKey } from './program-mention.js';

/** The Program nodes of a graph built from reports, each given as its text. */
function programNodes(...texts: string[]): { key: string; name: string }[] {
  const extractions = texts.map((text, i) => extractDocument({ id: `r${i}`, file: `r${i}.txt`, text }));
  const graph = buildGraph(extractions);
  return graph
    .filterNodes((_key, a) => a.kind === 'Program')
    .map((key) => ({ key, name: String(graph.getNodeAttribute(key, 'name')) }));
}

describe('programKey', () => {
  it('keys a name with or without the classifier that ends it', () => {
    expect(programKey('春雨英才计划')).toBe(programKey('春雨英才'));
    expect(programKey('绿色港湾建设')).toBe(programKey('绿色港湾'));
    expect(programKey('清风护苗专项行动')).toBe(programKey('清风护苗'));
    expect(programKey('智慧社区建设行动')).toBe(programKey('智慧社区'));
  });

  it('keeps a kind of programme and a name too short to stand alone', () => {
    expect(programKey('城市更新试点')).not.toBe(programKey('城市更新'));
    expect(programKey('户籍制度改革')).not.toBe(programKey('户籍'));
    expect(programKey('人才工程')).toBe('Program:人才工程');
    expect(programKey('1+6工程')).toBe('Program:1+6工程');
  });
});

describe('a programme named in two reports', () => {
  it('is one node whether its name is quoted before its head or not', () => {
    const nodes = programNodes(
      '过去一年，我们实施“春雨育才”工程，培训技术工人1200名。',
      '今年，区政府将深入实施春雨育才工程，新建实训基地3个。',
    );
    expect(nodes.filter((n) => n.name.includes('春雨育才'))).toHaveLength(1);
  });

  it('is one node whether the quotes hold the head or stop before it', () => {
    const nodes = programNodes(
      '市公安局开展“清风护苗专项行动”，查处案件12宗。',
      '我局联合教育部门开展“清风护苗”专项行动，排查校园周边门店300家。',
    );
    expect(nodes.filter((n) => n.name.includes('清风护苗'))).toHaveLength(1);
  });
});
