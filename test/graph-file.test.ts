// The graph file written while extracting (govkg extract) holds the same graph as building the
// whole graph in memory and exporting it.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { extractToGraphFile } from '../cli/write-graph-file.js';
import { buildGraph, exportGraph } from '../graph/build-graph.js';
import { GraphJsonParts } from '../graph/stream-graph.js';
import { extractFiles } from '../ingest/extract-files.js';
import { extractDocument } from '../ingest/pipeline.js';

// Two short reports of different districts of one city that name the same city bodies and law.
const reports = [
  {
    id: 'nanshan',
    file: '2023年南山区政府工作报告_2023.txt',
    text: '各位代表：\n现在，我代表深圳市南山区人民政府向大会作政府工作报告。\n一、2022年工作回顾\n在市委市政府和区委的坚强领导下，区政府贯彻《优化营商环境条例》，完成投资120亿元。\n',
  },
  {
    id: 'baoan',
    file: '宝安区2023年政府工作报告_2023.txt',
    text: '各位代表：\n现在，我代表宝安区人民政府向大会作政府工作报告。\n一、2022年工作回顾\n市委市政府部署，区政府落实《优化营商环境条例》，新增企业3万家。\n',
  },
];

function streamed(extractions: ReturnType<typeof extractDocument>[]): string {
  const parts = new GraphJsonParts();
  let nodes = GraphJsonParts.HEAD;
  let edges = '';
  for (const extraction of extractions) {
    const pieces = parts.add(extraction);
    nodes += pieces.nodes;
    edges += pieces.edges;
  }
  for (const piece of parts.sharedNodes()) nodes += piece;
  for (const piece of parts.sharedEdgeList()) edges += piece;
  return `${nodes}${GraphJsonParts.MIDDLE}${edges}${GraphJsonParts.TAIL}`;
}

function byKey(serialized: ReturnType<typeof exportGraph>) {
  return {
    nodes: Object.fromEntries(serialized.nodes.map((n) => [n.key, n.attributes])),
    edges: Object.fromEntries(serialized.edges.map((e) => [e.key, [e.source, e.target, e.attributes]])),
  };
}

describe('GraphJsonParts', () => {
  it('writes the same graph as building it whole, shared bodies merged across reports', () => {
    const extractions = reports.map((r) => extractDocument(r));
    const text = streamed(extractions);
    const imported = new Graph({ type: 'directed', multi: true });
    imported.import(JSON.parse(text));
    const whole = exportGraph(buildGraph(extractions));
    expect(byKey(imported.export() as ReturnType<typeof exportGraph>)).toEqual(byKey(whole));
    // 市委 of both reports is one node, with evidence from both.
    const city = imported.getNodeAttributes('Agency:中共深圳市委');
    expect(new Set(city.evidence.map((e: { doc: string }) => e.doc))).toEqual(new Set(['nanshan', 'baoan']));
  });

  it('adds a document given twice once, as building the graph does', () => {
    const once = extractDocument(reports[0] as (typeof reports)[0]);
    const twice = [once, extractDocument(reports[0] as (typeof reports)[0])];
    const imported = new Graph({ type: 'directed', multi: true });
    imported.import(JSON.parse(streamed(twice)));
    expect(byKey(imported.export() as ReturnType<typeof exportGraph>)).toEqual(byKey(exportGraph(buildGraph(twice))));
  });

  it('extracts a folder into the file, a bad file reported and the rest written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govkg-graph-file-'));
    for (const r of reports) writeFileSync(join(dir, r.file), r.text);
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf');
    const out = join(dir, 'graph.json');
    const { documents, failures } = await extractToGraphFile([dir], out);
    expect(documents).toBe(2);
    expect(failures.map((f) => f.file)).toEqual([join(dir, 'broken.pdf')]);
    const imported = new Graph({ type: 'directed', multi: true });
    imported.import(JSON.parse(readFileSync(out, 'utf8')));
    const whole = exportGraph(buildGraph((await extractFiles([dir])).extractions));
    expect(byKey(imported.export() as ReturnType<typeof exportGraph>)).toEqual(byKey(whole));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
