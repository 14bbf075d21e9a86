// Inputs: an invented report of a city department (a genre beside the governments' own reports),
// as departments publish theirs: the department names itself in the title, 局党组 and 我局 in the text.

import { describe, expect, it } from 'vitest';
import { extractDocument } from './pipeline.js';

const REPORT = `绍兴市市场监督管理局2022年法治政府建设年度报告
2022年，市市场监管局在市委、市政府的坚强领导下，全面推进法治政府建设。
一、主要举措和成效
（一）加强党对法治建设的领导。局党组召开专题会议8次，研究部署法治建设工作。
（二）严格规范公正文明执法。我局全面落实行政执法三项制度，开展药品安全专项整治行动，查处案件320宗。
二、下一步工作安排
我局将完善抽查监管机制。`;

describe('extractDocument on a department’s report', () => {
  const extraction = extractDocument({ id: 'dept', file: 'report.txt', text: REPORT });
  const names = new Map(extraction.nodes.map((n) => [n.key, n.attributes.name ?? '']));
  const agencies = extraction.nodes.filter((n) => n.attributes.kind === 'Agency').map((n) => n.attributes.name);
  const doers = (text: string, implied: boolean) =>
    extraction.edges
      .filter((e) => e.attributes.kind === 'CARRIES_OUT' && !!e.attributes.default === implied)
      .filter((e) => String(extraction.nodes.find((n) => n.key === e.target)?.attributes.name ?? '').includes(text))
      .map((e) => names.get(e.source));

  it('takes the department as the report’s author and the doer of what it does not ascribe', () => {
    expect(extraction.document.attributes.issuer).toBe('绍兴市市场监督管理局');
    expect(doers('开展药品安全专项整治行动', true)).toEqual(['绍兴市市场监督管理局']);
    expect(doers('完善抽查监管机制', true)).toEqual(['绍兴市市场监督管理局']);
  });

  it('reads the department’s short name and its party group as its own bodies, one node each', () => {
    expect(agencies.filter((n) => n?.includes('市场监')).sort()).toEqual([
      '绍兴市市场监督管理局',
      '绍兴市市场监督管理局党组',
    ]);
    expect(doers('召开专题会议', false)).toEqual(['绍兴市市场监督管理局党组']);
    expect(agencies).toContain('中共绍兴市委');
  });

  it('gives a plan named as a programme to the body that issued it, the author where no one is named', () => {
    const text = `绍兴市司法局2022年法治政府建设年度报告
一、主要举措
印发《年度工作要点》和全市“八五”普法规划，开展法治宣传。学习“十四五”规划。`;
    const plan = extractDocument({ id: 'plan', file: 'plan.txt', text });
    const issued = plan.edges
      .filter((e) => e.attributes.kind === 'ISSUED_BY')
      .map(
        (e) =>
          `${plan.nodes.find((n) => n.key === e.source)?.attributes.name}<-${plan.nodes.find((n) => n.key === e.target)?.attributes.name}`,
      );
    expect(issued).toContain('八五普法规划<-绍兴市司法局');
    // Studied, not issued: no issuer.
    expect(issued.filter((i) => i.startsWith('十四五规划'))).toEqual([]);
  });

  it('gives a plan merged into the campaign it plans its issuer too (“八五”普法, then its 规划)', () => {
    const text = `绍兴市司法局2022年法治政府建设年度报告
一、主要举措
把学习宣传习近平法治思想作为“八五”普法首要政治任务。印发《年度工作要点》和全市“八五”普法规划。`;
    const plan = extractDocument({ id: 'plan', file: 'plan.txt', text });
    const campaign = plan.nodes.find((n) => n.attributes.kind === 'Program' && n.attributes.name === '八五普法');
    expect(campaign?.attributes.aliases).toContain('八五普法规划');
    const issuers = plan.edges
      .filter((e) => e.attributes.kind === 'ISSUED_BY' && e.source === campaign?.key)
      .map((e) => plan.nodes.find((n) => n.key === e.target)?.attributes.name);
    expect(issuers).toEqual(['绍兴市司法局']);
  });
});
