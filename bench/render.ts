// Benchmark of the explorer's drawing: generated graphs of 1k, 10k and 50k nodes, laid out ahead
// in Node, are drawn by the page's own graph view (web/bench) in headless Chromium; the page times
// the first frame, then the frame rate of a 3 s pan by camera and by mouse drag. Reports; fails nothing.
// Usage: npm run bench:render [-- --sizes 1000,10000,50000 --repeat 3 --pan-ms 3000 --viewport 1400x850
//   --shots dir --what-if]   (each size --repeat times, each in a fresh page; the table shows medians)

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { computeLayout } from '../graph/layout.js';
import type { EdgeKind, NodeKind, ViewEdge, ViewGraph, ViewNode } from '../graph/types.js';
import { launchBrowser } from '../test/browser.js';
import type { Measurement, Preset } from '../web/bench/main.js';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const SIZES = arg('sizes', '1000,10000,50000').split(',').map(Number);
const [WIDTH, HEIGHT] = arg('viewport', '1400x850').split('x').map(Number) as [number, number];
const REPEAT = Number(arg('repeat', '3'));
const PAN_MS = Number(arg('pan-ms', '3000'));
const SHOTS = arg('shots', '');
const WHAT_IF = process.argv.includes('--what-if');

/** Each table: the view as web/src/graph-view.ts sets it up, then (--what-if) settings it cannot take yet. */
const CONFIGS: { preset: Preset; name: string }[] = [
  { preset: 'as-is', name: 'graph-view.ts as is' },
  ...(WHAT_IF
    ? ([
        { preset: 'hide-on-move', name: 'what-if: hideEdgesOnMove, hideLabelsOnMove, labelRenderedSizeThreshold 12' },
        { preset: 'hide-on-move+line-edges', name: "what-if: same + defaultEdgeType 'line'" },
        { preset: 'hide-on-move+single-draw', name: 'what-if: same as the first + NodePointProgram, EdgeLineProgram' },
      ] as const)
    : []),
];

const EDGES_PER_NODE = 2.5;

/**
 * Share of each kind in the real graph: the nine reports of test/fixtures/corpus extracted by
 * ingest/pipeline.ts give 4,119 nodes (Measure 2,015, Metric 1,078, Program 496, Section 255,
 * Agency 245, Regulation 21, Document 9) and 8,242 relationships. Measures take the rest.
 */
const KIND_SHARES: [NodeKind, number][] = [
  ['Document', 0.0022],
  ['Section', 0.062],
  ['Agency', 0.059],
  ['Program', 0.12],
  ['Regulation', 0.005],
  ['Metric', 0.262],
];

/** Mulberry32: a small seeded generator, so every run draws the same graphs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['北京市延庆区', '深圳市光明区', '深圳市龙华区', '呼伦贝尔市海拉尔区', '北京市', '深圳市福田区'];
const CITIES = ['杭州市', '成都市', '武汉市', '西安市', '南京市', '苏州市', '长沙市', '青岛市', '厦门市', '昆明市'];
const DISTRICTS = ['西湖区', '高新区', '江北区', '新城区', '开发区', '滨海新区', '经济技术开发区'];
const DEPARTMENTS = [
  '人民政府',
  '发展和改革委员会',
  '财政局',
  '生态环境局',
  '市场监督管理局',
  '教育委员会',
  '卫生健康委员会',
];
const TOPICS = [
  '营商环境',
  '乡村振兴',
  '生态保护',
  '科技创新',
  '城市更新',
  '公共服务',
  '数字经济',
  '安全生产',
  '医疗卫生',
];
const VERBS = ['深入推进', '全面落实', '加快建设', '持续优化', '着力提升', '扎实开展', '稳步实施', '大力发展'];
const NOUNS = ['示范工程', '改革试点', '专项行动', '三年行动计划', '重点项目', '服务体系', '综合治理'];
const SUBJECTS = ['地区生产总值', '一般公共预算收入', '城镇新增就业', '居民人均可支配收入', '固定资产投资'];
const UNITS = ['亿元', '%', '万人', '个百分点', '项'];
const NUMERALS = '一二三四五六七八九十';

/**
 * A graph with the real graph's kind mix, about 2.5 edges per node and documents as clusters:
 * each document owns sections, measures and metrics; most agencies and programs belong to one
 * document's region, the rest and all regulations are shared. Labels are Chinese like the real
 * ones (measures cut at 40 characters). Deterministic for a given size.
 */
