// The checks every translation file gets, whatever its format: a known kind, id and text field, one of the
// statuses, a language tag, each text once. Problems are collected with their place, none thrown.
import { LABELS, TEXT_FIELDS, type Label } from '../model/derived.js';
import { ID_MESSAGE, isId } from '../model/ids.js';
import { LANGUAGE_MESSAGE, canonicalLanguage } from '../model/language.js';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../model/translation.js';
import { type ImportUnit, type ReadTranslations, refused, unitName } from './units.js';

export class UnitChecker {
  readonly problems: string[] = [];
  readonly units: ImportUnit[] = [];
  untranslated = 0;
  private readonly seen = new Map<string, string>();

  /** The file's target language in canonical form, or null (reported). */
  language(place: string, tag: unknown): string | null {
    const lang = typeof tag === 'string' ? canonicalLanguage(tag) : null;
    if (!lang) this.problems.push(`${place}: the target language ${LANGUAGE_MESSAGE}`);
    return lang;
  }

  /** Checks one unit; a unit without a translation is counted, not imported. */
  add(place: string, u: { kind: string; id: string; field: string; value: string | null; status: string | null }) {
    const problems: string[] = [];
    if (!(LABELS as readonly string[]).includes(u.kind))
      problems.push(`unknown kind "${u.kind}" (one of ${LABELS.join(', ')})`);
    else if (![TEXT_FIELDS[u.kind as Label].required, ...TEXT_FIELDS[u.kind as Label].optional].includes(u.field))
      problems.push(`${u.kind} has no text field "${u.field}"`);
    if (!isId(u.id)) problems.push(`id "${u.id}" ${ID_MESSAGE}`);
    const name = unitName(u);
    const first = this.seen.get(name);
    if (first) problems.push(`${name} is given twice (also at ${first})`);
    this.seen.set(name, place);
    const value = u.value?.trim() ?? '';
    if (value && !(TRANSLATION_STATUSES as readonly (string | null)[]).includes(u.status))
      problems.push(`status must be ${TRANSLATION_STATUSES.join(' or ')} for a translated text`);
    for (const p of problems) this.problems.push(`${place}: ${p}`);
    if (problems.length) return;
    if (!value) this.untranslated++;
    else
      this.units.push({
        kind: u.kind as Label,
        id: u.id,
        field: u.field,
        value,
        status: u.status as TranslationStatus,
        place,
      });
  }

  result(language: string | null): ReadTranslations {
    if (this.problems.length || !language)
      return refused(...(this.problems.length ? this.problems : ['no target language']));
    return { language, units: this.units, untranslated: this.untranslated, problems: [] };
  }
}
