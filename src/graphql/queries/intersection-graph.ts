// intersectionGraph: how themes meet through shared messages (and, if asked, where those are carried).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { badInput } from '../../errors.js';
import type { Basis } from '../../model/derived.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { path, rootSelection, selects } from '../projection/selection.js';
import { distinct, rejectMissing, runRoot } from './run.js';

export interface GraphArgs {
  themes?: string[] | null;
  minShared?: number;
  includeSpaces?: boolean;
  levels?: string[] | null;
  recordOnly?: boolean;
}

type Row = {
  missing: string[];
  nodes: unknown[];
  /** bases: null unless the basis is asked. */
  addresses: Array<[message: string, themes: string[], bases: Basis[] | null]>;
  shares: Array<[string, string, number]>;
  carried: Array<[message: string, space: string, basis: Basis]>;
};

const edge = (source: string, target: string, kind: string, weight = 1, basis: Basis | null = null) => ({
  __raw: true,
  source,
  target,
  kind,
  weight,
  basis,
});

/** A GraphNode's id from its record's: kinds share record ids (a theme and a message are both protection-of-minors). */
const node = (kind: string) => (recordId: string) => `${kind}:${recordId}`;

export async function intersectionGraph(ctx: Context, info: GraphQLResolveInfo, args: GraphArgs) {
  const minShared = args.minShared ?? 1;
  if (!Number.isInteger(minShared) || minShared < 1)
    throw badInput('"minShared" must be a whole number of at least 1', 'minShared');
  const p = new Params({
    themes: distinct(args.themes),
    minShared,
    levels: distinct(args.levels),
  });
  const root = rootSelection(info, 'IntersectionGraph');
  const sel = path(root, [['nodes', 'GraphNode']]);
  // The same GraphNode selection, bound to each list's variable.
  const slots = {
    themeNode: project('GraphNode', 't', sel, p),
    messageNode: project('GraphNode', 'mm', sel, p),
    spaceNode: project('GraphNode', 'sp', sel, p),
  };
  const flags = {
    spaces: Boolean(args.includeSpaces),
    basis: selects(path(root, [['edges', 'GraphEdge']]), 'basis'),
    recordOnly: Boolean(args.recordOnly),
  };
  const [row] = await runRoot<Row>(ctx, 'queries/intersection-graph', p, slots, flags);
  rejectMissing(row.missing);
  const [theme, message, space] = [node('THEME'), node('MESSAGE'), node('SPACE')];
  const edges = [
    ...row.addresses.flatMap(([m, themes, bases]) => {
      const source = message(m);
      return themes.map((t, i) => edge(source, theme(t), 'ADDRESSES', 1, bases?.[i]));
    }),
    ...row.shares.map(([source, target, weight]) => edge(theme(source), theme(target), 'SHARES', weight)),
    ...row.carried.map(([m, s, basis]) => edge(message(m), space(s), 'CARRIED_IN', 1, basis)),
  ];
  // The three node projections share one selection, hence one shape.
  return { __raw: true, nodes: p.aliased('t', row.nodes), edges };
}
