// Translations of content: a text that is not an original carries who translated it and how far it got.
// A translation without a status (the English texts the project wrote with the record) counts as reviewed.

export const TRANSLATION_STATUSES = ['DRAFT', 'REVIEWED'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** Where a text stands in a language: the original, a translation (reviewed or draft), or missing. */
export type TextState = 'ORIGINAL' | TranslationStatus | 'MISSING';

/** Which texts a translation export holds: those a language lacks, those not yet reviewed too, or all. */
export const EXPORT_SCOPES = ['MISSING', 'UNREVIEWED', 'ALL'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];
