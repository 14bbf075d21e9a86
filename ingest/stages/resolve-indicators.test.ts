import { describe, expect, it } from 'vitest';
import { extractMetrics } from './extract-metrics.js';
import { indicatorName, resolveIndicators } from './resolve-indicators.js';
import { splitSentences } from './split-sentences.js';

function series(text: string) {
  const sentences = splitSentences(text, []);
  const metrics = extractMetrics(sentences);
  return resolveIndicators(metrics, sentences, text).flatMap((r) =>
    r ? [[r.indicator, r.measure, r.seriesValue, r.seriesUnit, r.target] as const] : [],
  );
}

describe('resolveIndicators', () => {
  // Sentences of real reports: 宝安区 2019, 深圳市 2022, 国务院 2019, 光明区 2021.
  it('reads a district review: level then bare growth of the same indicator', () => {
    expect(
      series(
        '预计全年实现地区生产总值3832亿元，增长8.7%；规模以上工业增加值1786亿元，增长7.0%；完成固定资产投资1063.3亿元，增长30.3%。',
      ),
    ).toEqual([
      ['地区生产总值', 'level', 383_200_000_000, '元', false],
      ['地区生产总值', 'growth', 8.7, '%', false],
      ['规上工业增加值', 'level', 178_600_000_000, '元', false],
      ['规上工业增加值', 'growth', 7, '%', false],
      ['固定资产投资', 'level', 106_330_000_000, '元', false],
      ['固定资产投资', 'growth', 30.3, '%', false],
    ]);
  });

  it('reads the same indicators in a city report, whatever the qualifier (全市, 地方)', () => {
    const points = series('全市地区生产总值3.07万亿元、增长6.7%。地方一般公共预算收入4258亿元，增长10.4%。');
    expect(points[0]?.slice(0, 2)).toEqual(['地区生产总值', 'level']);
    expect(points[0]?.[2]).toBeCloseTo(3.07e12, -6);
    expect(points[1]).toEqual(['地区生产总值', 'growth', 6.7, '%', false]);
    expect(points[2]).toEqual(['一般公共预算收入', 'level', 425_800_000_000, '元', false]);
    expect(points[3]).toEqual(['一般公共预算收入', 'growth', 10.4, '%', false]);
  });

  it('reads a growth named with its indicator, and a fall as a negative point', () => {
    expect(series('国内生产总值增长6.6%，总量突破90万亿元。单位国内生产总值能耗下降3.1%。')).toEqual([
      ['国内生产总值', 'growth', 6.6, '%', false],
      ['单位国内生产总值能耗', 'growth', -3.1, '%', false],
    ]);
  });

  it('flags targets of the coming year', () => {
    expect(series('地区生产总值增长7.3%左右，一般公共预算收入增长5%左右。')).toEqual([
      ['地区生产总值', 'growth', 7.3, '%', true],
      ['一般公共预算收入', 'growth', 5, '%', true],
    ]);
  });

  it('does not take a result for a target because its sentence speaks of targets', () => {
    const points = series('预计实现固定资产投资增长22%，一般公共预算收入增长2.7%，较好完成了确定的目标任务。');
    expect(points).toEqual([
      ['固定资产投资', 'growth', 22, '%', false],
      ['一般公共预算收入', 'growth', 2.7, '%', false],
    ]);
    expect(series('主要预期目标是：地区生产总值增长6.3%左右。')[0]?.[4]).toBe(true);
    expect(series('GDP同比增长11.3%、全市第四。')).toEqual([['地区生产总值', 'growth', 11.3, '%', false]]);
  });

  it('counts cases as an indicator', () => {
    expect(series('行政复议案件21宗。')).toEqual([['行政复议案件', 'level', 21, '宗', false]]);
  });

  it('leaves figures that name no indicator, averages and shares of an unnamed whole', () => {
    expect(series('新增院士工作站5家。两年平均增长4.9%。占一般公共预算支出比重70%。')).toEqual([]);
    expect(series('完成了区六届人大三次会议确定的10方面72项重点任务。')).toEqual([]);
  });
});

describe('indicatorName', () => {
  it('strips when, where and verbs, and keeps what is measured', () => {
    expect(indicatorName('2021年全区地区生产总值')?.name).toBe('地区生产总值');
    expect(indicatorName('调查失业率稳定在')?.name).toBe('调查失业率');
    expect(indicatorName('居民人均可支配收入实际增长')).toEqual({
      name: '居民人均可支配收入',
      growth: true,
      fall: false,
    });
    expect(indicatorName('现代服务业实现增加值')?.name).toBe('现代服务业增加值');
    expect(indicatorName('重点任务和')).toBeNull();
  });

  it('reads the same indicator under its other names', () => {
    expect(indicatorName('全区生产总值')?.name).toBe('地区生产总值');
    expect(indicatorName('全社会研发投入占GDP比重')?.name).toBe('全社会研发投入占地区生产总值比重');
    expect(indicatorName('全社会固定资产投资总额')?.name).toBe('全社会固定资产投资');
    expect(indicatorName('公共财政预算收入')?.name).toBe('一般公共预算收入');
  });
});
