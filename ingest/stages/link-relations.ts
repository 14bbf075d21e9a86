// Turns one document's mentions into graph records: merges mentions into nodes by key (surface
// forms become aliases), and states each relationship with the sentence that supports it.

import { appendToGroup, groupBy } from '../../graph/group-by.js';
import type {
  EdgeAttributes,
  EdgeKind,
  Evidence,
  Extraction,
  GraphEdge,
  GraphNode,
  NodeAttributes,
} from '../../graph/types.js';
import { IMPLEMENT_VERBS, ISSUE_VERBS } from '../vocabulary.js';
import { type AgencyMention, agencyKey, type Mention, resolveAgency } from './extract-agencies.js';
import type { MeasureSpan } from './extract-measures.js';
import type { MetricMention } from './extract-metrics.js';
import type { ProgramMention } from './extract-programs.js';
import type { RegulationMention } from './extract-regulations.js';
import type { DocumentInfo } from './read-metadata.js';
import type { SectionSpan } from './split-sections.js';
import type { Sentence } from './split-sentences.js';

export interface LinkInput {
  docId: string;
  file: string;
  text: string;
  contentHash: string;
  info: DocumentInfo;
  sections: SectionSpan[];
  sentences: Sentence[];
  agencies: AgencyMention[];
  programs: ProgramMention[];
  regulations: RegulationMention[];
  metrics: MetricMention[];
  measures: MeasureSpan[];
}

const sectionKey = (docId: string, index: number) => `Section:${docId}:${index}`;

class GraphRecords {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  node(key: string, attributes: NodeAttributes): GraphNode {
    const existing = this.nodes.get(key);
    if (existing) return existing;
    const node = { key, attributes };
    this.nodes.set(key, node);
    return node;
  }

  edge(kind: EdgeKind, source: string, target: string, evidence?: Evidence): void {
    if (source === target) return;
    const key = `${kind}:${source}->${target}`;
    let edge = this.edges.get(key);
    if (!edge) {
      const attributes: EdgeAttributes = { kind, evidence: [] };
      edge = { key, source, target, attributes };
      this.edges.set(key, edge);
    }
    if (evidence && (edge.attributes.evidence?.length ?? 0) < 20) edge.attributes.evidence?.push(evidence);
  }
}

function addAlias(node: GraphNode, ...aliases: string[]): void {
  const attributes = node.attributes;
  const list = attributes.aliases ?? [];
  for (const alias of aliases) {
    const clean = alias.replace(/^《|》$/g, '').trim();
    if (clean && clean !== attributes.name && !list.includes(clean)) list.push(clean);
  }
  attributes.aliases = list;
}

