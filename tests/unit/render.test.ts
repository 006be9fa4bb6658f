import { describe, expect, it } from 'vitest';
import { render } from '../../src/graphql/projection/render.js';
import { decodeCursor, encodeCursor, pageSize } from '../../src/graphql/pagination.js';
import { luceneQuery } from '../../src/graphql/queries/search.js';
import { normaliseLanguage } from '../../src/graphql/language.js';
import { fold } from '../../src/db/fold.js';

describe('templates', () => {
  it('keeps #if blocks only when their flag is on and fills slots', () => {
    const t = 'A\n//#if x\nB {{s}}\n//#endif\n//#if y\nC\n//#endif\nD';
    expect(render(t, { s: '{id: n.id}' }, { x: true })).toBe('A\nB {id: n.id}\nD');
    expect(() => render('{{missing}}', {})).toThrow(/slot missing/);
  });

  it('repeats a defined block where it is used, with its #if blocks', () => {
    const t = '//#define part\nP\n//#if x\nQ\n//#endif\n//#enddefine\nA\n//#use part\nB\n//#use part';
    expect(render(t, {}, { x: true })).toBe('A\nP\nQ\nB\nP\nQ');
    expect(render(t, {}, {})).toBe('A\nP\nB\nP');
    expect(() => render('//#use nothing', {})).toThrow(/no block nothing/);
  });
});

describe('cursors and pages', () => {
  it('round-trips keys and rejects foreign cursors with BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor([2, 'free-condoms']), 2)).toEqual([2, 'free-condoms']);
    expect(() => decodeCursor(encodeCursor(['x']), 2)).toThrow(/cursor/);
    expect(() => decodeCursor('%%%', 1)).toThrow(/cursor/);
    expect(() => pageSize(101)).toThrow(/0 to 100/);
    expect(pageSize(undefined)).toBe(20);
  });
});

describe('search text', () => {
  it('escapes Lucene syntax and folds accents in prefixes', () => {
    expect(luceneQuery('préservatifs')).toBe('(préservatifs OR preservatifs*)');
    expect(luceneQuery('a AND (b')).toBe('a (and OR and*) b');
    expect(() => luceneQuery('   ')).toThrow(/text/);
  });

  it('normalises BCP 47 tags and refuses others', () => {
    expect(normaliseLanguage('EN-gb')).toBe('en-GB');
    expect(normaliseLanguage(undefined)).toBeNull();
    expect(() => normaliseLanguage('not a tag')).toThrow(/BCP 47/);
  });
});

describe('accent folding for search scores', () => {
  it('folds like the index: lower case, accents and ligatures, Latin, Vietnamese and Cyrillic', () => {
    expect(fold('Préservatifs ŒUVRE Ёлка')).toBe('preservatifs oeuvre елка');
    expect(fold('Tiếng Việt')).toBe('tieng viet');
  });
});