function generateGraph(size: number): ViewGraph {
  const random = seeded(size);
  const pick = <T>(items: readonly T[], skew = 1): T => items[Math.floor(items.length * random() ** skew)] as T;
  const nodes: ViewNode[] = [];
  const edges: ViewEdge[] = [];
  const byDoc = new Map<string, ViewNode[]>();
  const shared: Partial<Record<NodeKind, ViewNode[]>> = {};
  const own: Partial<Record<NodeKind, ViewNode[]>> = {};
  const docs: string[] = [];
  // Nodes are listed document by document (shared ones with a random document), as computeLayout
  // seeds its ring in list order: listed by kind, the kinds would start, and stay, apart.
  const listing = new Map<ViewNode, number>();
  const add = (kind: NodeKind, label: string, doc: string | null): ViewNode => {
    const node: ViewNode = { key: `${kind}:${label}#${nodes.length}`, kind, label };
    nodes.push(node);
    const home = doc ? docs.indexOf(doc) : kind === 'Document' ? docs.length : Math.floor(random() * docs.length);
    listing.set(node, home);
    if (doc) byDoc.get(`${doc}|${kind}`)?.push(node) ?? byDoc.set(`${doc}|${kind}`, [node]);
    const byKind = doc ? own : shared;
    const list = byKind[kind] ?? [];
    list.push(node);
    byKind[kind] = list;
    return node;
  };
  const link = (source: ViewNode, kind: EdgeKind, target: ViewNode) =>
    edges.push({ key: `e${edges.length}`, source: source.key, target: target.key, kind });
  const inDoc = (doc: string, kind: NodeKind, fallback: ViewNode[] = []) => byDoc.get(`${doc}|${kind}`) ?? fallback;
  const count = (kind: NodeKind) => Math.max(1, Math.round(size * (KIND_SHARES.find(([k]) => k === kind)?.[1] ?? 0)));

  for (let i = 0; i < count('Document'); i++) {
    const region = i < REGIONS.length ? (REGIONS[i] as string) : `${pick(CITIES)}${pick(DISTRICTS)}`;
    docs.push(add('Document', `${2018 + (i % 9)}年${region}政府工作报告`, null).key);
  }
  const docOf = () => pick(docs);
  for (let i = 0; i < count('Section'); i++) {
    const doc = docOf();
    const siblings = inDoc(doc, 'Section');
    const parent = siblings.length > 0 && random() < 0.85 ? pick(siblings) : nodes.find((n) => n.key === doc);
    const section = add('Section', `${pick(NUMERALS.split(''))}是${pick(VERBS)}${pick(TOPICS)}`, doc);
    if (parent) link(section, 'PART_OF', parent);
  }
  for (let i = 0; i < count('Regulation'); i++) add('Regulation', `${pick(TOPICS)}促进条例`, null);
  for (let i = 0; i < count('Agency'); i++) {
    const local = random() < 0.7;
    add(
      'Agency',
      local ? `${pick(DISTRICTS)}${pick(DEPARTMENTS)}` : `国家${pick(DEPARTMENTS)}`,
      local ? docOf() : null,
    );
  }
  for (let i = 0; i < count('Program'); i++)
    add('Program', `${pick(TOPICS)}${pick(NOUNS)}`, random() < 0.8 ? docOf() : null);
  const metrics = count('Metric');
  const measures = size - nodes.length - metrics;
  const anyOf = (kind: NodeKind) => [...(own[kind] ?? []), ...(shared[kind] ?? [])];
  const [agencies, programs, regulations] = [anyOf('Agency'), anyOf('Program'), anyOf('Regulation')];
  const sectionsOf = (doc: string) => inDoc(doc, 'Section', own.Section);
  for (let i = 0; i < measures; i++) {
    const doc = docOf();
    const text = `${pick(VERBS)}${pick(TOPICS)}${pick(NOUNS)}，${pick(VERBS)}${pick(TOPICS)}，推动${pick(TOPICS)}${pick(NOUNS)}取得新成效，${pick(VERBS)}${pick(TOPICS)}`;
    const measure = add('Measure', text.length > 40 ? `${text.slice(0, 40)}…` : text, doc);
    link(measure, 'PART_OF', pick(sectionsOf(doc)));
    link(random() < 0.8 ? pick(inDoc(doc, 'Agency', agencies), 2) : pick(agencies, 3), 'CARRIES_OUT', measure);
    if (random() < 0.3) link(measure, 'PART_OF', pick(inDoc(doc, 'Program', programs), 2));
    if (random() < 0.012) link(measure, random() < 0.8 ? 'CITES' : 'IMPLEMENTS', pick(regulations, 2));
  }
  for (let i = 0; i < metrics; i++) {
    const doc = docOf();
    const metric = add('Metric', `${pick(SUBJECTS)}增长 ${(random() * 10).toFixed(1)}${pick(UNITS)}`, doc);
    link(pick(inDoc(doc, 'Measure', own.Measure)), 'HAS_METRIC', metric);
    link(metric, 'MENTIONED_IN', pick(sectionsOf(doc)));
  }
  for (const node of [...agencies, ...programs, ...regulations]) link(node, 'MENTIONED_IN', pick(own.Section ?? []));
  // Top up to the target with the many-to-many relationships, inside one document mostly.
  while (edges.length < size * EDGES_PER_NODE) {
    const doc = docOf();
    const roll = random();
    if (roll < 0.5)
      link(pick(inDoc(doc, 'Agency', agencies), 2), 'CARRIES_OUT', pick(inDoc(doc, 'Measure', own.Measure)));
    else if (roll < 0.75) link(pick(inDoc(doc, 'Program', programs), 2), 'MENTIONED_IN', pick(sectionsOf(doc)));
    else link(pick(inDoc(doc, 'Measure', own.Measure)), 'PART_OF', pick(programs, 2));
  }
  nodes.sort((a, b) => (listing.get(a) ?? 0) - (listing.get(b) ?? 0));
  return { nodes, edges };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built pages and each graph's JSON (under /data/<nodes>.json) on 127.0.0.1. */
async function serve(dir: string, graphs: Map<number, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const graph = /^\/data\/(\d+)\.json$/.exec(path)?.[1];
    try {
      const body = graph ? graphs.get(Number(graph)) : readFileSync(join(dir, normalize(path)));
      if (body === undefined) throw new Error(`no graph of ${graph} nodes`);
      response.writeHead(200, { 'content-type': graph ? 'application/json' : (TYPES[extname(path)] ?? 'text/plain') });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** Share of the screenshot's pixels that are not the white background: 0 means sigma drew nothing. */
function inkedShare(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ((data[i] ?? 255) < 240 || (data[i + 1] ?? 255) < 240 || (data[i + 2] ?? 255) < 240) inked++;
  }
  return inked / (data.length / 4);
}

interface Run extends Measurement {
  panFps: number;
  dragFps: number;
  renderMs: number;
  worstFrameMs: number;
  inked: number;
}

/** One size once, in a fresh page: first render, a screenshot, a warm-up, a camera pan, a mouse drag. */
async function runOnce(browser: Browser, base: string, size: number, preset: Preset): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  try {
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${base}/bench/index.html`);
    await page.waitForFunction(() => 'govkgBench' in window);
    await page.evaluate((p) => window.govkgBench.usePreset(p), preset);
    const first = await page.evaluate((url) => window.govkgBench.measure(url), `/data/${size}.json`);
    await page.waitForTimeout(600); // the view's 200 ms fit animation, then quiet
    const shot = await page.screenshot();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `render-${size}-${preset}.png`) });
    await page.evaluate(() => window.govkgBench.pan(500, 'camera'));
    const pan = await page.evaluate((ms) => window.govkgBench.pan(ms, 'camera'), PAN_MS);
    const drag = await page.evaluate((ms) => window.govkgBench.pan(ms, 'drag'), PAN_MS);
    return {
      ...first,
      panFps: (1000 * pan.frames) / pan.durationMs,
      dragFps: (1000 * drag.frames) / drag.durationMs,
      renderMs: pan.renderMs,
      worstFrameMs: pan.worstFrameMs,
      inked: inkedShare(shot),
    };
  } finally {
    await page.close();
  }
}

async function readRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2 context';
    });
  } finally {
    await page.close();
  }
}

interface Row extends Run {
  size: number;
  nodes: number;
  edges: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const KEYS = [
  'fetchMs',
  'loadMs',
  'firstRenderMs',
  'firstFrameMs',
  'panFps',
  'dragFps',
  'renderMs',
  'worstFrameMs',
  'inked',
] as const;

function printTable(name: string, rows: Row[]): void {
  console.log(`\n${name}`);
  console.table(
    rows.map((r) => ({
      size: `${r.size / 1000}k`,
      nodes: r.nodes,
      edges: r.edges,
      'load() ms': Math.round(r.loadMs),
      'first render ms': Math.round(r.firstRenderMs),
      'first frame ms': Math.round(r.firstFrameMs),
      'pan fps': Number(r.panFps.toFixed(2)),
      'drag fps': Number(r.dragFps.toFixed(2)),
      'render() ms': Number(r.renderMs.toFixed(1)),
      'worst frame ms': Math.round(r.worstFrameMs),
      'inked %': Number((100 * r.inked).toFixed(1)),
    })),
  );
  const at = (size: number) => rows.find((r) => r.size === size);
  const [small, mid, large] = [at(1000), at(10_000), at(50_000)];
  if (mid) {
    const verdict = (ms: number) => `${ms < 2000 ? 'MET' : 'MISSED'} (${Math.round(ms)} ms)`;
    console.log(
      `target: first render of 10k < 2000 ms: ${verdict(mid.firstRenderMs)}; to the frame shown: ${verdict(mid.firstFrameMs)}`,
    );
  }
  if (small && large) {
    const verdict = (big: number, base: number) =>
      `${big >= base / 3 ? 'MET' : 'MISSED'} (${big.toFixed(2)} vs ${(base / 3).toFixed(2)}, ratio 1/${(base / big).toFixed(0)})`;
    console.log(
      `target: 50k pan fps >= 1k pan fps / 3: camera ${verdict(large.panFps, small.panFps)}; drag ${verdict(large.dragFps, small.dragFps)}`,
    );
  }
  const blank = rows.filter((r) => r.inked < 0.01).map((r) => r.size);
  if (blank.length > 0) console.log(`WARNING: blank canvas at ${blank.join(', ')} nodes: WebGL did not draw`);
}

async function readGraphs(): Promise<{
  graphs: Map<number, string>;
  counts: Map<number, { nodes: number; edges: number }>;
}> {
  const graphs = new Map<number, string>();
  const counts = new Map<number, { nodes: number; edges: number }>();
  for (const size of SIZES) {
    const started = performance.now();
    const view = computeLayout(generateGraph(size));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${size} nodes: generated and laid out by graph/layout.ts computeLayout in ${seconds} s`);
    graphs.set(size, JSON.stringify(view));
    counts.set(size, { nodes: view.nodes.length, edges: view.edges.length });
  }
  return { graphs, counts };
}

