// themes, theme(id), message(id), messages(...): the plain lookups and lists.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { notFound } from '../../errors.js';
import { decodeCursor, pageSize, type Page, type RawConnection } from '../pagination.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { merged, rootSelection, selects } from '../projection/selection.js';
import { aliasedRows, distinct, rejectMissing, runRoot } from './run.js';
import { luceneQuery } from '../../search/words.js';

export async function themes(ctx: Context, info: GraphQLResolveInfo) {
  const p = new Params();
  const rows = await runRoot<{ node: unknown }>(ctx, 'queries/themes', p, {
    theme: project('Theme', 't', rootSelection(info, 'Theme'), p),
  });
  return rows.map((r) => p.aliased('t', r.node));
}

/** theme(id) and message(id): NOT_FOUND (and a null field) when unknown or hidden: the two look the same. */
export async function byId(ctx: Context, info: GraphQLResolveInfo, kind: 'theme' | 'message', id: string) {
  const p = new Params({ id });
  const type = kind === 'theme' ? 'Theme' : 'Message';
  const v = kind === 'theme' ? 't' : 'm';
  const rows = await runRoot<{ node: unknown }>(ctx, `queries/${kind}`, p, {
    [kind]: project(type, v, rootSelection(info, type), p),
  });
  if (!rows.length) throw notFound(type, id);
  return p.aliased(v, rows[0].node);
}

export interface MessagesArgs extends Page {
  themes?: string[] | null;
  spaces?: string[] | null;
  text?: string | null;
}

export async function messages(ctx: Context, info: GraphQLResolveInfo, args: MessagesArgs) {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, ['string']);
  const themeIds = distinct(args.themes);
  const query = args.text ? luceneQuery(args.text) : null;
  const p = new Params({
    themes: themeIds,
    spaces: distinct(args.spaces),
    query,
    after: after?.[0] ?? '',
    limit: first + 1,
    first,
  });
  const sel = rootSelection(info, 'MessageConnection');
  const node = project('Message', 'm', merged(merged(sel, 'edges', 'MessageEdge'), 'node', 'Message'), p);
  const flags = { text: query !== null, themes: themeIds !== null, total: selects(sel, 'totalCount') };
  const [row] = await runRoot<{ missing: string[]; connection: RawConnection }>(
    ctx,
    'queries/messages',
    p,
    { node },
    flags,
  );
  rejectMissing(row.missing);
  return { ...aliasedRows(p, row.connection), after: Boolean(args.after) };
}
