// The words the service adds around the graph's texts, from one ICU MessageFormat catalogue per interface
// language (locales/*.json). English is the source: a key another catalogue lacks is shown in English with a
// visible mark, never blank.
import { match } from '@formatjs/intl-localematcher';
import { IntlMessageFormat } from 'intl-messageformat';
import am from './locales/am.json' with { type: 'json' };
import ar from './locales/ar.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import mg from './locales/mg.json' with { type: 'json' };
import my from './locales/my.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import zhHans from './locales/zh-Hans.json' with { type: 'json' };

export type MessageKey = keyof typeof en;
type Catalogue = Partial<Record<MessageKey, string>>;

export const CATALOGUES: Record<string, Catalogue> = {
  en,
  fr,
  es,
  ar,
  ru,
  'zh-Hans': zhHans,
  my,
  mg,
  am,
};
export const LOCALES = Object.keys(CATALOGUES);
const SOURCE = 'en';

/** Added after an English string standing in for one the catalogue lacks. */
export const MISSING_MARK = ' [en]';

type Values = Record<string, string | number | Date>;

export interface Translator {
  /** The catalogue's BCP 47 tag, as documents declare it (`lang`). */
  locale: string;
  dir: 'ltr' | 'rtl';
  t(key: MessageKey, values?: Values): string;
  /** An enum value (REGIONAL, NGO, LESSON) in words; the value itself when the catalogue has no entry for it. */
  term(group: string, value: string): string;
  /** A language's name in this locale ("русский" for ru in Russian). */
  languageName(tag: string): string;
}

/** Dates are calendar days (the pack's date is UTC), so they are formatted in UTC wherever the server runs. */
const FORMATS = { date: { long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } } } as const;

/** Writing direction of a tag's script (Arabic: rtl), from the runtime's CLDR data. */
export function direction(tag: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The catalogue that best serves the given tags, most preferred first (zh-CN gets zh-Hans, fr-CA fr); English when none does. */
export function localeFor(tags: ReadonlyArray<string | null | undefined>): string {
  const requested = tags
    .filter((t): t is string => Boolean(t))
    .flatMap((t) => {
      try {
        return [Intl.getCanonicalLocales(t)[0]];
      } catch {
        return [];
      }
    });
  return match(requested, LOCALES, SOURCE, { algorithm: 'best fit' });
}

export const isMessageKey = (key: string): key is MessageKey => key in en;

/** Keys of the English source that a catalogue lacks (shown in English, marked). */
export const missingKeys = (locale: string): MessageKey[] =>
  (Object.keys(en) as MessageKey[]).filter((k) => !CATALOGUES[locale]?.[k]);

/** A translator over one catalogue; keys it lacks come from the English source, marked. */
export function makeTranslator(locale: string, catalogue: Catalogue): Translator {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey, values?: Values): string => {
    let f = compiled.get(key);
    if (!f) {
      const own = catalogue[key];
      f = new IntlMessageFormat(own ?? en[key], own ? locale : SOURCE, FORMATS);
      compiled.set(key, f);
    }
    return String(f.format(values)) + (catalogue[key] ? '' : MISSING_MARK);
  };
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  return {
    locale,
    dir: direction(locale),
    t: format,
    term: (group, value) => {
      const key = `${group}.${value}`;
      return isMessageKey(key) ? format(key) : value;
    },
    languageName: (tag) => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}

const cache = new Map<string, Translator>();

/** The translator of a catalogue (English for an unknown locale), built once per process. */
export function translator(locale: string): Translator {
  const known = CATALOGUES[locale] ? locale : SOURCE;
  let tr = cache.get(known);
  if (!tr) cache.set(known, (tr = makeTranslator(known, CATALOGUES[known])));
  return tr;
}
