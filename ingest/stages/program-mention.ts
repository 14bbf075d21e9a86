// What a program mention is and how its key is made: one key for the 制度/机制 variants of a
// name and for a reform named with or without its classifier (…体制改革 = …改革).

import { normalizeName } from '../text-utils.js';
import type { Mention } from './extract-agencies.js';
import { withoutNotes } from './program-names.js';
import type { Sentence } from './split-sentences.js';

export interface ProgramMention extends Mention {
  kind: 'Program';
  aliases: string[];
  /** Quoted inside a document title: kept only when the name recurs outside titles. */
  inTitle?: boolean;
}

export function programKey(name: string): string {
  const normalized = normalizeName(name);
  const reform = /^(.+?)(体制机制|体制|制度|机制)改革$/.exec(normalized);
  const subject = reform?.[1] ?? '';
  if (subject.length >= 2 && !/^(体制|制度|机制)$/.test(subject)) return `Program:${subject}改革`;
  return `Program:${normalized.replace(/(制度|机制)$/, '机制')}`;
}

/** A mention named `name` at `start` of the text; `key` when it is another name's (a code's). */
export function programMention(
  name: string,
  surface: string,
  start: number,
  sentence: Sentence,
  aliases: string[],
  key = programKey(withoutNotes(name)),
): ProgramMention {
  const named = withoutNotes(name);
  const also = aliases.map(withoutNotes);
  return {
    kind: 'Program',
    key,
    name: named,
    surface,
    start,
    end: start + surface.length,
    sentence: sentence.index,
    aliases: also,
  };
}
