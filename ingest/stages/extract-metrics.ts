// Finds quantities: Arabic and Chinese numerals with 万/亿, a measure word or %, qualifiers
// (余/近/超…) and the ranking that follows (排名全市第二). Years, dates, versions, ordinals and
// numbers inside quotes or titles are not metrics.

import { CN_DIGITS, matchesOf, parseChineseNumeral } from '../text-utils.js';
import { UNITS } from '../vocabulary.js';
import type { Sentence } from './split-sentences.js';

export interface MetricMention {
  start: number;
  end: number;
  sentence: number;
  value: number;
  /** Upper end of a range (5-10个), else null. */
  upper: number | null;
  unit: string;
  qualifier: string;
  subject: string;
  rank: string;
  surface: string;
}

const unitPattern = [...new Set(UNITS.filter((u) => u !== '余'))]
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[%]/g, '\\$&'))
  .join('|');
const METRIC = new RegExp(
  `(近|超过|超|逾|约|高达|多达)?(?:(\\d+(?:\\.\\d+)?)%?[-－~～—至到])?(\\d+(?:\\.\\d+)?|[${CN_DIGITS}]+)(万|亿)?(余|多)?(${unitPattern})(以上|左右|多)?`,
  'g',
);
const RANK = /^[，,]?\s*(?:排名|排|位居|居|列)(?:全[国省市区县]|[^，。；]{0,6})第[一二三四五六七八九十\d]+(?:名|位)?/;
const CN_BAD_BEFORE = /[统唯之进第同单逐每专万一]$/;
/** What follows a count written in words when the count is part of a name: 三项制度, 四个一. */
const NAMED_COUNT = /^(?:制度|机制|原则|工程|清单|责任|意识|自信|维护|服务|规定)/;
/** 成 after a count is a tenth (超五成, 近8成), unless it opens a word (三成为, 两成员). */
const NOT_TENTHS = /^[为果立功本员效长熟交型就绩熟品]/;
/** Words a one-character measure word opens: after a number they are no unit. */
const UNIT_OPENS_WORD = /^(台阶|台账|条件|部署|部门|部分|处理|处置|起步|组织|首要|首位|间隔)$/;
const QUALIFIERS: Record<string, string> = {
  近: '近',
  超过: '超',
  超: '超',
  逾: '逾',
  约: '约',
  高达: '',
  多达: '',
};

function insideQuoteOrTitle(text: string, at: number): boolean {
  const openTitle = text.lastIndexOf('《', at - 1) > text.lastIndexOf('》', at - 1);
  const openQuote = text.lastIndexOf('“', at - 1) > text.lastIndexOf('”', at - 1);
  return openTitle || openQuote;
}

