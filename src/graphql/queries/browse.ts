// places, spaces, organisations, evidence: every record of a kind, filtered, as keyset-paged connections
// (one statement each: cypher/queries/<name>.cypher), under the caller's visibility.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { decodeCursor, pageSize, type Page, type RawConnection } from '../pagination.js';
import { project, type TypeName } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { path, rootSelection, selects } from '../projection/selection.js';
import { aliasedRows, distinct, runRoot } from './run.js';
import { rejectUnknown, suggestionsSlot, type IdKind } from './suggest.js';

interface Browse {
  statement: string;
  type: TypeName;
  variable: string;
  /** Filter arguments holding ids, by the kind of id: the statement reports the unknown ones. */
  ids: Partial<Record<IdKind, string>>;
  /** Every filter argument (each a Cypher parameter, null when not given). */
  filters: string[];
  /** Filters that can be where the candidates come from, best first; with none given, every node of the label. */
  sources: string[];
}

const BROWSE = {
  places: {
    statement: 'queries/places',
    type: 'Place',
    variable: 'n',
    ids: { place: 'within' },
    filters: ['kinds', 'within'],
    sources: ['within'],
  },
  spaces: {
    statement: 'queries/spaces',
    type: 'AdvocacySpace',
    variable: 's',
    ids: { place: 'place', theme: 'themes' },
    filters: ['levels', 'place', 'themes'],
    sources: ['place', 'themes'],
  },
  organisations: {
    statement: 'queries/organisations',
    type: 'Organisation',
    variable: 'o',
    ids: { place: 'place', theme: 'themes' },
    filters: ['kinds', 'place', 'themes'],
    sources: ['place', 'themes'],
  },
  evidence: {
    statement: 'queries/evidence',
    type: 'Evidence',
    variable: 'e',
    ids: { theme: 'themes', message: 'messages' },
    filters: ['kinds', 'themes', 'messages'],
    sources: ['messages', 'themes'],
  },
} satisfies Record<string, Browse>;

export type BrowseField = keyof typeof BROWSE;
export type BrowseArgs = Page & Record<string, unknown>;

export async function browse(ctx: Context, info: GraphQLResolveInfo, field: BrowseField, args: BrowseArgs) {
  const b: Browse = BROWSE[field];
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, ['string']);
  const filters = Object.fromEntries(
    b.filters.map((k) => [k, Array.isArray(args[k]) ? distinct(args[k] as string[]) : (args[k] ?? null)]),
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
    b.statement,
    p,
    { node, suggest },
    flags,
  );
  rejectUnknown(row.missing, row.suggest, b.ids);
  return { ...aliasedRows(p, row.connection, { node: b.variable }), after: Boolean(args.after) };
}
