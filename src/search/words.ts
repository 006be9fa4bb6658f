// A user's search text as the words the full-text indexes are asked for, one at a time (see cypher/queries/search.cypher).
import { badInput } from '../errors.js';
import { fold } from '../db/fold.js';

/** French elided articles and pronouns (l’, d’, qu’…), with the straight or the typographic apostrophe. */
const ELISION = /(^|[^\p{L}\p{N}\p{M}])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/giu;
/** A word: letters, digits and combining marks (Myanmar, Devanagari... keep their vowel signs). */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** British and American spellings (-ise/-ize, -isation/-ization, -yse/-yze, -our/-or): each word is also asked in
 * its other spelling, which finds the texts written either way without storing a second form. */
const SPELLINGS: Array<[RegExp, string]> = [
  [/(\w{3})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2'],
  [/(\w{3})iz(e|es|ed|ing|er|ers|ation|ations)$/, '$1is$2'],
  [/(\w{2})ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
  [/(\w{2})yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  [/(\w{3})our(s|ed|ing|ite|ites|able|ful)?$/, '$1or$2'],
  [/(\w{2}[^u])or(s|ed|ing|ite|ites|able|ful)?$/, '$1our$2'],
];

export interface QueryWord {
  /** The word as asked, folded. */
  word: string;
  /** It and its other spelling, if any. */
  forms: string[];
  /** The Lucene query for the word: its forms, OR-ed, each analysed by the index asked. */
  lucene: string;
  /** French texts: the word or its plural (-s, -x), as a whole word. The French analyser's stemmer is lighter than
   * Lucene's but still makes "traite" (trafficking) and "traitement" (treatment) one stem, so French hits are
   * checked against this on their folded text. */
  french: string;
}

/** The words of a search text: folded, elided articles dropped, at most 20. */
export function searchWords(text: string): string[] {
  const words = [...new Set(fold(text.normalize('NFC')).replace(ELISION, '$1').match(WORD) ?? [])];
  if (!words.length || words.length > 20 || text.length > 500)
    throw badInput('"text" must hold 1 to 20 words and at most 500 characters', 'text');
  return words;
}

export function spellings(word: string): string[] {
  const other = SPELLINGS.map(([re, to]) => word.replace(re, to)).filter((w) => w !== word);
  return [word, ...new Set(other)];
}

/** A French word without its plural ending (the regex adds it back as optional). */
const frenchSingular = (w: string) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w);

export function queryWords(text: string): QueryWord[] {
  return searchWords(text).map((word) => {
    const forms = spellings(word);
    // Words hold letters, digits and marks only (WORD), so neither Lucene nor the regex sees a special character;
    // lower case keeps and/or/not from being operators.
    const singulars = [...new Set(forms.map(frenchSingular))];
    return {
      word,
      forms,
      lucene: forms.length > 1 ? `(${forms.join(' OR ')})` : word,
      french: `(?s).*(?:^|[^\\p{L}\\p{N}\\p{M}])(?:${singulars.join('|')})[sx]?(?:[^\\p{L}\\p{N}\\p{M}]|$).*`,
    };
  });
}

/** The words as one Lucene query, for the messages(text:) filter: each word as typed or as a prefix. */
export function luceneQuery(text: string): string {
  return searchWords(text)
    .map((w) => (w.length >= 3 ? `(${w} OR ${w}*)` : w))
    .join(' ');
}
