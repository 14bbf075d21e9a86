import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../graph/types.js';
import { currentLang, label, MESSAGES, onLangChange, setLang, t } from './i18n.js';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) expect(text, `${lang} ${key}`).not.toBe('');
    }
  });

  it('names every node kind and relationship type', () => {
    for (const kind of NODE_KINDS) expect(label('kind', kind)).not.toBe(kind === 'Document' ? '' : kind);
    for (const rel of EDGE_KINDS) expect(label('rel', rel)).not.toBe(rel);
    expect(label('rel', 'UNKNOWN')).toBe('UNKNOWN');
  });

  it('fills variables and switches language, telling listeners', () => {
    expect(t('status.counts', { nodes: 3, edges: 4 }, 'zh')).toBe('3 个节点 · 4 条关系');
    expect(t('status.counts', { nodes: 3 }, 'en')).toBe('3 nodes · {edges} edges');
    const seen: string[] = [];
    const off = onLangChange((lang) => seen.push(lang));
    setLang('en');
    expect(t('nav.regulations')).toBe('Regulations');
    setLang('en');
    setLang('zh');
    off();
    expect(seen).toEqual(['en', 'zh']);
    expect(currentLang()).toBe('zh');
  });
});
