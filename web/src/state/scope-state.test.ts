import { describe, expect, it } from 'vitest';
import {
  isWhole,
  isWithin,
  type Place,
  parseScope,
  pickPlace,
  pickReport,
  reportInScope,
  scopeQuery,
  setYears,
  WHOLE_SCOPE,
  writeScope,
} from './scope-state.js';

const places = new Map<string, Place>([
  ['J:广东省', { key: 'J:广东省', parent: null }],
  ['J:深圳市', { key: 'J:深圳市', parent: 'J:广东省' }],
  ['J:宝安区', { key: 'J:宝安区', parent: 'J:深圳市' }],
]);

describe('scope state', () => {
  it('round-trips through the URL, writing only what narrows it', () => {
    expect(scopeQuery(WHOLE_SCOPE)).toBe('');
    const scope = { doc: '', place: 'J:深圳市', below: 0, from: 2019, to: 2021 };
    expect(scopeQuery(scope)).toBe('place=J%3A%E6%B7%B1%E5%9C%B3%E5%B8%82&below=0&from=2019&to=2021');
    const page = new URLSearchParams();
    writeScope(page, scope);
    expect(parseScope(page)).toEqual(scope);
    expect(parseScope(new URLSearchParams('yfrom=abc&yto=99999&below=2'))).toEqual(WHOLE_SCOPE);
    expect(scopeQuery({ ...WHOLE_SCOPE, below: 0 })).toBe('');
  });

  it('a report excludes place and years; a place or years leave the report', () => {
    const years = setYears(WHOLE_SCOPE, 2022, 2019);
    expect(years).toMatchObject({ from: 2019, to: 2022 });
    expect(pickReport(years, 'r1')).toEqual({ ...WHOLE_SCOPE, doc: 'r1' });
    expect(pickPlace(pickReport(years, 'r1'), 'J:深圳市')).toMatchObject({ doc: '', place: 'J:深圳市' });
    expect(isWhole(pickPlace(WHOLE_SCOPE, ''))).toBe(true);
  });

  it('keeps the reports of a place, with or without the levels below, and of the years', () => {
    const baoan = { id: 'b2021', placeKey: 'J:宝安区', year: 2021 };
    const city = { id: 's2021', placeKey: 'J:深圳市', year: 2021 };
    expect(isWithin(places, 'J:宝安区', 'J:广东省', true)).toBe(true);
    expect(isWithin(places, 'J:宝安区', 'J:广东省', false)).toBe(false);
    const below = { ...WHOLE_SCOPE, place: 'J:深圳市' };
    expect([baoan, city].filter((r) => reportInScope(places, r, below)).map((r) => r.id)).toEqual(['b2021', 's2021']);
    const own = { ...below, below: 0 };
    expect([baoan, city].filter((r) => reportInScope(places, r, own)).map((r) => r.id)).toEqual(['s2021']);
    expect(reportInScope(places, baoan, setYears(below, 2022, 0))).toBe(false);
    expect(reportInScope(places, { ...baoan, year: null }, setYears(below, 2019, 0))).toBe(false);
  });
});
