// BCP 47 tags in their usual case (fr, en-GB, zh-Hans), so stored and asked tags compare equal.
import { badInput } from '../errors.js';

export function normaliseLanguage(tag: unknown, field = 'language'): string | null {
  if (tag === null || tag === undefined || tag === '') return null;
  if (typeof tag !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) {
    throw badInput(`"${String(tag)}" is not a BCP 47 language tag such as fr, en or zh-Hans`, field);
  }
  try { return Intl.getCanonicalLocales(tag)[0]; } catch { throw badInput(`"${tag}" is not a valid BCP 47 language tag`, field); }
}
