import { describe, expect, it } from 'vitest';
import { isRegionAbbreviation } from '../gazetteer.js';
import { extractPrograms } from './extract-programs.js';
import { splitSentences } from './split-sentences.js';

const programs = (text: string) => extractPrograms(splitSentences(text, []));
const names = (text: string) => [...new Set(programs(text).map((p) => p.name))];

describe('programmes named by a place or a region', () => {
  it('reads regions named by provinces’ abbreviations from the gazetteer', () => {
    expect(isRegionAbbreviation('川渝')).toBe(true);
    expect(isRegionAbbreviation('闽宁')).toBe(true);
    // 长 and 株 abbreviate no province; one character is no region.
    expect(isRegionAbbreviation('长株潭')).toBe(false);
    expect(isRegionAbbreviation('粤')).toBe(false);
  });

  it('finds what a place builds or develops, as the object of a running verb', () => {
    // Sentences in the manner of provincial and city work reports (四川, 福建, 河南, 湖南).
    expect(names('全面融入川渝协同发展，加快交通互联互通。')).toEqual(['川渝协同发展']);
    expect(names('加快推进厦门自由贸易试验区建设，扩大制度型开放。')).toEqual(['厦门自由贸易试验区建设']);
    expect(names('全面推进郑州航空港经济综合实验区建设。')).toEqual(['郑州航空港经济综合实验区建设']);
    expect(names('主动对接湘江新区建设。')).toEqual(['湘江新区建设']);
    // Two places share the head and the verb.
    expect(names('深入推进厦门自由贸易试验区和福州新区建设。')).toEqual(['厦门自由贸易试验区建设', '福州新区建设']);
  });

  it('finds a kind of zone or city built under a programme, and one that is the subject of a result', () => {
    expect(names('加快海绵城市建设，基本消除内涝点。')).toEqual(['海绵城市建设']);
    expect(names('以自由贸易试验区建设引领全面开放。')).toEqual(['自由贸易试验区建设']);
    expect(names('成都公园城市示范区建设取得明显成效。')).toEqual(['成都公园城市示范区建设']);
  });

  it('finds the help two provinces give each other, named by their abbreviations', () => {
    expect(names('深化闽宁协作，持续推进沪滇帮扶。')).toEqual(['闽宁协作', '沪滇帮扶']);
    // Help named as what it funds is that thing.
    expect(names('粤桂帮扶车间吸纳就业500人。')).toEqual([]);
  });

  it('finds a region in quotes developed as one', () => {
    expect(names('推动“宁镇扬”一体化发展，共建都市圈。')).toEqual(['宁镇扬一体化发展']);
  });

  it('leaves generic building, aims, sites and verbs with objects', () => {
    expect(names('推进城市建设和经济建设。')).toEqual([]);
    expect(names('推进青岛建设。')).toEqual([]);
    // 建设 with an object of its own is the clause's verb.
    expect(names('支持福州建设现代化国际城市。')).toEqual([]);
    expect(names('支持粤东西北地区建设新农村公路3000公里。')).toEqual([]);
    // A city described by what it should become is an aim; a port area or a cluster is a site.
    expect(names('推进国际化城市建设。')).toEqual([]);
    expect(names('加快青岛港前湾港区建设。')).toEqual([]);
    // A name cut after a joiner is none.
    expect(names('珠江—西江经济带建设取得新进展。')).toEqual([]);
    // No running verb, no result: a place named in passing.
    expect(names('湘江新区建设的经验值得借鉴。')).toEqual([]);
  });
});

describe('demonstration zones a place creates', () => {
  it('finds a title created, with its level and without its batch', () => {
    expect(names('成功创建第二批全省法治政府建设示范县，群众满意度提升。')).toEqual(['全省法治政府建设示范县']);
    expect(names('积极创建国家生态文明建设示范区。')).toEqual(['国家生态文明建设示范区']);
  });

  it('finds a creation named as a noun, one programme with the title', () => {
    const found = programs('全力推进国家农业现代化示范区创建。争创国家农业现代化示范区。');
    expect(found.map((p) => p.name)).toEqual(['国家农业现代化示范区创建', '国家农业现代化示范区']);
    expect(new Set(found.map((p) => p.key)).size).toBe(1);
  });

  it('finds titles listed in quotes as what is built', () => {
    expect(names('围绕“茶叶产业振兴示范县、生态文明建设示范县”建设，做强特色产业。')).toEqual([
      '茶叶产业振兴示范县',
      '生态文明建设示范县',
    ]);
  });

  it('leaves titles awarded and bare titles', () => {
    expect(names('荣获国家卫生城市，被评为全国综合减灾示范县。')).toEqual([]);
    expect(names('成功创建示范区。')).toEqual([]);
    // A title no level of government names is the place's aim.
    expect(names('创建茶叶知名品牌示范区。')).toEqual([]);
  });
});
