// GraphQL enums: the model's closed values (src/model/kinds.ts, every one found on a property, so a new one needs no
// code here), visibility, and the kinds of the intersection graph's nodes and edges.
import { registerEnumType } from 'type-graphql';
import {
  BASES,
  EVIDENCE_KIND,
  LABELS,
  ORGANISATION_KIND,
  ORIGINS,
  SPACE_LEVEL,
  SPACE_LEVELS,
  VISIBILITIES,
  propsOf,
  type EnumSpec,
} from '../../model/derived.js';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T[number]]: K };

/** A GraphQL enum whose values are their own names, as an object of them (`SpaceOrder.REACH`). */
export function graphqlEnum<const T extends readonly string[]>(name: string, values: T, description?: string) {
  const object = enumOf(values);
  registerEnumType(object, { name, description });
  return object;
}

/** The same, each value with its description. */
export function describedEnum<const T extends string>(name: string, description: string, values: Record<T, string>) {
  const object = enumOf(Object.keys(values) as T[]);
  const valuesConfig = Object.fromEntries(Object.entries<string>(values).map(([v, d]) => [v, { description: d }]));
  registerEnumType(object, { name, description, valuesConfig: valuesConfig as Record<T, { description: string }> });
  return object;
}

/** One enum object per name: type-graphql knows an enum by the object registered. */
const MODEL_ENUMS = new Map<string, Record<string, string>>();
for (const label of LABELS) {
  for (const { graphql } of Object.values(propsOf(label))) {
    if (typeof graphql === 'string' || MODEL_ENUMS.has(graphql.name)) continue;
    MODEL_ENUMS.set(graphql.name, graphqlEnum(graphql.name, graphql.values, graphql.description));
  }
}

/** The GraphQL enum of a model property's closed values. */
export const modelEnum = (spec: EnumSpec): Record<string, string> => MODEL_ENUMS.get(spec.name)!;

export const SpaceLevel = modelEnum(SPACE_LEVEL) as ReturnType<typeof enumOf<typeof SPACE_LEVELS>>;
export type SpaceLevel = (typeof SPACE_LEVELS)[number];
export const OrganisationKind = modelEnum(ORGANISATION_KIND);
export const EvidenceKind = modelEnum(EVIDENCE_KIND);

export const Visibility = graphqlEnum(
  'Visibility',
  VISIBILITIES,
  'Who may see a record: PUBLIC anyone, INTERNAL signed-in staff and partners, RESTRICTED admins only',
);
export type Visibility = (typeof VISIBILITIES)[number];

export const GraphNodeKind = graphqlEnum(
  'GraphNodeKind',
  ['THEME', 'MESSAGE', 'SPACE'],
  'What a node of the intersection graph is',
);
export const GraphEdgeKind = graphqlEnum(
  'GraphEdgeKind',
  ['ADDRESSES', 'SHARES', 'CARRIED_IN'],
  'ADDRESSES: message to theme; SHARES: theme to theme; CARRIED_IN: message to space',
);

export const LinkBasis = graphqlEnum(
  'LinkBasis',
  BASES,
  'RECORD: the workshop record states the link; EDITORIAL: the team adds it',
);
export type LinkBasis = (typeof BASES)[number];
export const Origin = graphqlEnum(
  'Origin',
  ORIGINS,
  'Where a record comes from: RECORD the workshop record (see its sections), TEAM added by the team, EXAMPLE example data for teams to curate',
);
export type Origin = (typeof ORIGINS)[number];
