// sharedMessages(themes, minThemes): the heart of "articulating advocacy across themes".
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../../errors.js';
import { decodeCursor, pageSize, type Page, type RawConnection } from '../pagination.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { path, rootSelection, selects } from '../projection/selection.js';
import { aliasedRows, distinct, rejectMissing, runRoot } from './run.js';

export interface SharedArgs extends Page {
  themes: string[];
  minThemes?: number | null;
  recordOnly?: boolean;
}

export async function sharedMessages(ctx: Context, info: GraphQLResolveInfo, args: SharedArgs) {
  const themes = distinct(args.themes)!;
  const minThemes = args.minThemes ?? themes.length;
  if (minThemes < 1 || minThemes > themes.length)
    throw badInput(`"minThemes" must be from 1 to the number of themes asked (${themes.length})`, 'minThemes');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, ['int', 'string']);
  const p = new Params({
    themes,
    minThemes,
    first,
    limit: first + 1,
    afterN: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    recordOnly: Boolean(args.recordOnly),
  });
  const sel = rootSelection(info, 'SharedMessageConnection');
  const edges = path(sel, [['edges', 'SharedMessageEdge']]);
  const node = project('Message', 'm', path(edges, [['node', 'Message']]), p);
  const linkSel = path(edges, [['matchedThemeLinks', 'ThemeLink']]);
  // Both projections bind `t`: the links' reshape is taken before `matched` records its own.
  const matchedLink = project('ThemeLink', 't', linkSel, p);
  const linkShape = p.takeShape('t');
  const matched = project('Theme', 't', path(edges, [['matchedThemes', 'Theme']]), p);
  // The id-index walk (see the template) only when every theme must match and no total is asked.
  const walk = minThemes === themes.length && !selects(sel, 'totalCount');
  const [row] = await runRoot<{ missing: string[]; connection: RawConnection }>(
    ctx,
    'queries/shared-messages',
    p,
    { node, matched, matchedLink },
    { walk, links: Object.keys(linkSel).length > 0 },
  );
  rejectMissing(row.missing);
  const connection = aliasedRows(p, row.connection, { matched: 't' });
  connection.rows = connection.rows.map((r) => ({ ...r, matchedLinks: linkShape(r.matchedLinks) }));
  return { ...connection, after: Boolean(args.after) };
}
