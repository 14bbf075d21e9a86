// Inputs are sentences of several reports: Shenzhen Longhua and Guangming 2021/2019 rule-of-law
// reports, a Shenzhen work-report glossary, and the Beijing 2026 work report.
import { describe, expect, it } from 'vitest';
import { groupClauses, opensWithVerb, splitClauses } from './split-clauses.js';
import type { Sentence } from './split-sentences.js';

const sentence = (text: string): Sentence => ({
  index: 0,
  start: 0,
  end: text.length,
  text,
  section: null,
  heading: false,
});
const clauses = (text: string) => splitClauses(sentence(text)).map((c) => c.text);
const actions = (text: string, subjects: string[] = []) =>
  groupClauses(splitClauses(sentence(text)), (at) => subjects.some((s) => text.indexOf(s) === at)).map((g) =>
    text.slice(g.start, g.end),
  );

describe('splitClauses', () => {
  it('cuts at top-level commas, never inside quotes, titles or brackets', () => {
    expect(clauses('均严格按照“先审查，后审议”原则，由区司法局进行合法性审查。')).toEqual([
      '均严格按照“先审查，后审议”原则',
      '由区司法局进行合法性审查',
    ]);
    expect(clauses('共收到行政复议申请103宗，不受理12宗（其中转送10宗，不予受理1宗），受理91宗。')).toHaveLength(3);
  });

  it('keeps offsets into the text', () => {
    const text = '优化实施“两重”项目，加快推进重点工程建设。';
    for (const c of splitClauses(sentence(text))) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('groupClauses', () => {
  it('joins a leading adverbial to the action after it', () => {
    expect(actions('按照《深圳市龙华区法律顾问管理办法》的要求，全面推行法律顾问制度，完善工作机制。')).toEqual([
      '按照《深圳市龙华区法律顾问管理办法》的要求，全面推行法律顾问制度',
      '完善工作机制',
    ]);
  });

  it('joins results and figures to the action before them', () => {
    expect(actions('积极稳妥推进事业单位改革试点工作，改革后共减少事业单位45家，精简率47.9%。')).toHaveLength(1);
    expect(actions('推行“取消复印件”，实现主动、精准、整体式、智能化的政府管理和服务。')).toHaveLength(1);
  });

  it('starts a new action at each verb phrase and at a named doer', () => {
    expect(actions('优化实施“两重”项目，加快推进“3个100”等重点工程建设，扎实做好项目储备。')).toHaveLength(3);
    const text = '2021年，区政府法律顾问室共审查涉法事务超过600项，为区政府依法行政提供了有力法律支撑。';
    expect(actions(text, ['区政府法律顾问室'])).toEqual([text.slice(0, -1)]);
  });

  it('reads a noun phrase before the next clause as its topic', () => {
    expect(
      actions('列入区政府常务会议的议题，均严格按照“先审查，后审议”原则，由区司法局进行合法性审查。'),
    ).toHaveLength(1);
  });

  it('tells an action verb after adverbs from a noun', () => {
    expect(opensWithVerb('深入推进行政执法三项制度')).toBe(true);
    expect(opensWithVerb('行政执法三项制度')).toBe(false);
  });
});