function subjectOf(text: string, start: number, end: number): string {
  const clauseStart = Math.max(...['，', '；', '：', '、', ','].map((p) => text.lastIndexOf(p, start - 1))) + 1;
  const after = /^[^，。；、,;\d]*/.exec(text.slice(end))?.[0] ?? '';
  const suffix = after.replace(/(实现|达到|进行|开展|以上|左右|的|，).*$/, '');
  const prefix = text
    .slice(clauseStart, start)
    .replace(/(近|超过|超|逾|约|共|累计|达到|达|高达|多达)$/, '')
    .replace(/^(全年|其中|共|累计|圆满)/, '');
  const subject = suffix.length >= 2 ? suffix : prefix || suffix;
  return subject.replace(/[“”"《》]/g, '').slice(0, 24);
}

export function extractMetrics(sentences: Sentence[]): MetricMention[] {
  const metrics: MetricMention[] = [];
  for (const sentence of sentences) {
    const { text } = sentence;
    for (const match of matchesOf(METRIC, text)) {
      const at = match.index ?? 0;
      const [whole, qualifierBefore = '', low = '', number = '', multiplier = '', approx = '', unit = '', after = ''] =
        match;
      const numberAt = at + qualifierBefore.length;
      const prev = text[numberAt - 1] ?? '';
      const next = text[at + whole.length] ?? '';
      if (/[\d.\-－/:：~～—]/.test(prev) || /^[-/:：.]\d/.test(text.slice(at + whole.length))) continue;
      if (prev === '第' || insideQuoteOrTitle(text, at)) continue;
      const chinese = !/\d/.test(number);
      let value = chinese ? parseChineseNumeral(number) : Number(number);
      if (!Number.isFinite(value)) continue;
      // A range (5-10个, 3至5年) is its lower value with the upper one beside it.
      let upper: number | null = null;
      if (low !== '') {
        if (chinese) continue;
        upper = value;
        value = Number(low);
      }
      if (chinese) {
        if (value < 2 || CN_BAD_BEFORE.test(text.slice(Math.max(0, numberAt - 2), numberAt)) || /[性化体级]/.test(next))
          continue;
        if (/^[万亿]$/.test(number)) continue;
        // 三项制度, 两个责任: a count that is part of a name of what it counts.
        if (NAMED_COUNT.test(text.slice(at + whole.length))) continue;
        // 机场三期, 一期工程: a phase of a project is named by its ordinal (a count of sessions,
        // 举办培训班12期, 两期, is written otherwise).
        if (unit === '期' && number !== '两') continue;
      }
      if (unit === '成' && NOT_TENTHS.test(next)) continue;
      // 迈上5万亿台阶: a measure word that opens a longer word (台阶) counts nothing.
      if (unit.length === 1 && UNIT_OPENS_WORD.test(unit + next)) continue;
      // 千头万绪, 千斤重担: idioms count heads and catties in words; the reports' figures are in digits.
      if ((unit === '头' || unit === '斤') && chinese && multiplier === '') continue;
      // 市十六届人大三次会议: a session is named by its ordinal, not counted.
      if (unit === '次' && chinese && /(届|人大|政协|大会)$/.test(text.slice(Math.max(0, numberAt - 2), numberAt)))
        continue;
      // 八届二次、六次全会: the next session of a run is named by its ordinal too.
      if (unit === '次' && chinese && /^(全会|全体会议|党代会)/.test(text.slice(at + whole.length))) continue;
      // 十九届六中全会, 第三届, 二十届历次全会, 八届二次全会: a congress or session is named, not counted.
      if (
        unit === '届' &&
        /^(?:[一二三四五六七八九十]中|[一二三四五六七八九十]+次|全会|历次|全国|中央|人大|政协|代表大会|委员会|人民代表)/.test(
          text.slice(at + whole.length),
        )
      )
        continue;
      if (unit === '年' && !chinese && ((value >= 1900 && value <= 2100) || (upper ?? 0) >= 1900)) continue;
      if (unit === '年' && /[度初底末中]/.test(next)) continue;
      // 百年奋斗, 百年大党, 第一个百年奋斗目标: a century in words names an epoch, not a count.
      if (unit === '年' && number === '百') continue;
      // 这五年，…: a review names the period it looks back on, not a count.
      if (unit === '年' && chinese && text[numberAt - 1] === '这') continue;
      // 5.2万亿元 is written in 万亿元, as the reports count it.
      const trillions = multiplier === '万' && unit === '亿元';
      const scale = trillions ? 1 : multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1;
      value *= scale;
      if (upper !== null) upper *= scale;
      const normalizedUnit = trillions ? '万亿元' : unit === '％' ? '%' : unit;
      const rank = RANK.exec(text.slice(at + whole.length))?.[0].replace(/^[，,]\s*/, '') ?? '';
      const qualifier =
        approx === '余' || approx === '多' ? approx : after === '以上' ? '以上' : (QUALIFIERS[qualifierBefore] ?? '');
      const start = sentence.start + numberAt;
      metrics.push({
        start,
        end: sentence.start + at + whole.length,
        sentence: sentence.index,
        value: Math.round(value * 1e6) / 1e6,
        upper: upper === null ? null : Math.round(upper * 1e6) / 1e6,
        unit: normalizedUnit,
        qualifier,
        subject: subjectOf(text, numberAt, at + whole.length),
        rank,
        surface: whole,
      });
    }
  }
  return metrics;
}
