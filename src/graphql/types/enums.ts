// GraphQL enums: the model's closed values (src/model/kinds.ts, every one found on a property, so a new one needs no
// code here), visibility, and the kinds of the intersection graph's nodes and edges.
import { registerEnumType } from 'type-graphql';
import {
  BASES,
  EVIDENCE_KIND,
  LABELS,
  ORGANISATION_KIND,
  ORIGINS,
  PLACE_KIND,
  SPACE_LEVEL,
  SPACE_LEVELS,
  VISIBILITIES,
  propsOf,
  type EnumSpec,
} from '../../model/derived.js';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T[number]]: K };

/** One enum object per name: type-graphql knows an enum by the object registered. */
const MODEL_ENUMS = new Map<string, Record<string, string>>();
for (const label of LABELS) {
  for (const { graphql } of Object.values(propsOf(label))) {
    if (typeof graphql === 'string' || MODEL_ENUMS.has(graphql.name)) continue;
    const values = enumOf(graphql.values);
    registerEnumType(values, { name: graphql.name, description: graphql.description });
    MODEL_ENUMS.set(graphql.name, values);
  }
}

/** The GraphQL enum of a model property's closed values. */
export const modelEnum = (spec: EnumSpec): Record<string, string> => MODEL_ENUMS.get(spec.name)!;

export const SpaceLevel = modelEnum(SPACE_LEVEL) as ReturnType<typeof enumOf<typeof SPACE_LEVELS>>;
export type SpaceLevel = (typeof SPACE_LEVELS)[number];
export const PlaceKind = modelEnum(PLACE_KIND);
export const OrganisationKind = modelEnum(ORGANISATION_KIND);
export const EvidenceKind = modelEnum(EVIDENCE_KIND);

export const Visibility = enumOf(VISIBILITIES);
export type Visibility = (typeof VISIBILITIES)[number];
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may see a record: PUBLIC anyone, INTERNAL signed-in staff and partners, RESTRICTED admins only',
});

export const GraphNodeKind = enumOf(['THEME', 'MESSAGE', 'SPACE'] as const);
registerEnumType(GraphNodeKind, { name: 'GraphNodeKind', description: 'What a node of the intersection graph is' });
export const GraphEdgeKind = enumOf(['ADDRESSES', 'SHARES', 'CARRIED_IN'] as const);
registerEnumType(GraphEdgeKind, {
  name: 'GraphEdgeKind',
  description: 'ADDRESSES: message to theme; SHARES: theme to theme; CARRIED_IN: message to space',
});

export const LinkBasis = enumOf(BASES);
export type LinkBasis = (typeof BASES)[number];
registerEnumType(LinkBasis, {
  name: 'LinkBasis',
  description: 'RECORD: the workshop record states the link; EDITORIAL: the team adds it',
});
export const Origin = enumOf(ORIGINS);
export type Origin = (typeof ORIGINS)[number];
registerEnumType(Origin, {
  name: 'Origin',
  description:
    'Where a record comes from: RECORD the workshop record (see its sections), TEAM added by the team, EXAMPLE example data for teams to curate',
});
