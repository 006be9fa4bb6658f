// search (messages, the first API) and searchRecords (every kind, with snippets): one statement, cypher/queries/search.cypher.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { normaliseLanguage } from '../language.js';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../pagination.js';
import { project, type TypeName } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { merged, path, rootSelection } from '../projection/selection.js';
import { pageInfo } from '../resolvers/connections.resolver.js';
import { KINDS as MODEL, WRITABLE } from '../../model/derived.js';
import { SearchKind } from '../types/search.type.js';
import { queryWords } from '../../search/words.js';
import { snippet } from '../../search/snippet.js';
import { runRoot } from './run.js';
import { visibleTo } from '../../domain/viewer.js';
import { scopeFilter } from '../../model/scope.js';

/** Each kind: the node label, its texts' label and its GraphQL type. */
const KINDS = Object.fromEntries(
  WRITABLE.map((label) => [label.toUpperCase(), { label, type: MODEL[label].graphql }]),
) as Record<SearchKind, { label: string; type: TypeName }>;
const KIND_OF_LABEL = Object.fromEntries(Object.entries(KINDS).map(([kind, k]) => [k.label, kind as SearchKind]));

/** How many texts each full-text index gives per ask, its best by Lucene's relevance among the texts the caller
 * may find: what keeps search flat on a large graph. A word held by more texts than this finds the best of them. */
const DEPTH = 500;

interface Hit {
  key: unknown[];
  kind: string;
  best: { score: number; value: string; field: string; lang: string; matched: number[] };
  node: unknown;
}

async function run(
  ctx: Context,
  args: { text: string; language?: string | null },
  kinds: SearchKind[],
  first: number,
  after: unknown[] | null,
  node: string,
  p: Params,
) {
  const words = queryWords(args.text);
  const labels = kinds.map((k) => KINDS[k].label);
  const filter = scopeFilter(visibleTo(ctx.viewer.role), labels, normaliseLanguage(args.language));
  const ask = (of: number[]) => ({
    lucene: `${filter} ${of.map((i) => `+folded:${words[i].lucene}`).join(' ')}`,
    words: of,
    french: of.map((i) => words[i].french),
  });
  const each = words.map((_w, i) => ask([i]));
  Object.assign(p.values, {
    words,
    // Each word alone, and all of them together: a text holding every word is found even where each word alone
    // has more than DEPTH better hits.
    asks: words.length > 1 ? [ask(words.map((_w, i) => i)), ...each] : each,
    depth: DEPTH,
    after,
    limit: first,
    kinds: labels,
  });
  const rows = await runRoot<{ hit: Hit }>(ctx, 'queries/search', p, { node });
  return { words, hits: rows.map((r) => r.hit) };
}

export async function search(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: { text: string; language?: string | null; first?: number },
) {
  const p = new Params();
  const node = project('Message', 'n', merged(rootSelection(info, 'SearchHit'), 'message', 'Message'), p);
  const { hits } = await run(ctx, args, [SearchKind.MESSAGE], pageSize(args.first), null, node, p);
  return hits.map((h) => ({ __raw: true, score: h.best.score, message: p.aliased('n', h.node) }));
}

export interface SearchRecordsArgs extends Page {
  text: string;
  kinds?: SearchKind[] | null;
  language?: string | null;
}

export async function searchRecords(ctx: Context, info: GraphQLResolveInfo, args: SearchRecordsArgs) {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, ['number', 'string', 'string']);
  const kinds = args.kinds?.length ? [...new Set(args.kinds)] : Object.values(SearchKind);
  const p = new Params();
  // Every kind's branch is compiled whatever the filter, so the statement text (and Neo4j's plan) depends on the selection only.
  const sel = path(rootSelection(info, 'SearchResultConnection'), [['edges', 'SearchResultEdge']]);
  // Each member type binds `n` in its own branch: keep each one's way back to the caller's aliases.
  const reshape = new Map<string, (v: unknown) => unknown>();
  const branch = ({ label, type }: { label: string; type: TypeName }) => {
    const fields = project(type, 'n', path(sel, [['node', type]]), p);
    reshape.set(label, p.takeShape('n'));
    return `WHEN '${label}' THEN {__typename: '${type}'${fields === '{}' ? '' : `, ${fields.slice(1, -1)}`}}`;
  };
  const node = `CASE kind ${Object.values(KINDS).map(branch).join(' ')} END`;
  const { words, hits } = await run(ctx, args, kinds, first + 1, after, node, p);
  const edges = hits.slice(0, first).map((h) => {
    const { text, highlights } = snippet(
      h.best.value,
      h.best.matched.map((i) => words[i].forms),
    );
    return {
      __raw: true,
      cursor: encodeCursor(h.key),
      node: reshape.get(h.kind)!(h.node),
      kind: KIND_OF_LABEL[h.kind],
      score: h.best.score,
      snippet: {
        __raw: true,
        text,
        highlights: highlights.map((r) => ({ __raw: true, ...r })),
        field: h.best.field.toUpperCase(),
        language: h.best.lang,
      },
    };
  });
  return { __raw: true, edges, pageInfo: pageInfo({ first, rows: hits, after: Boolean(after) }) };
}
