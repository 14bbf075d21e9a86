// Sentences of work reports of a municipality, a district and a province, and of a rule-of-law report.
import { describe, expect, it } from 'vitest';
import { periodPlans } from './period-plans.js';
import { splitSentences } from './split-sentences.js';

function plans(text: string): string[] {
  return splitSentences(text, []).flatMap((s) => periodPlans(s).map((p) => p.name));
}

describe('periodPlans', () => {
  it('reads a five-year plan named by its period, quoted or not, after a verb, a place or a conjunction', () => {
    expect(plans('2025年是“十四五”规划收官之年。')).toEqual(['十四五规划']);
    expect(plans('我们肩负着全面建成小康社会和“十三五”规划收官重任。')).toEqual(['十三五规划']);
    expect(plans('将法治政府建设纳入延庆区“十四五”规划。')).toEqual(['十四五规划']);
    expect(plans('全面完成十三五规划目标任务。')).toEqual(['十三五规划']);
    expect(plans('高质量编制“十五五”规划纲要。')).toEqual(['十五五规划']);
  });

  it("reads no field's plan of the period, no period without a plan, nothing inside a title", () => {
    expect(plans('编制人才发展“十三五”规划。')).toEqual([]);
    expect(plans('谋划好“十四五”发展，开好局。')).toEqual([]);
    expect(plans('实施《深圳市“十四五”规划纲要》。')).toEqual([]);
    expect(plans('深入开展“七五”普法规划实施。')).toEqual([]);
  });
});
