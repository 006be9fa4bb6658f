// BCP 47 language tags: the one syntax rule, the one canonical form (stored tags are canonical, so stored and
// asked tags compare equal) and the one fallback rule for reading a text in a language.

const SYNTAX = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const canonical = new Map<string, string | null>();

export const LANGUAGE_MESSAGE = 'must be a BCP 47 language tag such as fr, en or pt-BR';

/** The tag in its usual case (fr, en-GB, zh-Hans), or null when it is not a BCP 47 tag. */
export function canonicalLanguage(tag: string): string | null {
  let found = canonical.get(tag);
  if (found === undefined) {
    try {
      found = SYNTAX.test(tag) ? Intl.getCanonicalLocales(tag)[0] : null;
    } catch {
      found = null;
    }
    if (canonical.size < 10_000) canonical.set(tag, found);
  }
  return found;
}

/** A tag as it is stored: valid and already canonical. */
export const isLanguageTag = (value: unknown): value is string =>
  typeof value === 'string' && canonicalLanguage(value) === value;

/** The languages to try, in order, for a text asked in `language`: that language, then its base language
 * (fr for fr-CA); a reader falls back to the original text after these. */
export function fallbackLanguages(language: string | null): string[] {
  if (!language) return [];
  const base = language.split('-')[0];
  return base === language ? [language] : [language, base];
}