/** The machine, the browser and its WebGL renderer, and which graph view is measured. */
async function printSetup(browser: Browser): Promise<void> {
  const cpu = cpus();
  const load = loadavg()[0]?.toFixed(1);
  console.log(`\nmachine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, load average ${load} at the start`);
  console.log(`browser: Chromium ${browser.version()}, headless; WebGL: ${await readRenderer(browser)}`);
  const hash = createHash('sha256')
    .update(readFileSync(join(ROOT, 'web', 'src', 'graph-view.ts')))
    .digest('hex');
  console.log(`graph view: web/src/graph-view.ts as it is now (sha256 ${hash.slice(0, 12)})`);
  console.log(
    `viewport ${WIDTH}x${HEIGHT}, device pixel ratio 1; medians of ${REPEAT} fresh pages; pans of ${PAN_MS} ms`,
  );
}

async function main(): Promise<void> {
  const { graphs, counts } = await readGraphs();
  const dir = mkdtempSync(join(tmpdir(), 'govkg-bench-render-'));
  const { server, base } = await serve(dir, graphs);
  let browser: Browser | null = null;
  try {
    // Only the bench entry, so a half-edited explorer page elsewhere in web/src cannot stop the run.
    const input = join(ROOT, 'web', 'bench', 'index.html');
    await build({
      configFile: false,
      root: join(ROOT, 'web'),
      base: './',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, chunkSizeWarningLimit: 1500, rolldownOptions: { input } },
    });
    browser = await launchBrowser();
    await printSetup(browser);
    for (const { preset, name } of CONFIGS) {
      const rows: Row[] = [];
      for (const size of SIZES) {
        const runs: Run[] = [];
        for (let i = 0; i < REPEAT; i++) runs.push(await runOnce(browser, base, size, preset));
        const middle = {} as Run;
        for (const key of KEYS) middle[key] = median(runs.map((run) => run[key]));
        rows.push({ size, ...(counts.get(size) ?? { nodes: 0, edges: 0 }), ...middle });
      }
      printTable(name, rows);
    }
    const [load, cores] = [loadavg()[0] ?? 0, cpus().length];
    const busy = load > cores ? `: above ${cores} cores, other processes shared the CPU` : '';
    console.log(`\nload average at the end: ${load.toFixed(1)}${busy}`);
  } finally {
    await browser?.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
