// Finds named legal and policy documents: titles in 《》 whose ending names a document type,
// minus newspapers and journals. The issuer is linked later, once agencies are known.

import { normalizeName, stripQuotes } from '../text-utils.js';
import { PUBLICATION, REGULATION_TYPES } from '../vocabulary.js';
import type { Mention } from './extract-agencies.js';
import type { Sentence } from './split-sentences.js';

export interface RegulationMention extends Mention {
  kind: 'Regulation';
  docType: string;
  aliases: string[];
}

const TITLE = /《([^《》\n]{2,80})》/g;
const EDITION = /[（(][^（）()]*\d{4}[^（）()]*[）)]$/;

/** The document type a title ends with, or '' when it names none. */
export function documentType(title: string): string {
  const core = title.replace(EDITION, '').replace(/[（(]试行[）)]$|[（(]暂行[）)]$/, '');
  return REGULATION_TYPES.find((type) => core.endsWith(type)) ?? '';
}

/** Canonical name and aliases: 中华人民共和国 and the edition are aliases, not the name. */
export function regulationName(title: string): { name: string; aliases: string[] } {
  const plain = stripQuotes(title).trim();
  const aliases = new Set<string>([title]);
  let name = plain;
  if (name.startsWith('中华人民共和国') && name.length > 9) {
    aliases.add(name);
    name = name.slice('中华人民共和国'.length);
  }
  const withoutEdition = name.replace(EDITION, '');
  if (withoutEdition !== name && withoutEdition.length >= 4) aliases.add(withoutEdition);
  aliases.delete(name);
  return { name, aliases: [...aliases] };
}

export function extractRegulations(text: string, sentences: Sentence[]): RegulationMention[] {
  const mentions: RegulationMention[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(TITLE)) {
      const title = match[1] ?? '';
      if (PUBLICATION.test(title)) continue;
      const docType = documentType(title);
      if (!docType) continue;
      const { name, aliases } = regulationName(title);
      const start = sentence.start + (match.index ?? 0);
      mentions.push({
        kind: 'Regulation',
        key: `Regulation:${normalizeName(name)}`,
        name,
        surface: text.slice(start, start + match[0].length),
        start,
        end: start + match[0].length,
        sentence: sentence.index,
        docType,
        aliases,
      });
    }
  }
  return mentions;
}
