// Root connections to browse every kind of record a team works with; each is one Cypher statement (queries/browse.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { browse, type BrowseField } from '../queries/browse.js';
import { BROWSE_CONNECTIONS } from '../types/browse.type.js';
import { EvidenceArgs, OrganisationsArgs, PlacesArgs, SpacesArgs } from './browse.args.js';
import { declareRootField } from './root-field.js';

/** Each browse field: its arguments and what it lists. */
const FIELDS: Record<BrowseField, [new () => object, string]> = {
  places: [PlacesArgs, 'Places by id: cities, regions, countries'],
  spaces: [SpacesArgs, 'Advocacy spaces by id (advocacySpaces ranks them for a place and messages)'],
  organisations: [OrganisationsArgs, 'Organisations by id: the NGO, its programmes, partner associations, funders'],
  evidence: [EvidenceArgs, 'Evidence by id: quotes, testimonies, observations, lessons, difficulties'],
};

@Resolver()
export class BrowseResolver {}

for (const field of Object.keys(FIELDS) as BrowseField[]) {
  const [args, description] = FIELDS[field];
  const resolve = (given: object, ctx: Context, info: GraphQLResolveInfo) => browse(ctx, info, field, { ...given });
  declareRootField(
    BrowseResolver.prototype,
    field,
    resolve,
    Args(() => args),
    Query(() => BROWSE_CONNECTIONS[field], { description }),
  );
}
