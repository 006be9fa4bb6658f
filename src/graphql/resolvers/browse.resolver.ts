// Root connections to browse every kind of record a team works with; each is one Cypher statement (queries/browse.ts).
import { Resolver } from 'type-graphql';
import { browse, type BrowseField } from '../queries/browse.js';
import { BROWSE_CONNECTIONS } from '../types/browse.type.js';
import { EvidenceArgs, OrganisationsArgs, PlacesArgs, SpacesArgs } from './browse.args.js';
import { argsQuery, declareArgsQueries, type ArgsQuery } from './root-field.js';

const ARGS: Record<BrowseField, new () => object> = {
  places: PlacesArgs,
  spaces: SpacesArgs,
  organisations: OrganisationsArgs,
  evidence: EvidenceArgs,
};

@Resolver()
export class BrowseResolver {}

/** Each browse field hands its arguments to browse(), which knows the statement of each. */
const query = (name: BrowseField) =>
  argsQuery(
    ARGS[name],
    () => BROWSE_CONNECTIONS[name],
    (ctx, info, args) => browse(ctx, info, name, { ...args }),
  );
const FIELDS = Object.keys(ARGS) as BrowseField[];

declareArgsQueries(
  BrowseResolver.prototype,
  Object.fromEntries(FIELDS.map((name) => [name, query(name)])) as Record<BrowseField, ArgsQuery>,
  {
    places: 'Places by id: cities, regions, countries',
    spaces: 'Advocacy spaces by id (advocacySpaces ranks them for a place and messages)',
    organisations: 'Organisations by id: the NGO, its programmes, partner associations, funders',
    evidence: 'Evidence by id: quotes, testimonies, observations, lessons, difficulties',
  },
);
