// What a translation file carries, whatever its format (XLIFF 2.0 or CSV).
import type { Label, Visibility } from '../model/derived.js';
import type { TextState, TranslationStatus } from '../model/translation.js';

/** One text to translate, as an export gives it: where it is, its context, and where it stands. */
export interface ExportUnit {
  kind: Label;
  id: string;
  field: string;
  visibility: Visibility;
  sections: string[];
  state: Exclude<TextState, 'ORIGINAL'>;
  sourceLanguage: string;
  source: string;
  originalLanguage: string;
  original: string;
  target: string | null;
  status: TranslationStatus | null;
  translator: string | null;
}

export interface TranslationExport {
  language: string;
  sourceLanguage: string;
  units: ExportUnit[];
}

/** One translated text read back from a file; `place` says where it is (file and line). */
export interface ImportUnit {
  kind: Label;
  id: string;
  field: string;
  value: string;
  status: TranslationStatus;
  place: string;
}

/** A file read back: its language and translated units, or every problem found (never both). */
export type ReadTranslations =
  | { language: string; units: ImportUnit[]; untranslated: number; problems: [] }
  | { language: null; units: null; problems: string[] };

export const refused = (...problems: string[]): ReadTranslations => ({ language: null, units: null, problems });

/** `Message.free-condoms.text`: a unit's name in every format (an XLIFF NMTOKEN: no slash). */
export const unitName = (u: { kind: string; id: string; field: string }) => `${u.kind}.${u.id}.${u.field}`;
