import { describe, expect, it } from 'vitest';
import { dutyPrograms } from './duty-programs.js';
import { splitSentences } from './split-sentences.js';

const duties = (text: string) => splitSentences(text, []).flatMap((s) => dutyPrograms(s));
const names = (text: string) => duties(text).map((p) => p.name);

describe('dutyPrograms', () => {
  it('reads the field the first responsible person answers for, over the 推进 that runs it', () => {
    // 法治政府建设 reports of a district, a city and a province.
    expect(names('严格履行党政主要负责人推进法治建设第一责任人职责。')).toEqual(['推进法治建设第一责任人职责']);
    expect(names('区长带头履行推进法治政府建设第一责任人职责，定期听取汇报。')).toEqual([
      '推进法治政府建设第一责任人职责',
    ]);
    expect(names('全市率先将履行法治建设第一责任人职责和学法用法守法情况纳入年度考核。')).toEqual([
      '法治建设第一责任人职责',
    ]);
    // A work report: a field of two words the tagger reads as an adjective and a verb.
    expect(names('压紧压实安全生产第一责任人责任，开展隐患排查。')).toEqual(['安全生产第一责任人责任']);
  });

  it('names a duty with no field by the verb that carries it out, and no other', () => {
    expect(names('一是压实第一责任人责任。')).toEqual(['第一责任人责任']);
    expect(names('弘扬“每个人都是自己健康第一责任人”理念。')).toEqual([]);
    expect(names('书记是第一责任人责任重大。')).toEqual([]);
  });

  it('leaves the people who carry the duty out of its name', () => {
    expect(names('各级主要负责同志第一责任人职责全面压实。')).toEqual([]);
  });

  it('keeps a system of the duty as the duty, its name an alias', () => {
    const [system] = duties('创新党政主要负责人履行推进法治建设第一责任人职责制度，首次采用会议述法。');
    expect(system?.name).toBe('推进法治建设第一责任人职责');
    expect(system?.aliases).toEqual(['推进法治建设第一责任人职责制度']);
    expect(duties('建立区管领导干部推进法治建设第一责任人职责清单制度。')[0]?.aliases).toEqual([
      '推进法治建设第一责任人职责清单制度',
    ]);
    expect(names('落实行政机关主要负责人履行法治建设第一责任人制度。')).toEqual(['法治建设第一责任人制度']);
  });

  it('leaves a rule on the duty to the document', () => {
    expect(names('认真贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》。')).toEqual([]);
    expect(names('贯彻党政主要负责人履行推进法治建设第一责任人职责规定，定期述法。')).toEqual([]);
  });
});
