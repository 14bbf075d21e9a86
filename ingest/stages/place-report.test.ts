// Inputs: file names, titles and openings of reports from several places and levels (Shenzhen's
// districts and new areas, Guangdong, the State Council, Beijing, Hulunbuir).

import { describe, expect, it } from 'vitest';
import { placeNamed, placeReport } from './place-report.js';

const heading = (text: string) => ({ text, heading: true });
const running = (text: string) => ({ text, heading: false });

describe('placeReport', () => {
  it('reads a district and the units above it from a file name', () => {
    const place = placeReport([
      heading('深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第二次会议上作政府工作报告_2022'),
    ]);
    expect(place.units).toEqual(['广东省', '深圳市', '宝安区']);
    expect(place.levels).toEqual(['province', 'city', 'county']);
    expect(place.region).toBe('广东省深圳市宝安区');
    expect(place.code).toBe('440306');
  });

  it('places a municipality’s district under the municipality, with no 市辖区 between', () => {
    expect(placeReport([heading('北京市延庆区人民政府2021年法治政府建设年度情况报告')]).units).toEqual([
      '北京市',
      '延庆区',
    ]);
    expect(
      placeReport([heading('海拉尔区政府工作报告（2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上）')])
        .units,
    ).toEqual(['内蒙古自治区', '呼伦贝尔市', '海拉尔区']);
  });

  it('reads the opening when the title says nothing (我代表深圳市人民政府)', () => {
    const place = placeReport([
      heading(''),
      running('各位代表：\n现在，我代表深圳市人民政府向大会作政府工作报告，请予审议。\n一、2013年工作回顾'),
    ]);
    expect(place.units).toEqual(['广东省', '深圳市']);
  });

  it('takes no place from running text that does not name the author', () => {
    const place = placeReport([running('学习借鉴北京市海淀区经验，坚持市委市政府的领导。')]);
    expect(place.region).toBe('');
  });

  it('chooses between districts of the same name by the city the report keeps naming', () => {
    const body = '深圳南山，科技创新。深圳湾畔，深圳精神。';
    const place = placeReport([heading('南山区政府工作报告（2021年10月17日）')], body);
    expect(place.units.slice(0, 2)).toEqual(['广东省', '深圳市']);
  });

  it('keeps a new area run by a 管委会 as a unit under its city', () => {
    const dapeng = placeReport(
      [heading('大鹏新区2023年管理委员会工作报告_2023'), running('我代表大鹏新区管理委员会向大会报告工作')],
      '深圳东部，深圳大鹏，全市深圳。',
    );
    expect(dapeng.units).toEqual(['广东省', '深圳市', '大鹏新区']);
    expect(dapeng.levels.at(-1)).toBe('area');
    // A new area named like a later district of the city is placed in that city.
    expect(placeReport([heading('2014年坪山新区管委会工作报告_2014')]).units).toEqual(['广东省', '深圳市', '坪山新区']);
  });

  it('gives the State Council’s report the national level', () => {
    const place = placeReport([
      heading('国务院政府工作报告_2019年'),
      running('现在，我代表国务院，向大会报告政府工作'),
    ]);
    expect(place).toMatchObject({ region: '中国', units: [] });
  });

  it('reads a front-matter region', () => {
    expect(placeNamed('广东省').units).toEqual(['广东省']);
    expect(placeNamed('中国').region).toBe('中国');
  });
});
