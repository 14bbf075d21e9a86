// The extraction targets on the annotated reference report, scored by the annotation's own
// scorer (test/fixtures/eval/score.py): a regression below a target fails the suite.

import { describe, expect, it } from 'vitest';
import { score } from '../scripts/eval.js';
import { REFERENCE, ROOT } from './helpers.js';

describe('extraction quality on the reference report', () => {
  const result = score(REFERENCE, `${ROOT}/test/fixtures/eval/00.gold.json`);

  it('finds the entities: F1 at least 0.90, no negative hit', () => {
    expect(result.entities.F1).toBeGreaterThanOrEqual(0.9);
    expect(result.entities.negatives_hit).toEqual([]);
  });

  it('finds the metrics: F1 at least 0.95', () => {
    expect(result.metrics.F1).toBeGreaterThanOrEqual(0.95);
  });

  it('links regulations to their issuers, agencies to programs and measures to programs', () => {
    expect(result.issued_by.R).toBe(1);
    expect(result.agency_program.R).toBeGreaterThanOrEqual(0.8);
    expect(result.measures_by_program.R).toBeGreaterThanOrEqual(0.8);
  });
});
