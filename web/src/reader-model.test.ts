import { describe, expect, it } from 'vitest';
import { mentionCounts, segmentText } from './reader-model.js';

const text = '区政府聚焦冬奥会筹办，审查冬奥赛事合同224份。';

describe('reader model', () => {
  it('cuts the text into runs and mentions that add up to the text', () => {
    const segments = segmentText(text, [
      { start: 5, end: 10, key: 'Program:冬奥会筹办', kind: 'Program' },
      { start: 0, end: 3, key: 'Agency:延庆区人民政府', kind: 'Agency' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.text)).toEqual(['区政府', '冬奥会筹办']);
  });

  it('drops overlapping and out-of-range mentions, keeping the longer of two that start together', () => {
    const segments = segmentText(text, [
      { start: 5, end: 7, key: 'x', kind: 'Program' },
      { start: 5, end: 10, key: 'Program:冬奥会筹办', kind: 'Program' },
      { start: 8, end: 12, key: 'y', kind: 'Program' },
      { start: 20, end: 99, key: 'z', kind: 'Metric' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.mention?.key)).toEqual(['Program:冬奥会筹办']);
  });

  it('counts the mentions of each node', () => {
    const segments = segmentText(text, [
      { start: 5, end: 7, key: 'Program:冬奥', kind: 'Program' },
      { start: 12, end: 14, key: 'Program:冬奥', kind: 'Program' },
    ]);
    expect(mentionCounts(segments).get('Program:冬奥')).toBe(2);
  });
});
