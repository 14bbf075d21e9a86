// Sentences of national and provincial work reports.
import { describe, expect, it } from 'vitest';
import { agreements } from './agreements.js';
import { splitSentences } from './split-sentences.js';

function named(text: string): string[] {
  return splitSentences(text, []).flatMap((s) => agreements(s).map((a) => a.name));
}

describe('agreements', () => {
  it('reads an agreement named by the nouns before 协定, each of a list', () => {
    expect(named('用好区域全面经济伙伴关系协定、中欧投资协定等重大机制。')).toEqual([
      '区域全面经济伙伴关系协定',
      '中欧投资协定',
    ]);
    expect(named('推动服务贸易协定、信息技术协定等谈判。')).toEqual(['服务贸易协定', '信息技术协定']);
    expect(named('抢抓区域全面经济伙伴关系协定实施机遇。')).toEqual(['区域全面经济伙伴关系协定']);
  });

  it('reads no kind of agreement alone, and nothing in a title', () => {
    expect(named('与两国签署自由贸易协定，新签和升级8个自由贸易协定。')).toEqual([]);
    expect(named('继续与有关国家和地区商谈投资贸易协定。')).toEqual([]);
    expect(named('落实《区域全面经济伙伴关系协定》。')).toEqual([]);
    // The nouns alone would cut the name short of what a verb of one character binds into it.
    expect(named('积极考虑加入全面与进步跨太平洋伙伴关系协定。')).toEqual([]);
  });
});
