// search(text, language): full-text over every language of every message, accents folded by the index.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../../errors.js';
import { normaliseLanguage } from '../language.js';
import { pageSize } from '../pagination.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { merged, rootSelection } from '../projection/selection.js';
import { runRoot } from './run.js';
import { fold } from '../../db/fold.js';

function words(text: string): string[] {
  const list = text.normalize('NFC').split(/[\s\p{P}]+/u).filter(Boolean).slice(0, 20);
  if (!list.length || text.length > 500) throw badInput('"text" must hold 1 to 20 words and at most 500 characters', 'text');
  return list;
}

/** A user's words as a Lucene query: each word matches as typed or as a prefix; Lucene syntax is escaped, never interpreted. */
export function luceneQuery(text: string): string {
  const esc = (w: string) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
  // Lower case keeps AND/OR/NOT from being operators; prefix terms skip the analyzer, so fold them
  // here the way 'standard-folding' folds indexed words.
  return words(text).map((w) => (w.length >= 3 ? `(${esc(w.toLowerCase())} OR ${esc(fold(w))}*)` : esc(w.toLowerCase()))).join(' ');
}

export async function search(ctx: Context, info: GraphQLResolveInfo, args: { text: string; language?: string | null; first?: number }) {
  // Lucene only finds the candidates; the score is computed from the candidate's own texts, since Lucene's
  // scores weigh words by how rare they are in the whole index, hidden records included.
  const folded = [...new Set(words(args.text).map(fold))];
  const p = new Params({ query: luceneQuery(args.text), words: folded, language: normaliseLanguage(args.language), first: pageSize(args.first) });
  const message = project('Message', 'm', merged(rootSelection(info, 'SearchHit'), 'message', 'Message'), p);
  const rows = await runRoot<{ hit: { message: unknown } }>(ctx, 'queries/search', p, { message });
  return rows.map((r) => ({ ...r.hit, message: p.aliased('m', r.hit.message) }));
}
