// The extraction pipeline, top to bottom: text → front matter → cleaned text → metadata →
// sections → sentences → entities, metrics, measures → linked graph records. Pure: no I/O.

import { createHash } from 'node:crypto';
import { groupBy } from '../graph/group-by.js';
import type { Extraction, ExtractionWarning } from '../graph/types.js';
import { cleanText } from './stages/clean-text.js';
import { extractAgencies } from './stages/extract-agencies.js';
import { extractHeadingPrograms } from './stages/extract-heading-programs.js';
import { extractIssuedDocuments } from './stages/extract-issued-documents.js';
import { extractMeasures } from './stages/extract-measures.js';
import { extractMetrics } from './stages/extract-metrics.js';
import { extractPrograms } from './stages/extract-programs.js';
import { extractRegulations } from './stages/extract-regulations.js';
import { linkIndicators, linkJurisdiction } from './stages/link-places.js';
import { linkRelations } from './stages/link-relations.js';
import { outsideBodies } from './stages/program-merges.js';
import { normalizeDate, readFrontMatter } from './stages/read-front-matter.js';
import { readMetadata } from './stages/read-metadata.js';
import { resolveIndicators } from './stages/resolve-indicators.js';
import { splitSections } from './stages/split-sections.js';
import { splitSentences } from './stages/split-sentences.js';
import { topicPrograms } from './stages/topic-programs.js';

export interface ExtractInput {
  /** Document id: ingest/read-report.ts derives it from the text (`documentId`). */
  id: string;
  file: string;
  text: string;
}

/**
 * Extracts one report's graph records from its text. Never throws on odd text: a value that cannot
 * be used (a front-matter field, a date that names no day) is left out and returned as a warning.
 */
export function extractDocument({ id, file, text: raw }: ExtractInput): Extraction {
  const { fields, body, problems } = readFrontMatter(raw);
  const warnings: ExtractionWarning[] = problems.map((problem) => ({ file, ...problem }));
  const text = cleanText(body);
  const info = readMetadata(text, fields, file);
  if (info.published !== null && normalizeDate(info.published) === null) {
    warnings.push({ file, field: 'date', message: `"${info.published}" in the text names no day; left out` });
    info.published = null;
  }
  const sections = splitSections(text, info.year);
  const sentences = splitSentences(text, sections);
  const agencies = extractAgencies(text, sentences, info.jurisdiction, info.issuer);
  const titled = extractRegulations(text, sentences);
  const regulations = [...titled, ...extractIssuedDocuments(sentences, titled)].sort((a, b) => a.start - b.start);
  const agenciesIn = groupBy(agencies, (a) => a.sentence);
  // A program named inside a body's name (…领导小组) is part of that name, not a mention of its own.
  const named = extractPrograms(sentences)
    .map((p) => outsideBodies(p, agenciesIn.get(p.sentence) ?? []))
    .filter((p) => p !== null);
  const programs = [
    ...named,
    ...extractHeadingPrograms(sentences, named, info.title),
    ...topicPrograms(sentences, named),
  ].sort((a, b) => a.start - b.start);
  const metrics = extractMetrics(sentences);
  const agencyStarts = new Set(agencies.map((a) => a.start));
  const measures = extractMeasures(sentences, (offset) => agencyStarts.has(offset), text);
  const contentHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const linked = linkRelations({
    docId: id,
    file,
    text,
    contentHash,
    info,
    sections,
    sentences,
    agencies,
    programs,
    regulations,
    metrics,
    measures,
  });
  const extraction = linkIndicators(linkJurisdiction(linked), metrics, resolveIndicators(metrics, sentences, text));
  // An untitled document is named by its file, not by its id (a hash).
  if (!info.title) extraction.document.attributes.name = fileStem(file) || id;
  return warnings.length > 0 ? { ...extraction, warnings } : extraction;
}

function fileStem(file: string): string {
  return (file.split(/[\\/]/).at(-1) ?? '').replace(/\.[^.]*$/, '');
}
