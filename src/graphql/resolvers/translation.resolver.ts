// translationCoverage, translationFile and importTranslations (see mutations/translations.ts).
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ExportScope } from '../../model/translation.js';
import type { Context } from '../context.js';
import { coverage, importFile, translationFile } from '../mutations/translations.js';
import {
  TranslationCoverage,
  TranslationFile,
  TranslationFormat,
  TranslationImportResult,
  TranslationScope,
} from '../types/translation.type.js';

@Resolver()
export class TranslationResolver {
  @Query(() => TranslationCoverage, {
    description:
      'How many texts of each kind you may see exist in a language (original, reviewed, draft), and which are missing',
  })
  translationCoverage(@Arg('language', () => String) language: string, @Ctx() ctx: Context) {
    return coverage(ctx, language);
  }

  @Query(() => TranslationFile, {
    description:
      'Editors and admins: the texts a language lacks (or all), as XLIFF 2.0 or CSV with their context and visibility',
  })
  translationFile(
    @Arg('language', () => String) language: string,
    @Arg('format', () => TranslationFormat, { defaultValue: TranslationFormat.XLIFF }) format: TranslationFormat,
    @Arg('scope', () => TranslationScope, { defaultValue: 'UNREVIEWED' }) scope: ExportScope,
    @Arg('sourceLanguage', () => String, { defaultValue: 'en', description: 'Else the original' })
    sourceLanguage: string,
    @Ctx() ctx: Context,
  ) {
    return translationFile(ctx, { language, format, scope, sourceLanguage });
  }

  @Mutation(() => TranslationImportResult, {
    description:
      'Editors and admins: a translated file (XLIFF 2.0 or CSV) back, each text DRAFT or REVIEWED, all-or-nothing; history records each record translated',
  })
  importTranslations(
    @Arg('format', () => TranslationFormat) format: TranslationFormat,
    @Arg('content', () => String) content: string,
    @Arg('translator', () => String, { nullable: true, description: 'Who translated; default your key' })
    translator: string | null,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return importFile(ctx, { format, content, translator, dryRun });
  }
}