export function linkRelations(input: LinkInput): Extraction {
  const { docId, text, info, sections, sentences } = input;
  const g = new GraphRecords();
  const docKey = `Document:${docId}`;
  const evidenceAt = (start: number, end: number, sentence: Sentence): Evidence => ({
    doc: docId,
    section: sentence.section?.path ?? '',
    start,
    end,
    sentence: sentence.text,
    sentenceStart: sentence.start,
  });

  const document = g.node(docKey, {
    kind: 'Document',
    name: info.title || docId,
    title: info.title,
    region: info.jurisdiction.region,
    units: info.jurisdiction.units,
    divisionCode: info.jurisdiction.code,
    issuer: info.issuer,
    year: info.year,
    reviewedYear: info.reviewedYear,
    deliveredYear: info.deliveredYear,
    published: info.published,
    source: info.source,
    file: input.file,
    contentHash: input.contentHash,
    text,
  }) as Extraction['document'];

  for (const section of sections) {
    const key = sectionKey(docId, section.index);
    g.node(key, {
      kind: 'Section',
      name: section.number ? `${section.number}${section.title}` : section.title,
      doc: docId,
      number: section.number,
      title: section.title,
      level: section.level,
      order: section.index,
      path: section.path,
      role: section.role,
      start: section.start,
      end: section.end,
    });
    g.edge('PART_OF', key, section.parent === null ? docKey : sectionKey(docId, section.parent));
  }

  // The issuing body is the implied actor of every measure that names none.
  const issuer = info.issuer ? resolveAgency(info.issuer, info.jurisdiction) : null;
  const issuerKey = issuer ? agencyKey(issuer.name, issuer.jurisdiction) : null;
  if (issuer && issuerKey) {
    const node = g.node(issuerKey, { kind: 'Agency', name: issuer.name, jurisdiction: issuer.jurisdiction });
    addAlias(node, info.issuer, ...issuer.aliases);
  }

  const entities: Mention[] = [...input.agencies, ...input.programs, ...input.regulations];
  for (const m of entities) {
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    const node = g.node(m.key, entityAttributes(m));
    addAlias(node, m.surface, ...('aliases' in m ? (m.aliases as string[]) : []));
    const evidence = evidenceAt(m.start, m.end, sentence);
    const list = node.attributes.evidence ?? [];
    if (list.length < 50) list.push(evidence);
    node.attributes.evidence = list;
    if (sentence.section) g.edge('MENTIONED_IN', m.key, sectionKey(docId, sentence.section.index), evidence);
  }

  const bySentence = <T extends { sentence: number }>(items: T[]) => groupBy(items, (item) => item.sentence);
  const agenciesIn = bySentence(input.agencies);
  const programsIn = bySentence(input.programs);
  const regulationsIn = bySentence(input.regulations);
  const metricsIn = bySentence(input.metrics);

  linkIssuers(g, input, regulationsIn, agenciesIn, issuerKey, evidenceAt);

  const focus = focusScopes(input);
  for (const measure of input.measures) {
    const s = measure.sentence;
    const key = `Measure:${docId}:${s.start}`;
    const evidence = evidenceAt(s.start, s.end, s);
    g.node(key, {
      kind: 'Measure',
      name: s.text.length > 40 ? `${s.text.slice(0, 40)}…` : s.text,
      doc: docId,
      text: s.text,
      status: measure.status,
      evidence: [evidence],
    });
    if (s.section) g.edge('PART_OF', key, sectionKey(docId, s.section.index), evidence);
    const programs = new Set([...(programsIn.get(s.index) ?? []).map((p) => p.key), ...(focus.get(s.index) ?? [])]);
    for (const program of programs) g.edge('PART_OF', key, program, evidence);
    const actors = (agenciesIn.get(s.index) ?? []).filter((a) => isActor(text, a));
    for (const actor of actors) g.edge('CARRIES_OUT', actor.key, key, evidence);
    if (actors.length === 0 && issuerKey) g.edge('CARRIES_OUT', issuerKey, key, evidence);
    for (const regulation of regulationsIn.get(s.index) ?? []) {
      g.edge('CITES', key, regulation.key, evidenceAt(regulation.start, regulation.end, s));
      if (IMPLEMENT_VERBS.test(text.slice(s.start, regulation.start))) {
        g.edge('IMPLEMENTS', key, regulation.key, evidenceAt(regulation.start, regulation.end, s));
      }
    }
    for (const [i, metric] of (metricsIn.get(s.index) ?? []).entries()) {
      g.edge('HAS_METRIC', key, metricKey(docId, metric, i), evidenceAt(metric.start, metric.end, s));
    }
    for (const established of (agenciesIn.get(s.index) ?? []).filter((a) =>
      /(成立|组建|设立|新建)$/.test(text.slice(Math.max(s.start, a.start - 4), a.start)),
    )) {
      const founder = actors.find((a) => a.end <= established.start && a.key !== established.key)?.key ?? issuerKey;
      if (founder) g.edge('ESTABLISHED', founder, established.key, evidenceAt(established.start, established.end, s));
    }
  }

  for (const [i, metric] of input.metrics.entries()) {
    const s = sentences[metric.sentence];
    if (!s) continue;
    const key = metricKey(docId, metric, i);
    g.node(key, {
      kind: 'Metric',
      name: `${metric.subject ? `${metric.subject} ` : ''}${metric.qualifier === '近' ? '近' : ''}${metric.value}${metric.unit}`,
      doc: docId,
      value: metric.value,
      upper: metric.upper,
      unit: metric.unit,
      qualifier: metric.qualifier,
      subject: metric.subject,
      rank: metric.rank,
      evidence: [evidenceAt(metric.start, metric.end, s)],
    });
    if (s.section)
      g.edge('MENTIONED_IN', key, sectionKey(docId, s.section.index), evidenceAt(metric.start, metric.end, s));
  }

  return { document, nodes: [...g.nodes.values()], edges: [...g.edges.values()] };
}

