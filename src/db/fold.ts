// Accent folding for search. Cypher has no unaccent function, so every text is stored with its folded form
// (Text.folded), written next to its value by every write path and filled for older texts by migration 0004.
// The full-text indexes read Text.folded: per-language ones (French, English, Russian, Spanish analysers) for
// texts labelled with their language, and one for every text (exact words in any language).

/** Lower case, accents removed, ligatures opened: how search words and texts are compared. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** Languages with an analyser of their own (elision, plurals, stemming): the label that puts a text in its index. */
export const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  fr: 'FrenchText',
  en: 'EnglishText',
  ru: 'RussianText',
  es: 'SpanishText',
};

/** The language label of a text in `lang` (fr-CA counts as fr); none for other languages. */
const languageLabels = (lang: string): string[] => {
  const label = LANGUAGE_LABELS[lang.toLowerCase().split('-')[0]];
  return label ? [label] : [];
};

/** A text row as stored: its value, the value folded, and the labels written with it (`SET t:$(text.labels)`). */
export const withFolded = <T extends { value: string; lang: string }>(
  t: T,
): T & { folded: string; labels: string[] } => ({ ...t, folded: fold(t.value), labels: languageLabels(t.lang) });
