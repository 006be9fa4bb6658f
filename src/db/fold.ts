// Accent folding for search scores. Cypher has no unaccent function, so every text is stored with its folded
// form (Text.folded), written next to its value by every write path and filled for older texts by migration 0004.

/** Lower case, accents removed, ligatures opened: how search words and texts are compared. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

/** A text row as stored: its value and the value folded. */
export const withFolded = <T extends { value: string }>(t: T): T & { folded: string } => ({ ...t, folded: fold(t.value) });
