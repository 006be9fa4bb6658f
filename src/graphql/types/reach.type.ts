// How a ranked space stands for the asked place and selection: its reach and its coverage.
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SpaceReach {
  PLACE = 'PLACE',
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
  INTERNATIONAL = 'INTERNATIONAL',
  INTERNAL = 'INTERNAL',
}
export enum SpaceOrder {
  REACH = 'REACH',
  COVERAGE = 'COVERAGE',
}

registerEnumType(SpaceReach, {
  name: 'SpaceReach',
  description: 'How close a space is to the asked place',
  valuesConfig: {
    PLACE: { description: 'In the place itself or in a place inside it' },
    REGION: { description: 'In a place the asked place is part of, short of its country' },
    COUNTRY: { description: 'In the country of the asked place' },
    INTERNATIONAL: { description: 'An international body' },
    INTERNAL: { description: "One of the organisation's own committees" },
  },
});
registerEnumType(SpaceOrder, {
  name: 'SpaceOrder',
  description: 'How advocacySpaces orders its answer',
  valuesConfig: {
    REACH: {
      description:
        "The place's own spaces first, then its region's, its country's, international and internal ones; each by coverage",
    },
    COVERAGE: { description: 'By coverage alone (reach breaks ties)' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'How many of the selected messages a space carries' })
export class SpaceCoverage {
  @Field(() => Int, { description: 'Selected messages the space carries' }) carried!: number;
  @Field(() => Int, {
    description: 'Messages selected (the given messages plus those of the given themes, else every message)',
  })
  selected!: number;
  @Field(() => Float, { description: 'carried / selected, 0 to 1' }) score!: number;
}
