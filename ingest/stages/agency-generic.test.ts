import { describe, expect, it } from 'vitest';
import { classInContext, hasAnchor, unitOfInstitution } from './agency-generic.js';
import { extractAgencies } from './extract-agencies.js';
import { findJurisdiction } from './read-metadata.js';
import { splitSentences } from './split-sentences.js';

const nanshan = findJurisdiction(['深圳市南山区2019年政府工作报告']);

function names(text: string): string[] {
  return extractAgencies(text, splitSentences(text, []), nanshan).map((m) => m.name);
}

/** classInContext on the first occurrence of `name` in `text`. */
function inContext(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return classInContext(text, at, at + name.length);
}

describe('classInContext', () => {
  it('reads the bodies of a structure template as kinds', () => {
    const text = '各街道设置4个内设机构（综合办公室、民生服务办公室）和1个事业单位(网格管理中心)。';
    expect(inContext(text, '民生服务办公室')).toBe(true);
    expect(inContext(text, '网格管理中心')).toBe(true);
    expect(inContext('机构设置为三部两中心：综合部、党建部，应急指挥中心、网格中心。', '应急指挥中心')).toBe(true);
  });

  it('reads a body set up in each of many units, piloted, hoped for or attracted as a kind', () => {
    expect(inContext('全区52个社区均成立物业管理委员会。', '物业管理委员会')).toBe(true);
    expect(inContext('在各园区设立人才服务中心。', '人才服务中心')).toBe(true);
    expect(inContext('全区率先实现居委会下设卫生健康委员会。', '卫生健康委员会')).toBe(true);
    expect(inContext('在南湖社区设立调解委员会。', '调解委员会')).toBe(false);
    expect(inContext('试点建设社区法律服务中心。', '社区法律服务中心')).toBe(true);
    expect(inContext('争取仲裁院分院、国际组织等落户。', '仲裁院分院')).toBe(true);
    expect(inContext('某公司调解中心落户前海。', '某公司调解中心')).toBe(true);
    expect(inContext('提升老兵服务中心（站）服务水平。', '老兵服务中心')).toBe(true);
    expect(inContext('组建华东、西南等招商服务办公室。', '招商服务办公室')).toBe(true);
    expect(inContext('加强专业应急救援指挥部建设。', '专业应急救援指挥部')).toBe(true);
  });

  it('leaves one body set up or acting', () => {
    expect(inContext('成立行政复议委员会，集中审理案件。', '行政复议委员会')).toBe(false);
    expect(inContext('加快设立西部人才服务中心。', '西部人才服务中心')).toBe(false);
    expect(inContext('完善重大项目指挥部建设。', '重大项目指挥部')).toBe(false);
  });
});

describe('hasAnchor', () => {
  it('finds a level, a national start or a place', () => {
    expect(hasAnchor('区企业服务中心')).toBe(true);
    expect(hasAnchor('国家知识产权局')).toBe(true);
    expect(hasAnchor('南山区司法局')).toBe(true);
  });

  it('finds none in a name of a kind', () => {
    expect(hasAnchor('企业服务中心')).toBe(false);
    expect(hasAnchor('市场监管所')).toBe(false);
  });
});

describe('unitOfInstitution', () => {
  it('reads an office of a university or a hospital as the institution’s', () => {
    expect(unitOfInstitution('某某理工大学国际交流办公室')).toBe(true);
    expect(unitOfInstitution('区人民医院健康服务中心')).toBe(true);
    expect(unitOfInstitution('公立医院管理中心')).toBe(false);
    expect(unitOfInstitution('区教育局')).toBe(false);
  });
});

describe('extractAgencies leaves out kinds of bodies and keeps named ones', () => {
  it('drops unanchored bodies of templates and of every unit', () => {
    expect(names('设2个事业单位(街道网格管理中心、党群服务中心)。')).toEqual([]);
    expect(names('全区12个社区第一时间成立防疫工作委员会。')).toEqual([]);
    expect(names('全区现有人民调解委员会30个。')).toEqual([]);
  });

  it('keeps anchored bodies in the same sentences', () => {
    expect(names('区安委会下设4个专业委员会分别为区消防安全委员会、区燃气安全委员会。')).toEqual([
      '南山区消防安全委员会',
      '南山区燃气安全委员会',
    ]);
    expect(names('设立区人才服务中心，并试点建设街道人才服务中心。')).toEqual(['南山区人才服务中心']);
  });

  it('splits an area’s party committee from its administration', () => {
    expect(names('出台《前海新区党工委管委会议事规则》。')).toEqual(['前海新区党工委', '前海新区管理委员会']);
  });

  it('resolves a bare central committee and keeps a name that starts with 突发', () => {
    expect(names('第十九届中央委员会作出部署。')).toEqual(['中共中央']);
    expect(names('设有突发公共事件应急指挥部、防汛指挥部。')).toContain('突发公共事件应急指挥部');
  });

  it('drops a group’s office whose group was not read', () => {
    expect(names('国务院推进“某某”改革协调小组办公室刊发简报。')).toEqual(['国务院']);
  });
});
