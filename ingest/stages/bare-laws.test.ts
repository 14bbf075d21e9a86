// Sentences of rule-of-law reports of a prefecture, a district and a province, and of work reports.
import { describe, expect, it } from 'vitest';
import { bareLaws } from './bare-laws.js';
import { splitSentences } from './split-sentences.js';

function laws(text: string): string[] {
  return splitSentences(text, []).flatMap((s) => bareLaws(s).map((l) => l.name));
}

describe('bareLaws', () => {
  it('reads a law named by one word after a verb of study, publicity or enforcement', () => {
    expect(laws('组织机关干部学习宣传宪法、党章，增强法治意识。')).toEqual(['宪法', '党章']);
    expect(laws('深入学习贯彻民法典，推动民法典进企业。')).toEqual(['民法典']);
    expect(laws('全面贯彻实施土地管理法、城乡规划法。')).toEqual(['土地管理法', '城乡规划法']);
  });

  it('reads the laws a list names beside the classes of law', () => {
    expect(laws('将宪法、法律、法规和党章、党规列入政府党组中心组学习计划。')).toEqual(['宪法', '党章']);
  });

  it('reads no law where the word qualifies a noun, names a way of doing, or no verb or class cites it', () => {
    expect(laws('开展国家宪法日活动，举办宪法宣传周。')).toEqual([]);
    expect(laws('维护宪法尊严，严格遵守宪法法律。')).toEqual([]);
    expect(laws('认真学习先进地区的方法、做法和经验。')).toEqual([]);
    expect(laws('编印党章，发放到各支部。')).toEqual([]);
    expect(laws('宣传《中华人民共和国宪法》。')).toEqual([]);
  });
});
