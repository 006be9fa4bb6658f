// The interface languages: one catalogue module each. A language is added by writing its module and listing it here.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, type Catalogue, type Plural } from './en';
import { fr } from './fr';

const CATALOGUES = { en, fr } satisfies Record<string, Catalogue>;

export type Lang = keyof typeof CATALOGUES;
export type Key = keyof Catalogue;
type Params = Record<string, string | number>;

/** Each language named in itself, for the language menu. */
export const LANGUAGES: Array<{ tag: Lang; name: string }> = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
];

export function isLang(tag: string | null | undefined): tag is Lang {
  return !!tag && Object.hasOwn(CATALOGUES, tag);
}

/** The first of the browser's languages we have, else English. */
export function preferredLang(tags: readonly string[]): Lang {
  return tags.map((t) => t.toLowerCase().split('-')[0]).find(isLang) ?? 'en';
}

export interface Translator {
  lang: Lang;
  t(key: Key, params?: Params): string;
  /** A number as the language writes it (also percentages). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

const fill = (text: string, params: Params = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function translator(lang: Lang): Translator {
  const catalogue: Catalogue = CATALOGUES[lang];
  const plural = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return {
    lang,
    t(key, params) {
      const entry = catalogue[key] as string | Plural;
      if (typeof entry === 'string') return fill(entry, params);
      const count = Number(params?.count ?? 0);
      return fill(plural.select(count) === 'one' ? entry.one : entry.other, {
        ...params,
        count: numbers.format(count),
      });
    },
    number: (n, options) => new Intl.NumberFormat(lang, options).format(n),
  };
}

export const I18n = createContext<Translator>(translator('en'));
export const useI18n = () => useContext(I18n);
