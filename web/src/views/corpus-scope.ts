// The jurisdictions with their reports, for the scope bar (web/src/scope-bar.ts) and the
// questions across reports.

import { api } from '../api.js';

export interface JurisdictionRow {
  key: string;
  name: string;
  chain: string;
  level: string;
  parent: string | null;
  reports: number;
  firstYear: number | null;
  lastYear: number | null;
}

let jurisdictions: Promise<JurisdictionRow[]> | null = null;

/** The jurisdictions with their reports, fetched once per page. */
export function loadJurisdictions(): Promise<JurisdictionRow[]> {
  jurisdictions ??= api.corpus<{ jurisdictions: JurisdictionRow[] }>('jurisdictions').then(
    (r) => r.jurisdictions,
    (error) => {
      jurisdictions = null;
      throw error;
    },
  );
  return jurisdictions;
}
