// `tsx scripts/check-corpus.ts <folder|files…>`: extracts every report, one at a time, and prints
// what a reader of the whole corpus would check first: reports placed in no jurisdiction or
// dated in no year, relative party and government bodies left bare or garbled as nodes, and the
// node keys of the standing bodies (party committees, governments, congresses) with the number
// of reports each appears in. Exit code 1 when a report is unplaced or undated or a bare
// relative body is found.

import { basename } from 'node:path';
import type { AgencyAttributes, DocumentAttributes } from '../graph/types.js';
import { expandInputs } from '../ingest/extract-files.js';
import { extractDocument } from '../ingest/pipeline.js';
import { readReport } from '../ingest/read-report.js';
import { LEVELS } from '../ingest/vocabulary.js';

/** A relative name standing alone, or two relative names run together (市委市人民政府, 中共委市委). */
const BARE_RELATIVE = new RegExp(
  `^(中共)?([${LEVELS}]?(委|政府|人民政府|人大|人大常委会|政协|纪委|纪委监委|常委会|常务会议|两办))+$`,
);
/** Names run together or cut inside a relative name: 委市人民政府, 中共盐田区委盐田区人民政府, 市委市. */
const GARBLED = new RegExp(`^委|委[${LEVELS}](?:人民)?政府$|[${LEVELS}]委[${LEVELS}]委|[${LEVELS}]委[${LEVELS}]$`);
/** Standing bodies of a place: its party committee, government, congress and CPPCC. */
const STANDING_BODY = /^(中共.+委|.+人民政府|.+人大常委会|.+政协)$/;

const inputs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (inputs.length === 0) {
  process.stderr.write('usage: tsx scripts/check-corpus.ts <folder|files…>\n');
  process.exit(2);
}

const files = await expandInputs(inputs);
const unplaced: string[] = [];
const undated: string[] = [];
const bare = new Map<string, Set<string>>();
const standing = new Map<string, { name: string; docs: Set<string> }>();
const places = new Map<string, number>();
let failed = 0;

for (const file of files) {
  let report: Awaited<ReturnType<typeof readReport>>;
  try {
    report = await readReport(file);
  } catch (error) {
    failed++;
    process.stderr.write(`error: ${(error as Error).message}\n`);
    continue;
  }
  const extraction = extractDocument({ id: report.id, file, text: report.text });
  const doc = extraction.document.attributes as DocumentAttributes;
  const name = basename(file);
  if (!doc.region) unplaced.push(name);
  if (doc.year === null || doc.deliveredYear === null) undated.push(name);
  places.set(doc.region || '(none)', (places.get(doc.region || '(none)') ?? 0) + 1);
  for (const node of extraction.nodes) {
    if (node.attributes.kind !== 'Agency') continue;
    const agency = node.attributes as AgencyAttributes;
    if (BARE_RELATIVE.test(agency.name) || GARBLED.test(agency.name)) {
      const seen = bare.get(`${agency.name}  ${node.key}`) ?? new Set<string>();
      seen.add(name);
      bare.set(`${agency.name}  ${node.key}`, seen);
    }
    if (STANDING_BODY.test(agency.name)) {
      const entry = standing.get(node.key) ?? { name: agency.name, docs: new Set<string>() };
      entry.docs.add(name);
      standing.set(node.key, entry);
    }
  }
}

const out = (line = '') => process.stdout.write(`${line}\n`);
out(`${files.length} report(s), ${failed} unreadable`);
out(
  `placed in a jurisdiction: ${files.length - failed - unplaced.length}; dated: ${files.length - failed - undated.length}`,
);
out('\njurisdictions:');
for (const [region, n] of [...places].sort((a, b) => b[1] - a[1])) out(`  ${String(n).padStart(4)}  ${region}`);
out(`\nreports without a jurisdiction (${unplaced.length}):`);
for (const name of unplaced) out(`  ${name}`);
out(`\nreports without a year (${undated.length}):`);
for (const name of undated) out(`  ${name}`);
out(`\nbare or garbled relative bodies (${bare.size}):`);
for (const [name, docs] of bare) out(`  ${name}  in ${docs.size} report(s)`);
out('\nstanding bodies by key (reports):');
const rows = [...standing].sort((a, b) => b[1].docs.size - a[1].docs.size || a[0].localeCompare(b[0]));
for (const [key, { name, docs }] of rows.slice(0, 60)) out(`  ${String(docs.size).padStart(4)}  ${key}  (${name})`);
if (rows.length > 60) out(`  … ${rows.length - 60} more`);
process.exitCode = unplaced.length + undated.length + bare.size > 0 ? 1 : 0;
