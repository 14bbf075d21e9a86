// Inputs: titles and openings of reports by governments and by departments of several places.

import { describe, expect, it } from 'vitest';
import { readMetadata } from './read-metadata.js';

describe('readMetadata', () => {
  it('takes a department that names itself at the start of its title as the report’s issuer', () => {
    const text = '绍兴市司法局2022年法治政府建设年度报告\n2022年，市司法局全面推进法治政府建设。';
    const info = readMetadata(text, {});
    expect(info.issuer).toBe('绍兴市司法局');
    expect(info.jurisdiction.units).toEqual(['浙江省', '绍兴市']);
    expect(readMetadata('关于市司法局2022年法治政府建设情况的报告\n…', {}, '绍兴市司法局报告.txt').issuer).toBe(
      '市司法局',
    );
  });

  it('reads the issuer from the file’s name when the text has no title line', () => {
    const text = '2022年，全市司法行政系统在市委、市政府的正确领导下，全力推进法治政府建设。';
    expect(readMetadata(text, {}, '/data/03_嘉兴市司法局2022年度法治政府建设情况报告.txt').issuer).toBe('嘉兴市司法局');
    expect(readMetadata(text, {}, '/data/嘉兴市2022年度报告.txt').issuer).toBe('嘉兴市人民政府');
  });

  it('takes a national administration’s bureau in a place as the issuer of its report', () => {
    const text = '国家税务总局绍兴市税务局关于2022年法治税务建设情况的报告\n2022年，市税务局全面推进依法治税。';
    expect(readMetadata(text, {}).issuer).toBe('国家税务总局绍兴市税务局');
  });

  it('takes a ministry that names itself in its title as the issuer of a national report', () => {
    const info = readMetadata('商务部2022年法治政府建设年度报告\n2022年，商务部扎实推进法治政府建设。', {});
    expect(info.issuer).toBe('商务部');
    expect(info.jurisdiction.region).toBe('中国');
    // A party committee's department is no ministry: its place stays unknown, its issuer unread.
    expect(readMetadata('组织部2022年法治建设情况报告\n…', {}).issuer).toBe('');
  });

  it('keeps a government as the issuer of its own reports', () => {
    const text = '绍兴市上虞区人民政府关于2022年法治政府建设情况的报告\n2022年，区政府全面推进法治政府建设。';
    expect(readMetadata(text, {}).issuer).toBe('绍兴市上虞区人民政府');
    const work = '各位代表：\n现在，我代表市人民政府，向大会报告工作。';
    expect(readMetadata(work, {}, '绍兴市政府工作报告_2022年.txt').issuer).toBe('绍兴市人民政府');
  });

  it('reads the author of an untitled text from its file name, after an index', () => {
    const text = '2022年,全市司法行政系统坚持以习近平新时代中国特色社会主义思想为指导。\n一、主要举措和成效';
    expect(readMetadata(text, {}, 'in/07_绍兴市司法局2022年度法治政府建设情况报告.txt').issuer).toBe('绍兴市司法局');
    expect(readMetadata(text, {}, '绍兴市司法局2022年度法治政府建设情况报告.txt').issuer).toBe('绍兴市司法局');
    // Parts of the name set apart by underscores or dashes, as collections of reports name them.
    expect(readMetadata(text, {}, '07_黑龙江省市场监督管理局_2020_法治政府建设年度报告.txt').issuer).toBe(
      '黑龙江省市场监督管理局',
    );
    expect(readMetadata(text, {}, '绍兴市司法局 - 2022年度报告.txt').issuer).toBe('绍兴市司法局');
    // A title in the text wins over the file's name.
    const titled = `绍兴市人民政府2022年度法治政府建设情况报告\n${text}`;
    expect(readMetadata(titled, {}, '07_绍兴市司法局2022年度报告.txt').issuer).toBe('绍兴市人民政府');
  });
});
