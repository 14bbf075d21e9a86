import { describe, expect, it } from 'vitest';
import { extractPrograms } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

describe('campaign names of work reports', () => {
  it('reads a programme that is the subject of its progress (…改革扎实推进)', () => {
    // 海拉尔区 2019, 北京市 2026, 广东省 2015: words of progress the tagger reads as adjectives or nouns.
    expect(names('国有企业改革扎实推进，市属国有文化企业战略性重组取得实质进展。')).toEqual(['国有企业改革']);
    expect(names('国库集中支付制度改革全面推行，成立了区国库支付中心。')).toEqual(['国库集中支付制度改革']);
    expect(names('市容环境提升行动扎实开展，东涌公园等项目顺利推进。')).toEqual(['市容环境提升行动']);
    // A subject cut at a verb (相对|集中…) loses its qualifier: no name.
    expect(names('行政审批标准化加快实施，相对集中行政许可权试点改革扎实推进。')).toEqual([]);
  });

  it('keeps the time a campaign runs and the verb it is named with (…整治三年行动)', () => {
    expect(names('农村人居环境整治三年行动深入实施，完成户厕改造38个示范点建设。')).toEqual([
      '农村人居环境整治三年行动',
    ]);
    expect(names('开展城市品质提升百日行动。')).toEqual(['城市品质提升百日行动']);
    expect(names('实施教育品质提升三年行动，建成云海学校。')).toEqual(['教育品质提升三年行动']);
  });

  it('names a campaign’s plan with its 计划 (…行动计划)', () => {
    expect(names('继续实施学前教育三年行动计划，学前三年入园率达到96.4%。')).toEqual(['学前教育三年行动计划']);
    expect(names('实施水污染防治行动计划，加强江河湖海水污染治理。')).toEqual(['水污染防治行动计划']);
    expect(names('深入实施知识产权战略行动计划，依法打击侵权行为。')).toEqual(['知识产权战略行动计划']);
  });

  it('finds no campaign in a plan named by its time alone, a list of documents or a cut qualifier', () => {
    expect(names('实施三年行动计划，全年完成10个城中村综合治理。')).toEqual([]);
    expect(names('出台顶层设计方案及三年行动计划，全年投入8亿元。')).toEqual([]);
    // 全面提升|空气质量…, 淘汰|落后产能…: the verb the tagger splits off is the name's own.
    expect(names('实施全面提升空气质量行动计划，抓好多污染物协同治理。')).toEqual([]);
    expect(names('制定淘汰落后产能行动计划，逐年分步有序推进。')).toEqual([]);
    expect(names('出台落实深圳国家可持续发展议程创新示范区建设三年行动计划。')).toEqual([]);
  });

  it('finds strategies run by a verb or progressing as subjects, and campaigns named by their object', () => {
    // 海拉尔区 2019, 广东省 2016, 龙华区 2021, 南山区 2023 work reports.
    expect(names('乡村振兴战略顺利推进，产业园完成总体规划设计。')).toEqual(['乡村振兴战略']);
    expect(names('深入实施就业优先战略，开展职业技能提升行动。')).toEqual(['就业优先战略', '职业技能提升行动']);
    expect(names('开展非法征占用草原专项整治，对污染地块加强治理。')).toEqual(['非法征占用草原专项整治']);
    expect(names('持续推进扫黑除恶专项斗争，打掉涉黑恶犯罪团伙。')).toEqual(['扫黑除恶专项斗争']);
  });

  it('finds no strategy of every report, none taken as an object and no two under one head', () => {
    expect(names('全力落实国家重大战略。')).toEqual([]);
    expect(names('深度融入粤港澳大湾区国家战略。')).toEqual([]);
    expect(names('新增声学产业技术创新战略等产业联盟3个。')).toEqual([]);
    expect(names('实施东进战略和中轴提升战略，提升西部。')).toEqual(['中轴提升战略']);
    expect(names('开展燃气、电动自行车等安全隐患全链条专项整治。')).toEqual([]);
    expect(names('深化工业锅炉污染整治和挥发性有机物专项整治。')).toEqual([]);
  });

  it('reads a reform named after its examples in quotes (“A”“B”等…改革), not after a plain list', () => {
    // 海拉尔区 2019, 广东省 2019 work reports.
    expect(names('全面实施“先照后证”“多证合一、一照一码”等商事制度改革。')).toContain('商事制度改革');
    expect(names('推进“一地两检”“联合查验、一次放行”等通关模式改革。')).toContain('通关模式改革');
    expect(names('推进教育、医疗等领域改革。')).toEqual([]);
  });
});
