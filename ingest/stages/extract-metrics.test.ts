import { describe, expect, it } from 'vitest';
import { extractMetrics } from './extract-metrics.js';
import { splitSentences } from './split-sentences.js';

function metrics(text: string) {
  return extractMetrics(splitSentences(text, [])).map(({ value, unit, qualifier, rank, subject }) => ({
    value,
    unit,
    qualifier,
    rank,
    subject,
  }));
}

describe('extractMetrics', () => {
  it('finds counts with their measure word and what they count', () => {
    expect(metrics('审查冬奥赛事合同224份。')).toEqual([
      { value: 224, unit: '份', qualifier: '', rank: '', subject: '审查冬奥赛事合同' },
    ]);
    expect(metrics('164家国有企业实现集中统一监管。')[0]).toMatchObject({
      value: 164,
      unit: '家',
      subject: '国有企业',
    });
  });

  it('finds percentages and decimals', () => {
    expect(metrics('出庭应诉率70.1%，一次性化解率95.58％。').map((m) => [m.value, m.unit])).toEqual([
      [70.1, '%'],
      [95.58, '%'],
    ]);
  });

  it('expands 万 and 亿 into the value', () => {
    expect(metrics('拆除违法建设面积135万平方米。')[0]).toMatchObject({ value: 1_350_000, unit: '平方米' });
    expect(metrics('完成投资3.5亿元。')[0]).toMatchObject({ value: 350_000_000, unit: '元' });
  });

  it('keeps qualifiers: 余, 近, 超, 以上', () => {
    expect(metrics('集中学法300余次。')[0]).toMatchObject({ value: 300, unit: '次', qualifier: '余' });
    expect(metrics('覆盖近2000户。')[0]).toMatchObject({ value: 2000, unit: '户', qualifier: '近' });
    expect(metrics('服务超5万人次。')[0]).toMatchObject({ value: 50_000, unit: '人次', qualifier: '超' });
    expect(metrics('培训100人以上。')[0]).toMatchObject({ value: 100, unit: '人', qualifier: '以上' });
  });

  it('reads Chinese numerals', () => {
    expect(metrics('新建学校十二所。')[0]).toMatchObject({ value: 12, unit: '所' });
    expect(metrics('分两批下放执法职权。')[0]).toMatchObject({ value: 2, unit: '批' });
  });

  it('reads a range as its lower value with the upper one beside it', () => {
    expect(extractMetrics(splitSentences('每年培训3至5期。', []))[0]).toMatchObject({ value: 3, upper: 5, unit: '期' });
    expect(extractMetrics(splitSentences('增长5%-8%。', []))[0]).toMatchObject({ value: 5, upper: 8, unit: '%' });
  });

  it('attaches a ranking to the metric it ranks', () => {
    expect(metrics('人均处罚量30.48件，排名全市第二。')[0]).toMatchObject({
      value: 30.48,
      unit: '件',
      rank: '排名全市第二',
    });
  });

  it('skips years, dates, versions, ordinals and numbers in quotes or titles', () => {
    expect(metrics('2021年，完成营商环境4.0版改革。')).toEqual([]);
    expect(metrics('日期:2022-03-29 10:00，2026年1月25日在会议上。')).toEqual([]);
    expect(metrics('落实“三项制度”，实施《规划(2021-2025年)》，第一责任人，一是加强领导。')).toEqual([]);
    expect(metrics('推进统一监管，一次性告知。')).toEqual([]);
  });

  it('skips a count that is part of a name, and a congress named by its number', () => {
    expect(metrics('继续深入落实行政执法三项制度。')).toEqual([]);
    expect(metrics('贯彻党的十九届六中全会精神，落实十届人大一次会议部署。')).toEqual([]);
    expect(metrics('建立两个责任清单。').map((m) => m.unit)).toEqual([]);
    expect(metrics('完成三项改革任务，举办3届论坛。').map((m) => `${m.value}${m.unit}`)).toEqual(['3项', '3届']);
  });

  it('skips the phases of a project, sessions named by their number and idioms that count', () => {
    const found = (text: string) => metrics(text).map((m) => `${m.value}${m.unit}`);
    expect(found('推进码头三期、医院二期工程建设，举办培训班12期、讲座两期。')).toEqual(['12期', '2期']);
    expect(found('贯彻二十届历次全会精神，完成区五届人大三次会议确定的任务，召开会议3次。')).toEqual(['3次']);
    expect(found('落实中央八项规定精神，面对千头万绪的工作挑起千斤重担。')).toEqual([]);
    expect(found('三成为新设企业，外资占比超三成。')).toEqual(['3成']);
  });

  it('reads an anniversary, tenths, trillions and the units of farms, flights and air', () => {
    const found = (text: string) => metrics(text).map((m) => `${m.value}${m.unit}`);
    expect(found('迎接建校60周年，生产总值3.4万亿元，民营经济占比近六成。')).toEqual(['60周年', '3.4万亿元', '6成']);
    expect(found('生猪存栏2.6万头，亩产420斤，新增航班120架次，铺设管线960米，细颗粒物浓度24微克/立方米。')).toEqual([
      '26000头',
      '420斤',
      '120架次',
      '960米',
      '24微克/立方米',
    ]);
  });

  it('reads working days, grid capacity and racks, and no count in a session or a step', () => {
    const found = (text: string) => metrics(text).map((m) => `${m.value}${m.unit}`);
    // Sentences of district work reports (Shenzhen) and of the genre.
    expect(found('审批时限从494个工作日压缩到385个工作日，新增供电容量48万千伏安，建成标准机架2.3万架。')).toEqual([
      '494个工作日',
      '385个工作日',
      '480000千伏安',
      '23000架',
    ]);
    expect(found('贯彻省委十一届三次全会和市委七届二次、五次全会精神。')).toEqual([]);
    expect(found('经济总量迈上3千亿台阶，符合规划的企业等六种类型。')).toEqual(['6种']);
  });

  it('reads capacities of power and computing and racks counted', () => {
    // Sentences of the genre: capacities a five-year review counts.
    const found = metrics('全市总算力提升到2000PF，存储能力达6EB，标准机架3万架，户均配变容量达3.1千伏安。');
    expect(found.map((m) => `${m.value}${m.unit}`)).toEqual(['2000PF', '6EB', '30000架', '3.1千伏安']);
    expect(metrics('风光储一体化项目150MW成功并网发电。').map((m) => m.unit)).toEqual(['MW']);
  });

  it('takes the period a review looks back on for no count', () => {
    expect(metrics('这五年，基础设施实现整体性提升。这一年，经济运行稳中向好。')).toEqual([]);
    expect(metrics('连续五年保持增长。').map((m) => m.value)).toEqual([5]);
    // A century in words and a session of a party committee are named, not counted.
    expect(metrics('深刻总结党百年奋斗重大成就，实现第一个百年奋斗目标。')).toEqual([]);
    expect(metrics('省委十五届四次全会提出实施新战略。')).toEqual([]);
    expect(metrics('中国共产党成立100周年。').map((m) => m.unit)).toEqual(['周年']);
  });
});
