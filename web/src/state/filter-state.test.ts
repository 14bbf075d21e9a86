import { describe, expect, it } from 'vitest';
import {
  formatFilter,
  isActive,
  NO_FILTER,
  type NodeFacts,
  parseFilter,
  passes,
  setCriterion,
} from './filter-state.js';

const facts = (over: Partial<NodeFacts>): NodeFacts => ({ years: [], reports: 0, degree: 1, ...over });

describe('filter state', () => {
  it('judges a node only on the properties it carries, all criteria together', () => {
    let filter = setCriterion(NO_FILTER, 'status', 'done');
    expect(passes(facts({ status: 'done' }), filter)).toBe(true);
    expect(passes(facts({ status: 'planned' }), filter)).toBe(false);
    expect(passes(facts({ jurisdiction: '北京市' }), filter)).toBe(true);
    filter = setCriterion(filter, 'minDegree', '3');
    expect(passes(facts({ status: 'done', degree: 2 }), filter)).toBe(false);
    expect(passes(facts({ status: 'done', degree: 3 }), filter)).toBe(true);
  });

  it('keeps a node when one of its years is in range, and counts reports', () => {
    const filter = setCriterion(setCriterion(NO_FILTER, 'yearFrom', 2021), 'minReports', 2);
    expect(passes(facts({ years: [2019, 2022] }), filter)).toBe(true);
    expect(passes(facts({ years: [2019] }), filter)).toBe(false);
    expect(passes(facts({ reports: 1 }), filter)).toBe(false);
    expect(passes(facts({ reports: 2 }), filter)).toBe(true);
  });

  it('lifts a criterion on an empty or bad value, and round-trips through the URL', () => {
    expect(setCriterion(setCriterion(NO_FILTER, 'status', 'done'), 'status', '')).toEqual(NO_FILTER);
    expect(setCriterion(NO_FILTER, 'minDegree', 'abc')).toBe(NO_FILTER);
    expect(isActive(NO_FILTER)).toBe(false);
    const filter = { ...NO_FILTER, docType: '条例;x:y', yearFrom: 2020, minDegree: 2 };
    expect(formatFilter(filter)).toBe('type:%E6%9D%A1%E4%BE%8B%3Bx%3Ay;from:2020;degree:2');
    expect(parseFilter(formatFilter(filter))).toEqual(filter);
    expect(parseFilter('bogus:1;degree:x;status:%E0')).toEqual(NO_FILTER);
  });
});
