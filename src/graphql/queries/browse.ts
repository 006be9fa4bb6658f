// places, spaces, organisations, evidence: every record of a kind, filtered, as keyset-paged connections
// (one statement each: cypher/queries/<field>.cypher), under the caller's visibility. The filters are the field's
// arguments (resolvers/browse.args.ts), each a Cypher parameter, null when not given.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { decodeCursor, pageSize, type Page, type RawConnection } from '../pagination.js';
import { project, type TypeName } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { path, rootSelection, selects } from '../projection/selection.js';
import { aliasedRows, distinct, runRoot } from './run.js';
import { rejectUnknown, suggestionsSlot, type IdKind } from './suggest.js';

interface Browse {
  type: TypeName;
  /** The variable its statement binds to each record. */
  variable: string;
  /** Filter arguments holding ids, by the kind of id: the statement reports the unknown ones. */
  ids: Partial<Record<IdKind, string>>;
  /** Filters that can be where the candidates come from, best first; with none given, every node of the label. */
  sources: string[];
}

const BROWSE = {
  places: { type: 'Place', variable: 'n', ids: { place: 'within' }, sources: ['within'] },
  spaces: {
    type: 'AdvocacySpace',
    variable: 's',
    ids: { place: 'place', theme: 'themes' },
    sources: ['place', 'themes'],
  },
  organisations: {
    type: 'Organisation',
    variable: 'o',
    ids: { place: 'place', theme: 'themes' },
    sources: ['place', 'themes'],
  },
  evidence: {
    type: 'Evidence',
    variable: 'e',
    ids: { theme: 'themes', message: 'messages' },
    sources: ['messages', 'themes'],
  },
} satisfies Record<string, Browse>;

/** Every argument of the field but the page's: its filters. */
function filtersOf(info: GraphQLResolveInfo): string[] {
  const { args } = info.parentType.getFields()[info.fieldName];
  return args.map((a) => a.name).filter((name) => name !== 'first' && name !== 'after');
}

export type BrowseField = keyof typeof BROWSE;
export type BrowseArgs = Page & Record<string, unknown>;

export async function browse(ctx: Context, info: GraphQLResolveInfo, field: BrowseField, args: BrowseArgs) {
  const b: Browse = BROWSE[field];
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, ['string']);
  const filters = Object.fromEntries(
    filtersOf(info).map((k) => [k, Array.isArray(args[k]) ? distinct(args[k] as string[]) : (args[k] ?? null)]),
  );
  const p = new Params({ ...filters, after: (after?.[0] as string | undefined) ?? '', limit: first + 1, first });
  const sel = rootSelection(info, `${b.type}Connection`);
  const node = project(
    b.type,
    b.variable,
    path(sel, [
      ['edges', `${b.type}Edge`],
      ['node', b.type],
    ]),
    p,
  );
  const source = b.sources.find((s) => filters[s] !== null);
  const flags: Record<string, boolean> = { [source ?? 'scan']: true, total: selects(sel, 'totalCount') };
  const suggest = suggestionsSlot(Object.keys(b.ids) as IdKind[]);
  const [row] = await runRoot<{ missing: string[]; suggest: Record<string, string[]>; connection: RawConnection }>(
    ctx,
    `queries/${field}`,
    p,
    { node, suggest },
    flags,
  );
  rejectUnknown(row.missing, row.suggest, b.ids);
  return { ...aliasedRows(p, row.connection, { node: b.variable }), after: Boolean(args.after) };
}
