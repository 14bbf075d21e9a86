import { describe, expect, it } from 'vitest';
import { buildGraph, modalName } from './build-graph.js';
import { GraphJsonParts } from './stream-graph.js';
import type { DocumentAttributes, Extraction, NodeAttributes } from './types.js';

/** A document that names the programme `Program:X` with `name` (and `aliases`). */
function naming(doc: string, name: string, aliases: string[] = []): Extraction {
  const document = { key: `Document:${doc}`, attributes: { kind: 'Document', name: doc } as DocumentAttributes };
  const program = { kind: 'Program', name, aliases } as NodeAttributes;
  return { document, nodes: [document, { key: 'Program:X', attributes: program }], edges: [] };
}

function programOf(extractions: Extraction[]): NodeAttributes {
  return buildGraph(extractions).getNodeAttributes('Program:X');
}

/** The shared node as `govkg extract` writes it, one document at a time. */
function streamedProgramOf(extractions: Extraction[]): NodeAttributes {
  const parts = new GraphJsonParts();
  for (const extraction of extractions) parts.add(extraction);
  const nodes = [...parts.sharedNodes()].map((text) => JSON.parse(text.replace(/^,/, '')));
  return nodes.find((node) => node.key === 'Program:X').attributes;
}

describe('the name of a node several documents share', () => {
  it('is the name most documents give it, whatever the order they are read in', () => {
    const docs = [naming('a', '“智慧法务”计划'), naming('b', '智慧法务计划'), naming('c', '智慧法务计划')];
    for (const order of [docs, [...docs].reverse(), [docs[1], docs[0], docs[2]]]) {
      const node = programOf(order as Extraction[]);
      expect(node.name).toBe('智慧法务计划');
      expect(node.aliases).toEqual(['“智慧法务”计划']);
      expect(streamedProgramOf(order as Extraction[]).name).toBe('智慧法务计划');
    }
  });

  it('keeps every name any document gives it among the aliases', () => {
    const node = programOf([naming('a', '河长制', ['河长制工作']), naming('b', '全面推行河长制')]);
    expect(node.name).toBe('河长制'); // one document each: the shortest
    expect(new Set(node.aliases)).toEqual(new Set(['全面推行河长制', '河长制工作']));
  });

  it('counts a document read twice once', () => {
    // 甲 and 乙 one document each: 乙 (U+4E59) comes before 甲 (U+7532); counted twice, 甲 would win.
    const twice = [naming('a', '乙计划'), naming('b', '甲计划'), naming('b', '甲计划')];
    expect(programOf(twice).name).toBe('乙计划');
    expect(streamedProgramOf(twice).name).toBe('乙计划');
    expect(programOf([naming('a', '甲计划'), naming('a', '甲计划'), naming('b', '乙计划')]).name).toBe('乙计划');
  });

  it('picks the most frequent name, then the shortest, then the first in code-point order', () => {
    expect(modalName(['bb', 'a', 'bb'])).toBe('bb');
    expect(modalName(['bb', 'a'])).toBe('a');
    expect(modalName(['b', 'a'])).toBe('a');
    expect(modalName(['only'])).toBe('only');
  });
});
