// Inputs: invented sentences in the manner of district and city rule-of-law reports (区政府常务会议
// 审议通过…, 市政府全体会议研究出台…), run through the whole extraction.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.js';

function issuersOf(title: string, body: string): Map<string, string[]> {
  const text = `${title}\n一、主要举措和成效\n${body}\n`;
  const extraction = extractDocument({ id: 'issuers', file: `${title}.txt`, text });
  const names = new Map(extraction.nodes.map((n) => [n.key, n.attributes]));
  const out = new Map<string, string[]>();
  for (const e of extraction.edges) {
    if (e.attributes.kind !== 'ISSUED_BY') continue;
    const regulation = String(names.get(e.source)?.name);
    out.set(regulation, [...(out.get(regulation) ?? []), String(names.get(e.target)?.name)].sort());
  }
  return out;
}

describe('linkRelations: issuers', () => {
  it('gives a document its government’s meeting decided to that government as well', () => {
    const district = issuersOf(
      '杭州市西湖区人民政府2022年度法治政府建设情况报告',
      '区政府常务会议审议通过《西湖区行政规范性文件管理办法》，规范文件制定程序。',
    );
    expect(district.get('西湖区行政规范性文件管理办法')).toEqual(['西湖区人民政府', '西湖区政府常务会议']);
    const city = issuersOf(
      '宁波市人民政府2021年度法治政府建设情况报告',
      '《宁波市重大行政决策程序实施办法》经市政府常务会议审议通过并印发实施。',
    );
    expect(city.get('宁波市重大行政决策程序实施办法')).toEqual(['宁波市人民政府', '宁波市政府常务会议']);
  });

  it('adds no body for a meeting that is not a government’s', () => {
    const found = issuersOf(
      '杭州市西湖区人民政府2022年度法治政府建设情况报告',
      '召开区委全面依法治区委员会第二次会议，研究制定《西湖区法治政府建设重点工作方案》。',
    );
    expect(found.get('西湖区法治政府建设重点工作方案')).toEqual(['西湖区委全面依法治区委员会']);
  });
});
