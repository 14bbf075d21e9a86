import { describe, expect, it } from 'vitest';
import { annualWorks } from './annual-works.js';
import { splitSentences } from './split-sentences.js';

const works = (text: string) => splitSentences(text, []).flatMap((s) => annualWorks(s));
const names = (text: string) => works(text).map((p) => p.name);

describe('annualWorks', () => {
  it('reads the works a report counts or carries out as one programme, 重点 or not', () => {
    // A provincial report, a district report counting works before them and one counting after.
    expect(names('扎实办好十件民生实事。')).toEqual(['民生实事']);
    expect(names('高质量完成10件重点民生实事和346件民生微实事。')).toEqual(['重点民生实事']);
    expect(names('实施重点民生实事20项、民生微实事1000余件。')).toEqual(['重点民生实事']);
    expect(works('完成重点民生实事20件。')[0]?.key).toBe(works('办好民生实事。')[0]?.key);
  });

  it('names the works by what they serve', () => {
    expect(names('坚持每年办好十件惠民实事，财政投入不断加大。')).toEqual(['惠民实事']);
  });

  it('leaves works done for people, works neither counted nor carried out, and works of one word', () => {
    expect(names('以“钉钉子”精神办好群众实事，为人民创造更加幸福的美好生活。')).toEqual([]);
    expect(names('多解民生之忧，多做民生实事，坚持尽力而为、量力而行。')).toEqual([]);
    expect(names('深入开展“我为群众办实事”实践活动。')).toEqual([]);
    expect(names('完成民生微实事1000余件。')).toEqual([]);
  });
});