function metricKey(docId: string, metric: MetricMention, _i: number): string {
  return `Metric:${docId}:${metric.start}`;
}

function entityAttributes(m: Mention): NodeAttributes {
  if (m.kind === 'Agency') {
    return { kind: 'Agency', name: m.name, jurisdiction: (m as AgencyMention).jurisdiction };
  }
  if (m.kind === 'Regulation') {
    return { kind: 'Regulation', name: m.name, docType: (m as RegulationMention).docType, issuer: '' };
  }
  return { kind: 'Program', name: m.name };
}

/** An agency is the actor of its sentence unless a preposition makes it the object. */
function isActor(text: string, agency: AgencyMention): boolean {
  const before = text.slice(Math.max(0, agency.start - 2), agency.start);
  return !/(向|对|给|与|为|和|受|被)$/.test(before);
}

const ISSUER_GAP = /^(?:[、和及与]|以|名义|联合|共同|印发|发布|出台|制定|颁布|修订|制发|了|的)*$/;

type EvidenceAt = (start: number, end: number, sentence: Sentence) => Evidence;

function linkIssuers(
  g: GraphRecords,
  input: LinkInput,
  regulationsIn: Map<number, RegulationMention[]>,
  agenciesIn: Map<number, AgencyMention[]>,
  issuerKey: string | null,
  evidenceAt: EvidenceAt,
): void {
  const { text, sentences } = input;
  for (const [index, regulations] of regulationsIn) {
    const s = sentences[index];
    if (!s) continue;
    for (const regulation of regulations) {
      const clauseStart = s.start + s.text.lastIndexOf('，', regulation.start - s.start) + 1;
      const before = text.slice(clauseStart, regulation.start);
      const agencies = (agenciesIn.get(index) ?? []).filter((a) => a.start >= clauseStart && a.end <= regulation.start);
      const issuers: string[] = [];
      // 中共中央、国务院《…》 and X(以…名义)(联合)印发《…》: only bodies, joiners and an issuing verb
      // stand between the issuer and the title.
      const tail = agencies.filter((a) => {
        let between = text.slice(a.end, regulation.start);
        for (const other of agencies) {
          if (other.start >= a.end) between = between.replace(text.slice(other.start, other.end), '');
        }
        return ISSUER_GAP.test(between);
      });
      for (const a of tail) issuers.push(a.key);
      if (issuers.length === 0 && ISSUE_VERBS.test(before) && issuerKey) issuers.push(issuerKey);
      for (const key of issuers) {
        g.edge('ISSUED_BY', regulation.key, key, evidenceAt(regulation.start, regulation.end, s));
        const node = g.nodes.get(regulation.key);
        const issuerNode = g.nodes.get(key);
        if (node?.attributes.kind === 'Regulation' && issuerNode && !node.attributes.issuer) {
          node.attributes.issuer = issuerNode.attributes.name;
        }
      }
    }
  }
}

/** Sentences in the scope of a focus area: from 聚焦X。 to the next focus or the paragraph end. */
function focusScopes(input: LinkInput): Map<number, string[]> {
  const scopes = new Map<number, string[]>();
  const { text, sentences, programs } = input;
  for (const program of programs) {
    const s = sentences[program.sentence];
    if (!s || !/^(聚焦|围绕)/.test(text.slice(program.start - 2, program.start))) continue;
    const terminal = /^(聚焦|围绕)[^，。；]+[。；]$/.test(s.text);
    const paragraphEnd = text.indexOf('\n', s.start);
    for (let i = s.index; i < sentences.length; i++) {
      const next = sentences[i];
      if (!next || (paragraphEnd >= 0 && next.start > paragraphEnd)) break;
      if (i > s.index && /^(聚焦|围绕)/.test(next.text)) break;
      appendToGroup(scopes, i, program.key);
      if (!terminal) break;
    }
  }
  return scopes;
}
