import { describe, expect, it } from 'vitest';
import { countedAfter, isClassName, pluralBefore } from './agency-class.js';
import { extractAgencies } from './extract-agencies.js';
import { findJurisdiction } from './read-metadata.js';
import { splitSentences } from './split-sentences.js';

const futian = findJurisdiction(['深圳市福田区人民政府2017年法治政府建设工作报告']);
const longgang = findJurisdiction(['深圳市龙岗区2020年政府工作报告']);

function names(text: string, jurisdiction = futian): string[] {
  return extractAgencies(text, splitSentences(text, []), jurisdiction).map((m) => m.surface);
}

describe('isClassName', () => {
  it('calls a level word plus a head a class', () => {
    expect(isClassName('社区党委')).toBe(true);
    expect(isClassName('部门党委')).toBe(true);
    expect(isClassName('社区工作站')).toBe(true);
    expect(isClassName('重点片区指挥部')).toBe(true);
    expect(isClassName('地级市消防支队')).toBe(true);
    expect(isClassName('街道企业服务中心')).toBe(true);
    expect(isClassName('街道级安全委员会')).toBe(true);
    expect(isClassName('辖区派出所')).toBe(true);
    expect(isClassName('园区管理委员会')).toBe(true);
  });

  it('calls two levels before a body, and long words before a community body, a class', () => {
    expect(isClassName('省市党委')).toBe(true);
    expect(isClassName('市区政府')).toBe(true);
    expect(isClassName('志愿服务队社区工作站')).toBe(true);
    expect(isClassName('现场指挥部')).toBe(true);
    expect(isClassName('边远地区村民委员会')).toBe(true);
    expect(isClassName('工作专项小组')).toBe(true);
    expect(isClassName('专属服务团')).toBe(true);
    expect(isClassName('工作领导小组办公室')).toBe(false);
    expect(isClassName('南湖社区工作站')).toBe(false);
    expect(isClassName('市区划调整领导小组')).toBe(false);
  });

  it('keeps the office of a subdistrict, calls the governments of all townships a class', () => {
    expect(isClassName('街道办')).toBe(false);
    expect(isClassName('乡镇人民政府')).toBe(true);
  });

  it('calls a kind word plus a generic head a class, but not a domain', () => {
    expect(isClassName('专责小组')).toBe(true);
    expect(isClassName('专业委员会')).toBe(true);
    expect(isClassName('专项服务小组')).toBe(true);
    expect(isClassName('专项整治领导小组')).toBe(false);
  });

  it('keeps names with a place or an owner', () => {
    expect(isClassName('区委政法委')).toBe(false);
    expect(isClassName('福田区司法局')).toBe(false);
    expect(isClassName('街道办事处')).toBe(false);
    expect(isClassName('依法治区委员会')).toBe(false);
  });
});

describe('pluralBefore', () => {
  it('takes counts of two or more and plural words', () => {
    expect(pluralBefore('区安委会下设6个')).toBe(true);
    expect(pluralBefore('建立112个')).toBe(true);
    expect(pluralBefore('低空经济三个')).toBe(true);
    expect(pluralBefore('区街两级')).toBe(true);
    expect(pluralBefore('压实')).toBe(false);
    expect(pluralBefore('成立1个')).toBe(false);
  });
});

describe('countedAfter', () => {
  it('takes a count right after a name', () => {
    expect(countedAfter('41个，防止矛盾激化')).toBe(true);
    expect(countedAfter('十余家')).toBe(true);
    expect(countedAfter('受理案件41件')).toBe(false);
  });
});

describe('extractAgencies drops classes of bodies', () => {
  it('drops counted and level-only names from several reports', () => {
    expect(names('区安委会下设6个专业委员会，分别负责各领域安全。')).not.toContain('专业委员会');
    expect(names('建立112个专项服务小组，深入开展助企行活动。', longgang)).toEqual([]);
    expect(names('为全省15个地级市消防支队配备特种消防装备。', longgang)).toEqual([]);
    expect(names('组建人工智能、生命健康、低空经济三个产业办公室。', longgang)).toEqual([]);
    expect(names('让社区党委回归主责主业。', longgang)).toEqual([]);
    expect(names('对社区工作站实施会计集中核算派驻管理。')).toEqual([]);
    expect(names('三级生态环境保护委员会实体化运作。', longgang)).toEqual([]);
  });

  it('keeps one named body in the same sentences', () => {
    expect(names('区司法局指导社区工作站开展调解。')).toEqual(['区司法局']);
    expect(names('成立福田区专项整治领导小组。')).toEqual(['福田区专项整治领导小组']);
  });
});
