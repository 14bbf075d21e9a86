// Inputs from several reports: Guangming 2021 and Longhua 2019 rule-of-law reports, the Yanqing
// 2021 report, a Shenzhen district work report.
import { describe, expect, it } from 'vitest';
import { extractIssuedDocuments } from './extract-issued-documents.js';
import { extractRegulations } from './extract-regulations.js';
import { splitSentences } from './split-sentences.js';

/** Every document of the text: the title reader's and those this stage adds, in text order. */
function documents(text: string): string[] {
  const sentences = splitSentences(text, []);
  const titled = extractRegulations(text, sentences);
  const added = extractIssuedDocuments(sentences, titled);
  for (const a of added) if (titled.some((t) => t.start < a.end && a.start < t.end)) throw new Error(`${a.name} twice`);
  return [...titled, ...added].sort((a, b) => a.start - b.start).map((r) => r.name);
}

describe('extractIssuedDocuments', () => {
  it('reads the unquoted documents an issuing verb names, each of a run', () => {
    expect(documents('专题研究制定光明区法治政府建设重点工作方案和法治政府考核评分细则，明确了责任单位。')).toEqual([
      '光明区法治政府建设重点工作方案',
      '法治政府考核评分细则',
    ]);
    expect(documents('推动出台光明科学城发展促进条例以及相关配套制度。')).toEqual(['光明科学城发展促进条例']);
  });

  it('takes a title in 《》 after an issuing verb as a document whatever its ending', () => {
    expect(documents('印发《规范性文件履行程序》至全区各部门。')).toEqual(['规范性文件履行程序']);
  });

  it('adds nothing the title reader found, nor generic or counted names', () => {
    expect(documents('印发《大鹏新区沙滩管理工作规则》，创新沙滩分级分类保护。')).toEqual(['大鹏新区沙滩管理工作规则']);
    expect(documents('制定72家普法责任单位月度量化工作考核标准。')).toEqual([]);
    expect(documents('制定工作方案，编制政务公开全清单。')).toEqual([]);
    expect(documents('在《法治日报》发表署名文章。')).toEqual([]);
    expect(documents('出台差异化的人才政策，优化营商环境。')).toEqual([]);
  });

  it('leaves a claim of a first out of an unquoted title', () => {
    expect(documents('出台全国首份社区治理白皮书，编制全省首个街区更新指引。')).toEqual([
      '社区治理白皮书',
      '街区更新指引',
    ]);
  });

  it('reads a set of rules named by the body that laid them down and their count', () => {
    expect(documents('严格落实中央八项规定及其实施细则精神，执行省委十项规定。')).toEqual([
      '中央八项规定',
      '省委十项规定',
    ]);
    expect(documents('梳理出三项规定动作。')).toEqual([]);
  });
});
