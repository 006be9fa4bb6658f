import { describe, expect, it } from 'vitest';
import { render } from '../../src/db/render.js';
import { decodeCursor, encodeCursor, pageSize } from '../../src/graphql/pagination.js';
import { luceneQuery } from '../../src/search/words.js';
import { normaliseLanguage } from '../../src/graphql/language.js';
import { fold } from '../../src/db/fold.js';

// One test per rule of the template language documented at the top of src/graphql/projection/render.ts.
describe('templates', () => {
  it('fills {{slots}} and refuses a slot it was not given', () => {
    expect(render('RETURN {{node}} AS n', { node: '{id: n.id}' })).toBe('RETURN {id: n.id} AS n');
    expect(() => render('{{missing}}', {})).toThrow(/slot missing/);
  });

  it('keeps an #if part when its flag is on, the #else part when it is off or not given', () => {
    const t = 'A\n//#if x\nB\n//#else\nC\n//#endif\nD';
    expect(render(t, {}, { x: true })).toBe('A\nB\nD');
    expect(render(t, {}, { x: false })).toBe('A\nC\nD');
    expect(render(t, {})).toBe('A\nC\nD');
    expect(render('A\n//#if x\nB\n//#endif', {}, {})).toBe('A');
  });

  it('nests #if blocks and refuses unbalanced ones', () => {
    const t = '//#if a\n//#if b\nAB\n//#else\nA\n//#endif\n//#else\nN\n//#endif';
    expect(render(t, {}, { a: true, b: true })).toBe('AB');
    expect(render(t, {}, { a: true })).toBe('A');
    expect(render(t, {}, { b: true })).toBe('N');
    expect(() => render('//#if a\nX', {})).toThrow(/without \/\/#endif/);
    expect(() => render('X\n//#endif', {})).toThrow(/without \/\/#if/);
    expect(() => render('//#else', {})).toThrow(/without \/\/#if/);
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
    expect(decodeCursor(encodeCursor([2, 'free-condoms']), ['int', 'string'])).toEqual([2, 'free-condoms']);
    expect(decodeCursor(encodeCursor([0.5, 'MESSAGE', 'm']), ['number', 'string', 'string'])).toEqual([
      0.5,
      'MESSAGE',
      'm',
    ]);
    expect(() => decodeCursor(encodeCursor([0.5, 'free-condoms']), ['int', 'string'])).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor(['x']), ['int', 'string'])).toThrow(/cursor/);
    expect(() => decodeCursor('%%%', ['string'])).toThrow(/cursor/);
    expect(() => pageSize(101)).toThrow(/0 to 100/);
    expect(pageSize(undefined)).toBe(20);
  });
});

describe('search text', () => {
  it('keeps words only, folded, so Lucene syntax never reaches the index', () => {
    expect(luceneQuery('préservatifs')).toBe('(preservatifs OR preservatifs*)');
    expect(luceneQuery('a AND (b')).toBe('a (and OR and*) b');
    expect(luceneQuery('l’expulsion* title:x~')).toBe('(expulsion OR expulsion*) (title OR title*) x');
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
