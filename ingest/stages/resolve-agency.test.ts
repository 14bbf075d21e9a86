// Inputs: bodies as reports of several places and levels write them (Shenzhen's districts, the
// city, a new area, Guangdong, the State Council, Beijing), resolved against each report's chain.

import { describe, expect, it } from 'vitest';
import { placeReport } from './place-report.js';
import { agencyKey, resolveAgency } from './resolve-agency.js';

const place = (name: string) => placeReport([{ text: name, heading: true }], '深圳');
const nanshan = place('2023年南山区政府工作报告_2023');
const baoan = place('深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第二次会议上作政府工作报告_2022');
const shenzhen = place('深圳市政府工作报告_2020年');
const guangdong = place('广东省政府工作报告_2019年');
const dapeng = placeReport(
  [{ text: '大鹏新区2021年管委会工作报告_2021', heading: true }],
  '按照深圳市委部署，建设深圳东部滨海区，深圳大鹏。',
);
const yanqing = place('北京市延庆区人民政府2021年法治政府建设年度情况报告');
const national = placeReport([{ text: '国务院政府工作报告_2019年', heading: true }]);

function key(surface: string, jurisdiction: typeof nanshan): string {
  const resolved = resolveAgency(surface, jurisdiction);
  return agencyKey(resolved.name, resolved.jurisdiction);
}

