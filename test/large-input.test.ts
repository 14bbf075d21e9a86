// Large and odd inputs: a 1 MB line without punctuation and a 1 MB line dense with entities go
// through extraction in bounded time, with every evidence sentence kept short.

import { describe, expect, it } from 'vitest';
import { extractDocument } from '../ingest/pipeline.js';
import { MAX_SENTENCE } from '../ingest/stages/split-sentences.js';
import { checkInvariants } from './invariants.js';

function timed(text: string) {
  const started = performance.now();
  const extraction = extractDocument({ id: 'large', file: 'large.txt', text });
  return { extraction, ms: performance.now() - started };
}

describe('large inputs', () => {
  it('extracts a 1 MB line with no punctuation', () => {
    const text = '法治政府建设区政府工作推进落实'.repeat(70_000);
    const { extraction, ms } = timed(text);
    expect(ms).toBeLessThan(60_000);
    expect(checkInvariants(extraction)).toEqual([]);
    const longest = Math.max(
      ...extraction.nodes.flatMap((n) => (n.attributes.evidence ?? []).map((e) => e.sentence.length)),
    );
    expect(longest).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('extracts a 1 MB line dense with entities, metrics and titles', () => {
    const unit = '区政府组织开展“法治建设年”活动完成任务39项率达到95%审查合同224份聚焦冬奥会筹办落实《行政处罚法》';
    const { extraction, ms } = timed(unit.repeat(Math.ceil(1_000_000 / unit.length)));
    expect(ms).toBeLessThan(60_000);
    expect(extraction.nodes.some((n) => n.key === 'Regulation:行政处罚法')).toBe(true);
    expect(checkInvariants(extraction)).toEqual([]);
  });
});
