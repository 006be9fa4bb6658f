// GraphQL enums whose values are the model's (src/model/kinds.ts).
import { registerEnumType } from 'type-graphql';
import { BASES, ORIGINS, SPACE_LEVELS, VISIBILITIES } from '../../model/derived.js';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T[number]]: K };

export const SpaceLevel = enumOf(SPACE_LEVELS);
export type SpaceLevel = (typeof SPACE_LEVELS)[number];
export const Visibility = enumOf(VISIBILITIES);
export type Visibility = (typeof VISIBILITIES)[number];
export const LinkBasis = enumOf(BASES);
export type LinkBasis = (typeof BASES)[number];
export const Origin = enumOf(ORIGINS);
export type Origin = (typeof ORIGINS)[number];

registerEnumType(SpaceLevel, {
  name: 'SpaceLevel',
  description: "Where an advocacy space acts; INTERNAL is the organisation's own committees",
});
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may see a record: PUBLIC anyone, INTERNAL signed-in staff and partners, RESTRICTED admins only',
});
registerEnumType(LinkBasis, {
  name: 'LinkBasis',
  description: 'RECORD: the workshop record states the link; EDITORIAL: the team adds it',
});
registerEnumType(Origin, {
  name: 'Origin',
  description:
    'Where a record comes from: RECORD the workshop record (see its sections), TEAM added by the team, EXAMPLE example data for teams to curate',
});
