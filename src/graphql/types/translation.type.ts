// Translations of content: coverage of a language, a file for translators, and what an import did.
// Built in TypeScript and read by field name (__raw); no field touches the database. No type has an `id`
// field: a coverage depends on the asked language, so a client cache must not merge two of them.
import { Field, Int, ObjectType } from 'type-graphql';
import { EXPORT_SCOPES } from '../../model/translation.js';
import { COUNTS } from '../../translations/coverage.js';
import { TRANSLATION_FORMATS } from '../../translations/import.js';
import { graphqlEnum } from './enums.js';

export const TranslationFormat = graphqlEnum(
  'TranslationFormat',
  TRANSLATION_FORMATS,
  'XLIFF 2.0 (for translation tools) or CSV (for spreadsheets)',
);
export type TranslationFormat = keyof typeof TranslationFormat;
export const TranslationScope = graphqlEnum(
  'TranslationScope',
  EXPORT_SCOPES,
  'MISSING: texts the language lacks; UNREVIEWED: those and the drafts; ALL: every text',
);

@ObjectType()
class MissingText {
  @Field(() => String, { description: 'The id of the record (unique per kind)' }) recordId!: string;
  @Field(() => String, { description: 'name, text, description...' }) field!: string;
}

/** What each count of a coverage (translations/coverage.ts) holds: said on a kind's, the totals' sum them. */
const COUNTED: Record<(typeof COUNTS)[number], string | undefined> = {
  texts: 'Texts of records you may see',
  original: 'Written in this language in the first place',
  reviewed: 'Translations reviewed by a person',
  draft: 'Draft translations awaiting review',
  missing: undefined,
};
function declareCounts(target: abstract new () => object, described: boolean): void {
  for (const [key, description] of Object.entries(COUNTED))
    Field(() => Int, described && description ? { description } : {})(target.prototype, key);
}

@ObjectType({ description: 'Texts of one kind of record in a language' })
class KindCoverage {
  @Field(() => String, { description: 'The kind of record: Theme, Message, Evidence...' }) kind!: string;
  @Field(() => [MissingText]) missingTexts!: MissingText[];
}
declareCounts(KindCoverage, true);

@ObjectType({ description: 'How much of what you may see exists in a language' })
export class TranslationCoverage {
  @Field(() => String) language!: string;
  @Field(() => [KindCoverage]) kinds!: KindCoverage[];
}
declareCounts(TranslationCoverage, false);

@ObjectType({ description: 'Texts to translate, as a file for a translator' })
export class TranslationFile {
  @Field(() => String) language!: string;
  @Field(() => String) sourceLanguage!: string;
  @Field(() => TranslationFormat) format!: TranslationFormat;
  @Field(() => Int, { description: 'How many texts the file holds' }) texts!: number;
  @Field(() => String, { description: 'The file itself: XLIFF 2.0 or CSV' }) content!: string;
}

@ObjectType()
export class TranslationImportResult {
  @Field(() => String) language!: string;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Int, { description: 'Translated texts in the file' }) units!: number;
  @Field(() => Int, { description: 'Texts the file leaves untranslated (nothing done)' }) untranslated!: number;
  @Field(() => Int, { description: 'Texts whose value or status changed' }) textsWritten!: number;
  @Field(() => Int) recordsChanged!: number;
}
