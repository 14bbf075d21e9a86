import { describe, expect, it } from 'vitest';
import { NO_FILTER } from './filter-state.js';
import { DEFAULT_URL_STATE, formatUrlState, parseUrlState, type UrlState } from './url-state.js';

describe('url state', () => {
  it('reads an empty query as the defaults and writes the defaults as nothing', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(formatUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips a full state, Chinese and Cypher included', () => {
    const state: UrlState = {
      scope: { doc: '', place: 'Jurisdiction:北京市延庆区', below: 0, from: 2019, to: 2021 },
      node: 'Regulation:行政处罚法',
      view: 'console',
      arg: 'program-measures',
      hiddenKinds: ['Metric', 'Section'],
      colorBy: 'community',
      sizeBy: 'pagerank',
      lang: 'en',
      cypher: 'MATCH (p:Program {name: $program})\nRETURN p & "x"',
      params: '{"program":"冬奥会筹办"}',
      filter: { ...NO_FILTER, status: 'done', minDegree: 2 },
      labelDensity: 2,
      pathFrom: null,
      pathTo: null,
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it('drops unknown views, kinds and modes instead of failing', () => {
    const state = parseUrlState('?view=nope&hide=Agency,Bogus,Agency&color=pink&size=big&lang=fr');
    expect(state.view).toBe('graph');
    expect(state.hiddenKinds).toEqual(['Agency']);
    expect(state.colorBy).toBe('kind');
    expect(state.sizeBy).toBe('degree');
    expect(state.lang).toBe('zh');
  });

  it('writes the console query only on the console view, and no argument on the graph view', () => {
    const base = { ...DEFAULT_URL_STATE, cypher: 'RETURN 1', arg: 'x' };
    expect(formatUrlState({ ...base, view: 'regulations' })).toBe('?view=regulations&arg=x');
    expect(formatUrlState({ ...base, view: 'graph' })).toBe('');
    expect(formatUrlState({ ...base, view: 'console' })).toContain('cypher=RETURN+1');
  });

  it('gives equal URLs for equal states whatever the order of hidden kinds', () => {
    const a = formatUrlState({ ...DEFAULT_URL_STATE, hiddenKinds: ['Section', 'Metric'] });
    const b = formatUrlState({ ...DEFAULT_URL_STATE, hiddenKinds: ['Metric', 'Section'] });
    expect(a).toBe(b);
  });

  it('keeps the two ends of the paths view only on that view', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      view: 'paths' as const,
      pathFrom: 'Agency:国务院',
      pathTo: 'Program:冬奥会筹办',
    };
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
    expect(formatUrlState({ ...state, view: 'graph' })).toBe('');
  });
});
