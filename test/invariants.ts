// The invariants every extraction keeps, checked on the corpus and on generated text: offsets
// point at the mention, names are sane, metrics have numbers, every measure is in a section.

import type { Extraction } from '../graph/types.js';

/** Problems found in one extraction; empty when it keeps every invariant. */
export function checkInvariants(extraction: Extraction): string[] {
  const problems: string[] = [];
  const text = extraction.document.attributes.text;
  const keys = new Set(extraction.nodes.map((n) => n.key));
  const partOf = new Set(
    extraction.edges
      .filter((e) => e.attributes.kind === 'PART_OF')
      .map((e) => `${e.source}|${keys.has(e.target) ? e.target.split(':')[0] : ''}`),
  );
  for (const { key, attributes: a } of extraction.nodes) {
    if (!a.name || a.name.trim() === '') problems.push(`${key}: empty name`);
    for (const ev of a.evidence ?? []) {
      if (text.slice(ev.sentenceStart, ev.sentenceStart + ev.sentence.length) !== ev.sentence)
        problems.push(`${key}: sentence not at its offset`);
      if (ev.start < ev.sentenceStart || ev.end > ev.sentenceStart + ev.sentence.length)
        problems.push(`${key}: mention outside its sentence`);
      if (a.kind !== 'Measure' && a.name.length > ev.sentence.length + 20)
        problems.push(`${key}: name longer than its sentence`);
    }
    if (a.kind === 'Agency' || a.kind === 'Program' || a.kind === 'Regulation') {
      for (const ev of a.evidence ?? []) {
        const surface = text.slice(ev.start, ev.end).replace(/[“”"《》]/g, '');
        const names = [a.name, ...(a.aliases ?? [])].map((n) => n.replace(/[“”"《》]/g, ''));
        if (surface === '' || !names.some((n) => n.includes(surface) || surface.includes(n)))
          problems.push(`${key}: evidence "${surface}" is not the mention`);
      }
    }
    if (a.kind === 'Metric' && !Number.isFinite(a.value)) problems.push(`${key}: metric without a number`);
    if (a.kind === 'Metric') {
      const ev = a.evidence?.[0];
      if (!ev || !/[\d一二两三四五六七八九十百千万亿]/.test(text.slice(ev.start, ev.end)))
        problems.push(`${key}: metric evidence has no number`);
    }
    if (a.kind === 'Measure' && !partOf.has(`${key}|Section`)) problems.push(`${key}: measure in no section`);
  }
  for (const e of extraction.edges) {
    if (!keys.has(e.source) || !keys.has(e.target)) problems.push(`${e.key}: dangling edge`);
  }
  return problems;
}
