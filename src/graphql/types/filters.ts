// Filter arguments that several root fields take, each one decorator: any of a model enum's values, one record id.
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID } from 'type-graphql';
import type { EnumSpec } from '../../model/derived.js';
import { modelEnum } from './enums.js';
import { IsRecordId } from './rules.js';

const described = (description?: string) => (description ? { description } : {});

/** `[Enum!]`: any of the closed values of a model property, each at most once. */
export const AnyOf =
  (spec: EnumSpec, description?: string): PropertyDecorator =>
  (prototype, key) => {
    ArrayMaxSize(spec.values.length)(prototype, key);
    IsOptional()(prototype, key);
    Field(() => [modelEnum(spec)], { nullable: true, ...described(description) })(prototype, key);
  };

/** `ID`, optional, checked by the id rule. */
export const OneId =
  (description?: string): PropertyDecorator =>
  (prototype, key) => {
    IsRecordId()(prototype, key as string);
    IsOptional()(prototype, key);
    Field(() => ID, { nullable: true, ...described(description) })(prototype, key);
  };
