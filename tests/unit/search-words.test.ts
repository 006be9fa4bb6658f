// The words search asks the indexes for, and the snippets it cuts: no database needed.
import { describe, expect, it } from 'vitest';
import { queryWords, searchWords, spellings } from '../../src/search/words.js';
import { highlights, snippet } from '../../src/search/snippet.js';

describe('search words', () => {
  it('drops French elided articles with either apostrophe, folds accents and case', () => {
    expect(searchWords("L'expulsion d’identité qu’on jusqu’ici")).toEqual(['expulsion', 'identite', 'on', 'ici']);
    expect(() => searchWords(' ,; ')).toThrow(/text/);
    expect(() => searchWords(Array.from({ length: 21 }, (_, i) => `w${i}`).join(' '))).toThrow(/20 words/);
  });

  it('asks British and American spellings both ways', () => {
    expect(spellings('decriminalization')).toEqual(['decriminalization', 'decriminalisation']);
    expect(spellings('decriminalisation')).toEqual(['decriminalisation', 'decriminalization']);
    expect(spellings('colour')).toEqual(['colour', 'color']);
    expect(spellings('behavior')).toEqual(['behavior', 'behaviour']);
    expect(spellings('analyse')).toEqual(['analyse', 'analyze']);
    expect(spellings('pour')).toEqual(['pour']);
    expect(spellings('traite')).toEqual(['traite']);
  });

  it('checks French hits as the word or its plural, never a longer word with the same stem', () => {
    const [w] = queryWords('traites');
    expect(w.lucene).toBe('traites');
    const re = new RegExp(w.french.replace('(?s)', ''), 'su');
    expect(re.test('la traite des etres humains')).toBe(true);
    expect(re.test('les traites')).toBe(true);
    expect(re.test('acces aux traitements')).toBe(false);
  });
});

describe('snippets', () => {
  it('highlights the word each matched query word stands for, as offsets', () => {
    expect(highlights('Fear of being deported from the country', [['deportation']])).toEqual([{ start: 14, end: 22 }]);
    expect(highlights('Lutte contre la traite et les traitements', [['traite']])).toEqual([{ start: 16, end: 22 }]);
    expect(highlights('Peur de l’expulsion', [['expulsion']])).toEqual([{ start: 10, end: 19 }]);
  });

  it('cuts long texts around the first highlight, at spaces, with … and shifted offsets', () => {
    const value = `${'mot '.repeat(60)}Défenseur des droits ${'fin '.repeat(60)}`.trim();
    const s = snippet(value, [['defenseur']]);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(162);
    expect(s.highlights.map((h) => s.text.slice(h.start, h.end))).toEqual(['Défenseur']);
  });
});
