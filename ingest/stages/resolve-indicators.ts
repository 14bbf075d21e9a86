// Names the indicator each figure is a value of, so the same figure of the same place is one
// series across reports: the wording around the number (预计全年实现地区生产总值, 全市地区生产总值,
// 固定资产投资增长) is reduced by general rules to the indicator (地区生产总值, 固定资产投资) and
// what the number says of it (its level, or its growth in %). A bare 增长 8.7% is the growth of
// the indicator named just before it in the same sentence. Targets (预期目标, 左右, 力争) are flagged.

import type { IndicatorMeasure } from '../../graph/types.js';
import type { MetricMention } from './extract-metrics.js';
import type { Sentence } from './split-sentences.js';

export interface ResolvedIndicator {
  indicator: string;
  measure: IndicatorMeasure;
  /** The value as a point of the series: a fall is negative, 亿/万 are multiplied out. */
  seriesValue: number;
  /** The unit of seriesValue (元 for 亿元, % for a growth). */
  seriesUnit: string;
  target: boolean;
}

/** Words before an indicator that say when, where or how it was reached, not what it is. */
const LEADING =
  /^(?:(?:19|20)\d{2}年度?|去年|今年|上年|明年|全年|预计|预期|初步核算|实现|完成|累计|其中|全[市区省国县镇]|本[市区]|我[市区省国]|辖区|地方|共|总计|合计|力争|确保)+/;
/** Words after it that introduce the number. */
const TRAILING = /(?:达到|达|为|是|突破|超过|超|稳定在|提升至|提升到|提高至|提高到|增至|增加到|降至|降到|约|近|逾)+$/;
const GROWTH = /(?:同比|比上年|较上年|实际|名义)?(增长|上涨|提高|增加|增速|下降|回落|减少|降低)了?$/;
const FALL = /下降|回落|减少|降低/;
/** A number that is an average over years or a comparison, not the year's own figure. */
const NOT_ANNUAL = /平均|年均|以来|期间|累计/;
/** The heads an indicator's name ends with: amounts, totals, rates, counts of cases. */
const HEAD =
  /(?:总值|总额|收入|支出|增加值|投资|产值|总量|余额|利润|销售额|成交额|营业额|营收|外资|消费价格|就业|失业率|案件|比重|比例|占比|[^一-龥]?率|人数|人口|能耗|税收|规模|吞吐量|客流量|发电量|用电量)$/;

/** The indicator a figure's wording names, or null when it names none. */
export function indicatorName(subject: string): { name: string; growth: boolean; fall: boolean } | null {
  let words = subject
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s“”"《》]/g, '')
    .replace(/规模以上/g, '规上')
    .replace(/GDP/gi, '地区生产总值')
    .replace(/投资总额$/, '投资')
    .replace(RENAMED, (old) => RENAMES[old] ?? old)
    .replace(/(?<=.)(?:实现|完成)/g, '')
    .replace(TRAILING, '');
  const growth = GROWTH.exec(words);
  if (growth) words = words.slice(0, growth.index).replace(TRAILING, '');
  words = words.replace(LEADING, '').replace(/^生产总值/, '地区生产总值');
  if (NOT_ANNUAL.test(words) || words.includes('的') || words.startsWith('占') || /\d/.test(words)) return null;
  if (words.length < 3 || words.length > 16 || !HEAD.test(words)) return null;
  return { name: words, growth: growth !== null, fall: growth !== null && FALL.test(growth[1] ?? '') };
}

/** A bare growth word: the figure is the growth of the indicator before it. */
function isBareGrowth(subject: string): { fall: boolean } | null {
  const words = subject.replace(/[\s，,]/g, '').replace(TRAILING, '');
  const match = /^(?:同比|比上年|较上年|实际|名义)?(增长|上涨|提高|增加|下降|回落|减少|降低)了?$/.exec(words);
  return match ? { fall: FALL.test(match[1] ?? '') } : null;
}

/** Indicators the national statistics renamed: the old name reads as the new one. */
const RENAMES: Record<string, string> = { 公共财政预算收入: '一般公共预算收入', 公共财政预算支出: '一般公共预算支出' };
const RENAMED = new RegExp(Object.keys(RENAMES).join('|'));

/** Heads of amounts of money: their level is a figure in 元. */
const MONEY = /(?:总值|总额|收入|支出|增加值|投资|产值|余额|利润|销售额|成交额|营业额|营收|税收)$/;

/** Words before a figure, in its sentence, that make it a target of the coming year. */
const TARGET_WORDS = /预期|目标是|目标为|力争|确保|计划|争取/;

function toBase(value: number, unit: string): { value: number; unit: string } {
  if (unit.startsWith('万亿') && unit.length > 2) return { value: value * 1e12, unit: unit.slice(2) };
  if (unit.startsWith('亿') && unit.length > 1) return { value: value * 1e8, unit: unit.slice(1) };
  if (unit.startsWith('万') && unit.length > 1) return { value: value * 1e4, unit: unit.slice(1) };
  return { value, unit };
}

/**
 * Resolves the indicator of each metric (same order as `metrics`; null where none is named).
 * @param text the cleaned text the metrics' offsets index
 */
export function resolveIndicators(
  metrics: MetricMention[],
  sentences: Sentence[],
  text: string,
): (ResolvedIndicator | null)[] {
  const out: (ResolvedIndicator | null)[] = [];
  let previous: { sentence: number; name: string; measure: IndicatorMeasure } | null = null;
  for (const metric of metrics) {
    if (previous && previous.sentence !== metric.sentence) previous = null;
    const sentence: Sentence | undefined = sentences[metric.sentence];
    const around = text.slice(metric.start, metric.end + 2);
    const target: boolean =
      sentence?.section?.role === 'planned' ||
      TARGET_WORDS.test(text.slice(sentence?.start ?? metric.start, metric.start)) ||
      around.includes('左右');
    let resolved: ResolvedIndicator | null = null;
    const bare = isBareGrowth(metric.subject);
    const named = bare ? null : indicatorName(metric.subject);
    if (bare && previous?.measure === 'level' && metric.unit === '%') {
      resolved = growthOf(previous.name, metric.value, bare.fall, target);
    } else if (named?.growth && metric.unit === '%') {
      resolved = growthOf(named.name, metric.value, named.fall, target);
    } else if (
      named &&
      !named.growth &&
      metric.upper === null &&
      (!MONEY.test(named.name) || /元$/.test(metric.unit))
    ) {
      const base = toBase(metric.value, metric.unit);
      resolved = {
        indicator: named.name,
        measure: 'level',
        seriesValue: base.value,
        seriesUnit: base.unit,
        target,
      };
    }
    out.push(resolved);
    if (resolved) previous = { sentence: metric.sentence, name: resolved.indicator, measure: resolved.measure };
    else if (!bare) previous = null;
  }
  return out;
}

function growthOf(indicator: string, value: number, fall: boolean, target: boolean): ResolvedIndicator {
  return { indicator, measure: 'growth', seriesValue: fall ? -value : value, seriesUnit: '%', target };
}
