// Dates a report: the year it was delivered and the year it reviews. A 政府工作报告 is delivered
// to the congress early in a year and reviews the year before (一、2021年工作回顾); an annual
// report on a field of work (法治政府建设年度情况报告) names the year it reviews in its title and is
// due in the first months of the next year.

export interface ReportYears {
  /** The year the report was delivered or published. */
  delivered: number | null;
  /** The year whose work the report reviews. */
  reviewed: number | null;
}

export interface DateSources {
  /** Title line or front-matter title; may be empty. */
  title: string;
  /** File name without folder and extension; may be empty. */
  fileName: string;
  /** The first part of the text, where a work report's review heading is. */
  opening: string;
  /** Publication date, YYYY-MM-DD, when one was found. */
  published: string | null;
}

const YEAR = '((?:19|20)\\d{2})';
/** An annual report on a field of work: the year in its title is the year reviewed. */
const ANNUAL_REPORT = /情况|年度|总结|工作要点|法治政府建设/;
const WORK_REPORT = /工作报告|各位代表/;
/** 2021年度 / 关于2021年…: the year reviewed. */
const REVIEWED_IN_NAME = new RegExp(`${YEAR}年度|关于${YEAR}年`);
/** 2022年政府工作报告, （2020）, （2021年10月17日…）, …报告_2019: the year delivered. */
const YEAR_IN_NAME = new RegExp(`${YEAR}年(?!度)|[（(]${YEAR}[）)]|_${YEAR}年?$`);
/** 一、2018年工作回顾 / 一、“十二五”主要成绩和2015年工作回顾. */
const REVIEW_HEADING = new RegExp(`${YEAR}年[^\\n。，；]{0,8}?(?:工作)?回顾`);

function yearOf(pattern: RegExp, text: string): number | null {
  const match = pattern.exec(text);
  const year = match?.slice(1).find((group) => group !== undefined);
  return year ? Number(year) : null;
}

/** The delivered and reviewed years of a report, from its title, file name, opening and date. */
export function dateReport({ title, fileName, opening, published }: DateSources): ReportYears {
  const names = [title, fileName].filter((name) => name !== '');
  const publishedYear = published ? Number(published.slice(0, 4)) : null;
  const named = (pattern: RegExp) => names.map((name) => yearOf(pattern, name)).find((y) => y !== null) ?? null;
  const explicitReview = named(REVIEWED_IN_NAME);
  const annual = names.some((name) => ANNUAL_REPORT.test(name)) && !/政府工作报告/.test(names.join(' '));
  const work = !annual && (names.some((name) => WORK_REPORT.test(name)) || /^\s*各位代表/.test(opening));
  const nameYear = named(YEAR_IN_NAME);
  const headingYear = yearOf(REVIEW_HEADING, opening);

  if (annual || explicitReview !== null) {
    const reviewed = explicitReview ?? nameYear ?? headingYear ?? (publishedYear ? publishedYear - 1 : null);
    // The year reviewed is due in the next year; a later date or file year says when exactly.
    const later = [publishedYear, nameYear].find((y) => y !== null && reviewed !== null && y > reviewed);
    return { reviewed, delivered: later ?? publishedYear ?? (reviewed === null ? null : reviewed + 1) };
  }
  if (work) {
    const delivered = nameYear ?? publishedYear ?? (headingYear === null ? null : headingYear + 1);
    const reviewed = headingYear ?? (delivered === null ? null : delivered - 1);
    return { delivered, reviewed };
  }
  const year = nameYear ?? publishedYear ?? headingYear;
  return { delivered: publishedYear ?? year, reviewed: year };
}
