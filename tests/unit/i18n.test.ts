// The interface catalogues (src/i18n/locales): every language has every string, each one is valid ICU
// MessageFormat with the English source's arguments, plurals and numbers follow the locale, and a string a
// catalogue lacks falls back to English visibly.
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  LOCALES,
  MISSING_MARK,
  direction,
  localeFor,
  makeTranslator,
  missingKeys,
  translator,
} from '../../src/i18n/messages.js';
import { argsOf } from '../support/icu.js';

describe('interface catalogues', () => {
  it('covers the six UN languages and the programmes’ Burmese, Malagasy and Amharic', () => {
    expect([...LOCALES].sort()).toEqual(['am', 'ar', 'en', 'es', 'fr', 'mg', 'my', 'ru', 'zh-Hans']);
  });

  it('gives every language every string of the English source, and nothing the source lacks', () => {
    const report = Object.fromEntries(LOCALES.map((l) => [l, missingKeys(l)]));
    expect(report).toEqual(Object.fromEntries(LOCALES.map((l) => [l, []])));
    for (const l of LOCALES) expect(Object.keys(CATALOGUES[l]).sort(), l).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it('holds valid ICU messages using the same arguments as the English source', () => {
    expect(argsOf('{a} {b, plural, one {#} other {{c, number}}}', 'en')).toEqual(['a', 'b', 'c']);
    for (const l of LOCALES)
      for (const [key, message] of Object.entries(CATALOGUES[l]))
        expect(argsOf(message!, l), `${l} ${key}`).toEqual(argsOf(CATALOGUES.en[key as 'none']!, 'en'));
  });

  it('writes plurals and numbers in each locale’s form', () => {
    expect(translator('ru').t('heading.bridging', { count: 3 })).toBe('Общие для 3 тем');
    expect(translator('ru').t('heading.bridging', { count: 21 })).toBe('Общие для 21 темы');
    expect(translator('ar').t('heading.bridging', { count: 2 })).toBe('يشترك فيها موضوعان');
    expect(translator('fr').t('space.coverage', { carried: 1500, selected: 2000 })).toBe(
      'porte 1\u202f500 des 2\u202f000 messages', // French groups thousands with a narrow no-break space
    );
    expect(translator('fr').t('space.coverage', { carried: 0, selected: 1 })).toBe(
      'ne porte encore aucun des 1 message',
    );
    // Burmese numbers in Myanmar digits, as CLDR has them.
    expect(translator('my').t('note.internal', { count: 12 })).toBe('အတွင်းရေး အချက် ၁၂ ခု');
    expect(translator('fr').t('meta.dateValue', { date: new Date('2026-03-04') })).toBe('4 mars 2026');
    expect(translator('en').t('meta.dateValue', { date: new Date('2026-03-04') })).toBe('March 4, 2026');
  });

  it('falls back to the English string, marked, when a catalogue lacks one; an unknown enum value shows as itself', () => {
    const partial = makeTranslator('fr', { 'heading.spaces': 'Espaces de plaidoyer' });
    expect(partial.t('heading.spaces')).toBe('Espaces de plaidoyer');
    expect(partial.t('heading.partners')).toBe(`Partner organisations${MISSING_MARK}`);
    expect(MISSING_MARK.trim()).not.toBe('');
    expect(translator('fr').term('organisationKind', 'COOPERATIVE')).toBe('COOPERATIVE');
    expect(translator('fr').term('level', 'REGIONAL')).toBe('régional');
  });

  it('picks the catalogue serving a request, and the direction of its script', () => {
    expect(localeFor(['zh-CN'])).toBe('zh-Hans');
    expect(localeFor(['fr-CA'])).toBe('fr');
    expect(localeFor(['de', 'es-MX'])).toBe('es');
    expect(localeFor([null, 'not a tag', 'am-ET'])).toBe('am');
    expect(localeFor(['de'])).toBe('en');
    expect(localeFor([])).toBe('en');
    expect(translator('ar').dir).toBe('rtl');
    expect(direction('my')).toBe('ltr');
  });
});
