// The templates as the API lists them: an empty example value is filled from the loaded data
// (TEMPLATE_DEFAULTS), so no template suggests a name of one report; with no data it stays empty.

import neo4j from 'neo4j-driver';
import type { Template } from '../graph/types.js';
import type { Database } from './database.js';
import { TEMPLATES } from './queries.cypher.js';
import { TEMPLATE_DEFAULTS } from './template-defaults.cypher.js';

type Suggestion =
  | 'agency'
  | 'agencyKey'
  | 'program'
  | 'programKey'
  | 'regulation'
  | 'regulationKey'
  | 'doc'
  | 'indicator'
  | 'unit';

/** Which suggestion fills which empty parameter of which template. */
const FILL: Record<string, Record<string, Suggestion>> = {
  'agency-initiatives': { agency: 'agency' },
  'program-measures': { program: 'program' },
  'regulation-cited-by': { regulation: 'regulation' },
  neighbourhood: { key: 'programKey' },
  'shortest-path': { from: 'agencyKey', to: 'regulationKey' },
  search: { query: 'program' },
  metrics: { doc: 'doc' },
  'metrics-across': { unit: 'unit' },
  outline: { doc: 'doc' },
  'program-timeline': { program: 'program' },
  'indicator-series': { indicator: 'indicator' },
};

/** The example values the loaded data suggests; a kind the graph lacks is left out. */
export async function readSuggestions(db: Database): Promise<Partial<Record<Suggestion, string>>> {
  const result = await db.driver.executeQuery(
    TEMPLATE_DEFAULTS,
    {},
    { database: db.name, routing: neo4j.routing.READ },
  );
  const row = result.records[0];
  if (!row) return {};
  const out: Partial<Record<Suggestion, string>> = {};
  for (const key of row.keys) {
    const value = row.get(key);
    if (typeof value === 'string' && value !== '') out[key as Suggestion] = value;
  }
  return out;
}

/** `templates` with each empty example value filled from `suggestions` where one applies. */
export function withSuggestions(
  templates: readonly Template[],
  suggestions: Partial<Record<Suggestion, string>>,
): Template[] {
  return templates.map((template) => {
    const fill = FILL[template.name] ?? {};
    const params = { ...template.params };
    for (const [param, suggestion] of Object.entries(fill)) {
      const value = suggestions[suggestion];
      if (params[param] === '' && value !== undefined) params[param] = value;
    }
    return { ...template, params };
  });
}

/** Every template, its example values taken from the loaded data. */
export async function listTemplatesForData(db: Database): Promise<Template[]> {
  return withSuggestions(TEMPLATES, await readSuggestions(db));
}