describe('resolveAgency', () => {
  it('gives a city department’s branch named after the district to the city', () => {
    expect(resolveAgency('规划委南山管理局', nanshan).name).toBe('深圳市规划委南山管理局');
    expect(resolveAgency('市场监管委南山局', nanshan).name).toBe('深圳市市场监管委南山局');
    expect(resolveAgency('市场监管委宝安局', nanshan).name).toBe('市场监管委宝安局');
  });

  it('gives a long-named brigade of a department written without its level to the report’s unit', () => {
    expect(resolveAgency('公安分局治安巡逻防控管理大队', nanshan).name).toBe('南山区公安分局治安巡逻防控管理大队');
    expect(resolveAgency('香港警务处交通管理大队', nanshan).name).toBe('香港警务处交通管理大队');
  });

  it('reads a level word with 级 before a committee as that level’s committee', () => {
    expect(resolveAgency('区级残工委', nanshan).name).toBe('南山区残工委');
    expect(resolveAgency('区级社区矫正委员会', nanshan).name).toBe('南山区社区矫正委员会');
    expect(resolveAgency('区级公共法律服务中心', nanshan).name).toBe('区级公共法律服务中心');
  });

  it('makes 市委 of every Shenzhen report, and 深圳市委 written out, one body', () => {
    expect(resolveAgency('市委', nanshan).name).toBe('中共深圳市委');
    const keys = [key('市委', nanshan), key('市委', baoan), key('市委', shenzhen), key('深圳市委', baoan)];
    expect(new Set(keys)).toEqual(new Set(['Agency:中共深圳市委']));
    expect(key('中共深圳市委员会', dapeng)).toBe('Agency:中共深圳市委');
  });

  it('gives 自治区党委 and 自治区政府 to the autonomous region above a city or district', () => {
    const hailar = place('内蒙古自治区呼伦贝尔市海拉尔区2019年政府工作报告');
    const nanning = place('南宁市2020年政府工作报告');
    expect(resolveAgency('自治区党委', hailar).name).toBe('中共内蒙古自治区委');
    expect(resolveAgency('自治区人民政府', hailar).name).toBe('内蒙古自治区人民政府');
    expect(resolveAgency('自治区党委', nanning).name).toBe('中共广西壮族自治区委');
    expect(resolveAgency('区党委', hailar).name).toBe('中共海拉尔区委');
    // Without an autonomous region in the chain there is no one body to name.
    expect(resolveAgency('自治区党委', baoan).unresolved).toBe(true);
  });

  it('gives 省委 and 省政府 to the province above a city or district', () => {
    expect(resolveAgency('省委', shenzhen).name).toBe('中共广东省委');
    expect(key('省政府', nanshan)).toBe(key('省人民政府', guangdong));
    expect(key('广东省人民政府', baoan)).toBe('Agency:广东省人民政府');
  });

  it('keys a district’s bodies by the city and district, the same every year and from other reports', () => {
    expect(resolveAgency('区政府', baoan).name).toBe('宝安区人民政府');
    expect(key('区政府', baoan)).toBe('Agency:深圳市宝安区人民政府');
    expect(key('深圳市宝安区人民政府', baoan)).toBe('Agency:深圳市宝安区人民政府');
    // 南山区人民政府 named in a 宝安区 report is the body of the 南山区 report.
    expect(key('南山区人民政府', baoan)).toBe(key('区政府', nanshan));
    expect(key('区委', nanshan)).toBe('Agency:中共深圳市南山区委');
    expect(key('区政府常务会议', yanqing)).toBe('Agency:北京市延庆区政府常务会议');
  });

  it('resolves a body named after a relative head to the unit of that level', () => {
    expect(resolveAgency('区委全面依法治区委员会', nanshan).name).toBe('南山区委全面依法治区委员会');
    expect(resolveAgency('市司法局', baoan).name).toBe('深圳市司法局');
    expect(resolveAgency('人大常委会', nanshan).name).toBe('南山区人大常委会');
  });

  it('reads the bodies of a new area as 新区…', () => {
    expect(resolveAgency('新区管委会', dapeng).name).toBe('大鹏新区管理委员会');
    expect(key('大鹏新区管委会', dapeng)).toBe(key('新区管理委员会', dapeng));
  });

  it('reads 新区… in a district’s report as the new area the district was before', () => {
    const area = placeReport([{ text: '南山新区2012年管委会工作报告_2012', heading: true }], '深圳南山。');
    expect(key('新区党工委', nanshan)).toBe(key('新区党工委', area));
    expect(key('南山新区管委会', nanshan)).toBe(key('新区管委会', area));
    expect(resolveAgency('新区管委会', nanshan).name).toBe('南山新区管理委员会');
    // Not a body of a new area: the district's own bodies, and a new area's report itself.
    expect(resolveAgency('区政府', nanshan).name).toBe('南山区人民政府');
    expect(resolveAgency('新区管委会', dapeng).name).toBe('大鹏新区管理委员会');
  });

  it('keeps national bodies one node everywhere', () => {
    for (const j of [nanshan, guangdong, national]) {
      expect(key('国务院', j)).toBe('Agency:国务院');
      expect(key('党中央', j)).toBe('Agency:中共中央');
    }
  });

  it('leaves a relative name unresolved where the report has no unit of its level', () => {
    expect(resolveAgency('区委', shenzhen).unresolved).toBe(true);
    expect(resolveAgency('市政府', national).unresolved).toBe(true);
    expect(resolveAgency('省委', national).unresolved).toBe(true);
    expect(resolveAgency('常委会', baoan).unresolved).toBe(true);
    expect(resolveAgency('两办', yanqing).unresolved).toBe(true);
    // 区 in a new area's report is not the new area (its own bodies are 新区…).
    expect(resolveAgency('区政府', dapeng).unresolved).toBe(true);
  });

  it('does not read a level character that starts an ordinary word as a relative name', () => {
    expect(resolveAgency('市场监管局', baoan).name).toBe('市场监督管理局');
    expect(key('市场监管局', baoan)).toBe('Agency:深圳市宝安区/市场监督管理局');
  });

  it('makes a department written without its level the department of the report’s own unit', () => {
    // 主办：区城管局，协办：住建局、交警大队 (宝安区 2018): one body with 区住建局 of the same report.
    expect(resolveAgency('住建局', baoan).name).toBe('宝安区住建局');
    expect(key('住建局', baoan)).toBe(key('区住建局', baoan));
    expect(key('交警大队', baoan)).toBe('Agency:深圳市宝安区交警大队');
    expect(resolveAgency('住建局', baoan).aliases).toContain('住建局');
    expect(resolveAgency('信访局', nanshan).name).toBe('南山区信访局');
    expect(resolveAgency('发改委', shenzhen)).toMatchObject({
      name: '深圳市发展和改革委员会',
      aliases: ['深圳市发改委', '发改委'],
    });
    // 成立地方金融监管局 in Guangdong's report (2019) is the province's.
    expect(resolveAgency('地方金融监管局', guangdong).name).toBe('广东省地方金融监督管理局');
    expect(resolveAgency('安监局', dapeng).name).toBe('大鹏新区安全生产监督管理局');
  });

  it('reads 市政务… and 区民政局 as relative names, 市政 and 区民 as words', () => {
    expect(resolveAgency('市政务服务数据管理局', baoan).name).toBe('深圳市政务服务数据管理局'); // 深圳市 2019
    expect(resolveAgency('区民政局', baoan).name).toBe('宝安区民政局'); // 宝安区 2018
    expect(resolveAgency('市政工程管理处', baoan).name).not.toBe('深圳市政工程管理处');
  });

  it('reads the government’s legal office and procurement centre as the report’s own', () => {
    expect(resolveAgency('政府法律顾问室', baoan).name).toBe(resolveAgency('区政府法律顾问室', baoan).name); // 福田区 2016
    expect(key('政府采购中心', baoan)).toBe(key('区政府采购中心', baoan)); // 宝安区 2018
  });

  it('drops the term of a government from its name', () => {
    // 我代表光明区一届人民政府向大会作报告 (光明区 2023).
    expect(resolveAgency('光明区一届人民政府', nanshan).name).toBe('光明区人民政府');
    expect(key('宝安区第七届人民政府', baoan)).toBe(key('区政府', baoan));
  });

  it('writes a unit shortened before a department in full', () => {
    expect(key('宝安交警大队', baoan)).toBe(key('区交警大队', baoan)); // 宝安区 2018
    expect(resolveAgency('大鹏公安分局', dapeng).name).toBe('大鹏新区公安分局'); // 大鹏新区 2021
  });

  it('leaves bare names of other places, grassroots units, national bodies and utilities as written', () => {
    expect(resolveAgency('香港生产力促进局', nanshan).name).toBe('香港生产力促进局');
    expect(resolveAgency('规土委福田管理局', baoan).name).toBe('规土委福田管理局');
    expect(resolveAgency('社区党委', baoan).name).toBe('社区党委');
    expect(resolveAgency('工商总局', guangdong).name).toBe('工商总局');
    expect(resolveAgency('供电局', baoan).name).toBe('供电局');
    expect(resolveAgency('统计局', national).name).toBe('统计局');
  });

  it('writes a shortened department by its full name, the short form kept as an alias', () => {
    const shaoxing = place('绍兴市2022年政府工作报告');
    expect(resolveAgency('市发改委', shaoxing).name).toBe('绍兴市发展和改革委员会');
    expect(resolveAgency('市市场监管局', shaoxing).name).toBe('绍兴市市场监督管理局');
    expect(resolveAgency('省环保厅', guangdong).name).toBe('广东省环境保护厅');
    expect(resolveAgency('国家药监局', shaoxing).name).toBe('国家药品监督管理局');
    expect(resolveAgency('区民宗局', nanshan).name).toBe('南山区民族宗教事务局');
    expect(key('市安监局', shenzhen)).toBe(key('深圳市安全生产监督管理局', shenzhen));
    // Short forms that stand for different names in different places stay as written.
    expect(resolveAgency('区住建局', nanshan).name).toBe('南山区住建局');
    expect(resolveAgency('区城管局', nanshan).name).toBe('南山区城管局');
  });

  it('reads the bodies a department names by its head as its own, in the report it writes', () => {
    const shaoxing = place('绍兴市司法局2022年法治政府建设年度报告');
    const author = '绍兴市司法局';
    expect(resolveAgency('局党组', shaoxing, author).name).toBe('绍兴市司法局党组');
    expect(resolveAgency('我局', shaoxing, author).name).toBe('绍兴市司法局');
    expect(resolveAgency('局执法稽查处', shaoxing, author).name).toBe('绍兴市司法局执法稽查处');
    expect(resolveAgency('委党组', shaoxing, '绍兴市发展和改革委员会').name).toBe('绍兴市发展和改革委员会党组');
    // A head the author does not end with, or a government writing, names no body of its own.
    expect(resolveAgency('局党组', shaoxing, '绍兴市人民政府').name).toBe('局党组');
    expect(resolveAgency('委党组', shaoxing, author).name).toBe('委党组');
  });

  it('makes a central body of the party one node with or without 中共, as every report writes it', () => {
    expect(key('中共中央政治局', nanshan)).toBe(key('中央政治局', guangdong));
    expect(key('中共中央宣传部', yanqing)).toBe(key('中宣部', national));
    expect(resolveAgency('中共中央政治局', nanshan).name).toBe('中央政治局');
    // The party's central committee keeps its own name.
    expect(resolveAgency('中共中央', nanshan).name).toBe('中共中央');
  });
});
