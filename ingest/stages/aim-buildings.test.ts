import { describe, expect, it } from 'vitest';
import { extractPrograms } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const names = (text: string) => [...new Set(extractPrograms(splitSentences(text, [])).map((p) => p.name))];

describe('building programmes named by an aim and a place', () => {
  it('finds an aim, a place and 建设 (平安北京建设, 健康广东建设, 智慧城市建设)', () => {
    // 北京市 2026, 广东省 2021, 海拉尔区 2019, 南山区 2022 work reports.
    expect(names('扎实推进健康北京建设，三级公立医院提前两周投放号源。')).toEqual(['健康北京建设']);
    expect(names('推进平安广东建设。')).toEqual(['平安广东建设']);
    expect(names('推进智慧城市建设，数字城管平台搭建完成。')).toEqual(['智慧城市建设']);
    expect(names('大力推进韧性城区建设。')).toEqual(['韧性城区建设']);
  });

  it('leaves the building of a government, a longer name and an honour’s title to other rules', () => {
    expect(names('深化法治政府建设。')).toEqual([]);
    expect(names('探索智慧城市建设运营模式改革。')).toEqual(['智慧城市建设运营模式改革']);
    expect(names('我区案例入选美丽中国建设实践案例。')).toEqual([]);
    // A word describing the name before the aim is the name's own: no name is cut from it.
    expect(names('正式启动韧性健康城区建设。')).toEqual([]);
    expect(names('加快民生幸福城市建设。')).toEqual([]);
    // A place split by the tagger is no one place.
    expect(names('推进平安粤港澳大湾区建设。')).toEqual([]);
  });

  it('finds the building of a system that opens its clause with its progress', () => {
    // 海拉尔区 2019, 广东省 2016, 深圳市 2021 work reports.
    expect(names('社会信用体系建设加快推进，全年归集信用信息9000余条。')).toEqual(['社会信用体系建设']);
    expect(names('——现代化产业体系建设取得重要进展。')).toEqual(['现代化产业体系建设']);
    // A verb opens the clause: the building is its object, and no name is read here.
    expect(names('加快现代产业体系建设取得进展。')).toEqual([]);
    expect(names('重大平台建设扎实推进。')).toEqual([]);
  });
});
