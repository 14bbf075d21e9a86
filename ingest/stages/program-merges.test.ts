import { describe, expect, it } from 'vitest';
import type { Mention } from './extract-agencies.js';
import { programMention } from './program-mention.js';
import { mergeShortReforms, outsideBodies } from './program-merges.js';
import type { Sentence } from './split-sentences.js';

const sentence = { index: 0 } as Sentence;
const program = (name: string, start = 0) => programMention(name, name, start, sentence, []);
const body = (name: string, start: number): Mention => ({
  kind: 'Agency',
  key: `Agency:${name}`,
  name,
  surface: name,
  start,
  end: start + name.length,
  sentence: 0,
});

describe('outsideBodies', () => {
  it('starts a programme after the body that orders it when a level of its own follows', () => {
    const found = outsideBodies(program('中央依法治国办市县法治建设督察'), [body('中央依法治国办', 0)]);
    expect(found?.name).toBe('市县法治建设督察');
    expect(found?.start).toBe(7);
    expect(found?.key).toBe('Program:市县法治建设督察');
  });

  it('keeps a body that owns the programme, or one followed by another body', () => {
    expect(outsideBodies(program('区政府常务会学法制度'), [body('区政府', 0)])?.name).toBe('区政府常务会学法制度');
    expect(outsideBodies(program('省政府重大决策出台前向省人大常委会报告制度'), [body('省政府', 0)])?.name).toBe(
      '省政府重大决策出台前向省人大常委会报告制度',
    );
    const owners = [body('市委', 0), body('市政府', 2)];
    expect(outsideBodies(program('市委市政府城市质量提升年'), owners)?.name).toBe('市委市政府城市质量提升年');
  });

  it("drops a programme inside a body's name", () => {
    expect(outsideBodies(program('法治政府建设', 2), [body('区法治政府建设领导小组', 0)])).toBeNull();
  });
});

describe('mergeShortReforms', () => {
  it('joins a reform said shortly to the one longer reform of the report', () => {
    const found = [program('行政执法体制改革', 0), program('执法领域改革', 40)];
    mergeShortReforms(found);
    expect(found[1]?.key).toBe(found[0]?.key);
  });

  it('leaves a reform alone beside the works of one industry named after it', () => {
    // A district's work report: the works of one industry under a heading, the country's reform in
    // the year's approach.
    const found = [program('供给侧结构性改革', 0), program('珠宝首饰产业供给侧结构性改革工程', 80)];
    mergeShortReforms(found);
    expect(found[0]?.key).toBe('Program:供给侧结构性改革');
  });
});
