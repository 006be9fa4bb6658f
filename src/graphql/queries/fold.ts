// Accent folding for scoring search hits in Cypher, which has no unaccent function: the pairs
// (accented letter, plain letters) that a text must be folded with to compare it with the folded words.

/** Lower case, accents removed, ligatures opened: how search words and texts are compared. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{Diacritic}/gu, '');
}

const PAIRS: Array<[string, string]> = (() => {
  const pairs: Array<[string, string]> = [['œ', 'oe'], ['æ', 'ae'], ['ß', 'ss']];
  for (const [from, to] of [[0x00c0, 0x024f], [0x0400, 0x04ff]]) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCodePoint(c).toLowerCase();
      const plain = fold(ch);
      if (plain !== ch && plain.length > 0 && !pairs.some(([a]) => a === ch)) pairs.push([ch, plain]);
    }
  }
  return pairs;
})();

/** Only the pairs whose plain form can occur in the words: fewer replace() calls per candidate text. */
export function foldPairsFor(words: string[]): Array<[string, string]> {
  const letters = new Set(words.join(''));
  return PAIRS.filter(([, plain]) => [...plain].every((l) => letters.has(l)));
}
