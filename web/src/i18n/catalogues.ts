// The interface languages, one ICU MessageFormat catalogue each (locales/*.json), formatted by intl-messageformat:
// plurals, numbers and dates in each language's own rules. English is the source and ships with the page; another
// language's catalogue is its own small file, fetched when that language is chosen. A key a catalogue lacks shows
// the English text with a visible mark, never blank. Framework-free: the workspace and the explorer both use it.
import { IntlMessageFormat } from 'intl-messageformat';
import en from './locales/en.json';

export type Key = keyof typeof en;
type Catalogue = Partial<Record<Key, string>>;
type Params = Record<string, string | number | Date>;

/** Each language named in itself, in the order of the language menus; `dir` where it is written right to left. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
  { tag: 'es', name: 'Español' },
  { tag: 'ar', name: 'العربية', dir: 'rtl' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'zh-Hans', name: '简体中文' },
  { tag: 'my', name: 'မြန်မာ' },
  { tag: 'mg', name: 'Malagasy' },
  { tag: 'am', name: 'አማርኛ' },
] as const;

export type Lang = (typeof LANGUAGES)[number]['tag'];

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<{ default: Catalogue }>> = {
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
  ar: () => import('./locales/ar.json'),
  ru: () => import('./locales/ru.json'),
  'zh-Hans': () => import('./locales/zh-Hans.json'),
  my: () => import('./locales/my.json'),
  mg: () => import('./locales/mg.json'),
  am: () => import('./locales/am.json'),
};

/** After an English text standing in for one the catalogue lacks (as in the packs). */
export const MISSING_MARK = ' [en]';

export function isLang(tag: string | null | undefined): tag is Lang {
  return LANGUAGES.some((l) => l.tag === tag);
}

/** A tag's language and script, from the runtime's CLDR data (zh-CN: zh-Hans, zh-TW: zh-Hant, fr-CA: fr-Latn). */
function languageAndScript(tag: string): string | null {
  try {
    const full = new Intl.Locale(tag).maximize();
    return `${full.language}-${full.script}`;
  } catch {
    return null;
  }
}

/** The first of the browser's languages (most preferred first) we have a catalogue for, else English. */
export function preferredLang(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const wanted = languageAndScript(tag);
    const found = LANGUAGES.find((l) => wanted && languageAndScript(l.tag) === wanted);
    if (found) return found.tag;
  }
  return 'en';
}

export interface Translator {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  t(key: Key, params?: Params): string;
  /** A number as the language writes it (also percentages). */
  number(n: number, options?: Intl.NumberFormatOptions): string;
  /** Names one after the other with the language's separator (Arabic ، Chinese 、 Amharic ፣). */
  list(items: readonly string[]): string;
}

/** A translator over one catalogue; keys it lacks come from the English source, marked. */
export function makeTranslator(lang: Lang, catalogue: Catalogue): Translator {
  const compiled = new Map<Key, IntlMessageFormat>();
  const language = LANGUAGES.find((l) => l.tag === lang)!;
  const t: Translator['t'] = (key, params) => {
    const own = catalogue[key];
    let format = compiled.get(key);
    if (!format) compiled.set(key, (format = new IntlMessageFormat(own ?? en[key], own ? lang : 'en')));
    return String(format.format(params)) + (own ? '' : MISSING_MARK);
  };
  return {
    lang,
    dir: 'dir' in language ? language.dir : 'ltr',
    t,
    number: (n, options) => new Intl.NumberFormat(lang, options).format(n),
    list: (items) => items.join(t('listSeparator')),
  };
}

const loaded = new Map<Lang, Promise<Translator>>();

/** The translator of a language, its catalogue fetched once per page. */
export function loadTranslator(lang: Lang): Promise<Translator> {
  let translator = loaded.get(lang);
  if (!translator) {
    translator =
      lang === 'en'
        ? Promise.resolve(makeTranslator('en', en))
        : LOADERS[lang]().then((m) => makeTranslator(lang, m.default));
    loaded.set(lang, translator);
  }
  return translator;
}

/** The page's language and direction, where screen readers, fonts and the layout read them. */
export function declare(translator: Translator): void {
  document.documentElement.lang = translator.lang;
  document.documentElement.dir = translator.dir;
}
