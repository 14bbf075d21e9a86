// The report reader as data: a document's text cut into plain runs and entity mentions, and
// the mentions of one node. Pure; the reader view turns segments into text nodes.

import type { NodeKind } from '../../graph/types.js';

export interface MentionSpan {
  start: number;
  end: number;
  key: string;
  kind: NodeKind;
}

export type Segment = { text: string; mention: null } | { text: string; mention: MentionSpan; index: number };

/**
 * Cuts `text` at the mentions. Mentions out of range are dropped; where two overlap, the one
 * starting first wins (the longer one on a tie), so every character is shown exactly once.
 */
export function segmentText(text: string, mentions: readonly MentionSpan[]): Segment[] {
  const valid = mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length)
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  let index = 0;
  for (const mention of valid) {
    if (mention.start < at) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start), mention: null });
    segments.push({ text: text.slice(mention.start, mention.end), mention, index: index++ });
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mention: null });
  return segments;
}

/** How many mentions of each node the segments show. */
export function mentionCounts(segments: readonly Segment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of segments) if (s.mention) counts.set(s.mention.key, (counts.get(s.mention.key) ?? 0) + 1);
  return counts;
}
