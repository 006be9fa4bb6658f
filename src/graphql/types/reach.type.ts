// How a ranked space stands for the asked place and selection: its reach and its coverage.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { describedEnum } from './enums.js';

export const SpaceReach = describedEnum('SpaceReach', 'How close a space is to the asked place', {
  PLACE: 'In the place itself or in a place inside it',
  REGION: 'In a place the asked place is part of, short of its country',
  COUNTRY: 'In the country of the asked place',
  INTERNATIONAL: 'An international body',
  INTERNAL: "One of the organisation's own committees",
});
export type SpaceReach = keyof typeof SpaceReach;

export const SpaceOrder = describedEnum('SpaceOrder', 'How advocacySpaces orders its answer', {
  REACH:
    "The place's own spaces first, then its region's, its country's, international and internal ones; each by coverage",
  COVERAGE: 'By coverage alone (reach breaks ties)',
});
export type SpaceOrder = keyof typeof SpaceOrder;

@ObjectType({ simpleResolvers: true, description: 'How many of the selected messages a space carries' })
export class SpaceCoverage {
  @Field(() => Int, { description: 'Selected messages the space carries' }) carried!: number;
  @Field(() => Int, {
    description: 'Messages selected (the given messages plus those of the given themes, else every message)',
  })
  selected!: number;
  @Field(() => Float, { description: 'carried / selected, 0 to 1' }) score!: number;
}
