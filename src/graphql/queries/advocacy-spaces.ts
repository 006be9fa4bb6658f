// advocacySpaces: where a local team can carry its messages.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { visibleTo } from '../../domain/viewer.js';
import { tallyBuckets } from '../../model/tally.js';
import { pageSize } from '../pagination.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { path, rootSelection, selects } from '../projection/selection.js';
import { SpaceOrder } from '../types/reach.type.js';
import { distinct, runRoot } from './run.js';
import { rejectUnknown, suggestionsSlot } from './suggest.js';

export interface SpacesArgs {
  place?: string | null;
  levels?: string[] | null;
  themes?: string[] | null;
  messages?: string[] | null;
  orderBy?: SpaceOrder;
  first?: number;
  recordOnly?: boolean;
}

export async function advocacySpaces(ctx: Context, info: GraphQLResolveInfo, args: SpacesArgs) {
  const themes = distinct(args.themes);
  const messages = distinct(args.messages);
  const sel = rootSelection(info, 'RankedSpace');
  // Enough matched messages for the largest `first` any alias asks; each alias is cut to its own in the resolver.
  const matchedFirst = Math.max(
    0,
    ...Object.values(sel)
      .filter((t) => t.name === 'matchedMessages')
      .map((t) => pageSize(t.args.first as number | undefined, 'matchedMessages.first')),
  );
  const p = new Params({
    place: args.place ?? null,
    levels: distinct(args.levels),
    themes,
    messages,
    byCoverage: args.orderBy === SpaceOrder.COVERAGE,
    first: pageSize(args.first),
    matchedFirst,
    recordOnly: Boolean(args.recordOnly),
    tally: tallyBuckets(visibleTo(ctx.viewer.role), Boolean(args.recordOnly)),
  });
  const space = project('AdvocacySpace', 's', path(sel, [['space', 'AdvocacySpace']]), p);
  const matched = project('Message', 'm', path(sel, [['matchedMessages', 'Message']]), p);
  const hasSelection = Boolean(themes?.length || messages?.length);
  const flags = { selection: hasSelection, everything: !hasSelection, matched: selects(sel, 'matchedMessages') };
  const suggest = suggestionsSlot(['place', 'theme', 'message']);
  const [row] = await runRoot<{
    missing: string[];
    suggest: Record<string, string[]>;
    ranked: Array<{ space: unknown; matchedMessages?: unknown }>;
  }>(ctx, 'queries/advocacy-spaces', p, { space, matched, suggest }, flags);
  rejectUnknown(row.missing, row.suggest, { place: 'place', theme: 'themes', message: 'messages' });
  return row.ranked.map((r) => ({
    ...r,
    space: p.aliased('s', r.space),
    matchedMessages: p.aliased('m', r.matchedMessages),
  }));
}
