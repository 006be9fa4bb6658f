// Language arguments: the domain's BCP 47 rule (src/model/language.ts), put in its usual case (fr, en-GB,
// zh-Hans) so stored and asked tags compare equal; anything else is BAD_USER_INPUT.
import { badInput } from '../errors.js';
import { canonicalLanguage } from '../model/language.js';

export function normaliseLanguage(tag: unknown, field = 'language'): string | null {
  if (tag === null || tag === undefined || tag === '') return null;
  const canonical = typeof tag === 'string' ? canonicalLanguage(tag) : null;
  if (!canonical) throw badInput(`"${String(tag)}" is not a BCP 47 language tag such as fr, en or zh-Hans`, field);
  return canonical;
}
