// Inputs: titles, file names and openings of work reports and annual reports of several places
// (Shenzhen's districts, Guangdong, the State Council, Beijing, Hulunbuir).

import { describe, expect, it } from 'vitest';
import { dateReport } from './date-report.js';

const none = { title: '', fileName: '', opening: '', published: null };

describe('dateReport', () => {
  it('dates a work report by its file name and reads the year it reviews from its first heading', () => {
    expect(
      dateReport({
        ...none,
        fileName: '国务院政府工作报告_2019年',
        opening: '各位代表：\n一、2018年工作回顾\n过去一年',
      }),
    ).toEqual({ delivered: 2019, reviewed: 2018 });
  });

  it('takes the year before the delivery when the review heading has no year', () => {
    expect(
      dateReport({
        ...none,
        fileName: '2017年坪山区政府工作报告_2017',
        opening: '各位代表：\n一、坪山新区成立以来的工作回顾\n2009年6月30日，坪山新区正式成立。',
      }),
    ).toEqual({ delivered: 2017, reviewed: 2016 });
  });

  it('reads a date in a title and a year in brackets as the delivery', () => {
    expect(
      dateReport({
        ...none,
        title: '海拉尔区政府工作报告（2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上）',
      }),
    ).toEqual({ delivered: 2019, reviewed: 2018 });
    expect(dateReport({ ...none, fileName: '福田区政府工作报告（2016）_2016', opening: '各位代表：' })).toEqual({
      delivered: 2016,
      reviewed: 2015,
    });
  });

  it('trusts the review heading over a file name that disagrees with it', () => {
    expect(
      dateReport({ ...none, fileName: '大鹏新区管委会2014年工作报告_2015', opening: '各位代表：\n一、2013年工作回顾' }),
    ).toEqual({ delivered: 2014, reviewed: 2013 });
  });

  it('reads the reviewed year of an annual report from its title, the delivery from its date', () => {
    expect(
      dateReport({ ...none, title: '北京市延庆区人民政府2021年法治政府建设年度情况报告', published: '2022-03-29' }),
    ).toEqual({ delivered: 2022, reviewed: 2021 });
    expect(dateReport({ ...none, title: '深圳市光明区人民政府关于2021年度法治政府建设情况的报告' })).toEqual({
      delivered: 2022,
      reviewed: 2021,
    });
    expect(dateReport({ ...none, title: '深圳市龙华区2019年法治政府建设工作报告', published: '2019-12-18' })).toEqual({
      delivered: 2019,
      reviewed: 2019,
    });
  });

  it('leaves a text with no year undated', () => {
    expect(dateReport({ ...none, opening: '各位代表：' })).toEqual({ delivered: null, reviewed: null });
  });
});
